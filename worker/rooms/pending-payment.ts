import { and, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { CHECKOUT_OPEN_SECONDS } from "../rent/contract";
import { payments } from "../rent/schema";
import type { Db } from "../db/client";
import { AppError } from "../lib/errors";
import { activities } from "./schema";

/**
 * One open claim per month (issue 14 tester): while a payment for a lease's month waits for confirmation (a
 * renter's report, or a landlord's "received, please confirm"), nobody posts another payment for that month.
 * A manager who recorded the transfer the renter had already reported counted the month twice once both were
 * confirmed. The rule rides in the insert itself (one statement: no read-then-write race); the twin is settled
 * first (confirmed, or rejected and posted again).
 */

/**
 * `not exists` a payment still open for `leaseId`'s month `period` (`YYYY-MM`; null: a payment naming no
 * month): a report or a landlord's payment waiting for confirmation, or an online checkout started less than
 * CHECKOUT_OPEN_SECONDS ago. A payment naming no month is held by any open payment of the lease, and holds
 * every month (it may be meant for any of them). The condition of a payment's insert.
 */
export function noPendingPaymentFor(leaseId: string, period: string | null, now = Date.now()): SQL {
  const since = new Date(now - CHECKOUT_OPEN_SECONDS * 1000).toISOString();
  const samePeriod = (column: SQL) => (period === null ? sql`1` : sql`(${column} = ${period} or ${column} is null)`);
  return sql`not exists (select 1 from ${activities} a where a.lease_id = ${leaseId}
      and a.status = 'pending_confirmation' and a.kind in ('payment_reported', 'payment_received')
      and ${samePeriod(sql`a.period`)})
    and not exists (select 1 from ${payments} p where p.lease_id = ${leaseId} and p.status = 'pending'
      and p.created_at > ${since} and ${samePeriod(sql`p.period`)})`;
}

/** The pending payment activities (reported or received, waiting for the other side) of `leaseId`'s `period`. */
function pendingPaymentOf(leaseId: string, period: string | null): SQL {
  return and(
    eq(activities.leaseId, leaseId),
    period === null ? undefined : or(eq(activities.period, period), isNull(activities.period)),
    eq(activities.status, "pending_confirmation"),
    inArray(activities.kind, ["payment_reported", "payment_received"]),
  ) as SQL;
}

/**
 * 409 `payment_pending`: the payment for `period` was not posted because a twin waits for confirmation. The problem names the twin (`pendingActivityId`, its amount in minor units and its author's side) so
 * a screen can point at it.
 */
export async function throwPaymentPending(db: Db, leaseId: string, period: string | null): Promise<never> {
  const [twin] = await db
    .select({
      id: activities.id,
      amount: activities.amount,
      currency: activities.currency,
      side: activities.authorSide,
    })
    .from(activities)
    .where(pendingPaymentOf(leaseId, period))
    .limit(1);
  throw new AppError(
    409,
    "payment_pending",
    `A payment for ${period ?? "this lease"} is already waiting for confirmation (or being paid online): settle it before posting another`,
    undefined,
    undefined,
    twin
      ? {
          pendingActivityId: twin.id,
          pendingAmount: twin.amount,
          pendingCurrency: twin.currency,
          pendingSide: twin.side,
        }
      : undefined,
  );
}
