import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
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

/** `not exists` a pending payment for `leaseId`'s `period` (`YYYY-MM`): the condition of a payment's insert. */
export function noPendingPaymentFor(leaseId: string, period: string): SQL {
  return sql`not exists (select 1 from ${activities} where ${pendingPaymentOf(leaseId, period)})`;
}

/** The pending payments (reported or received, waiting for the other side) of `leaseId`'s `period`. */
function pendingPaymentOf(leaseId: string, period: string): SQL {
  return and(
    eq(activities.leaseId, leaseId),
    eq(activities.period, period),
    eq(activities.status, "pending_confirmation"),
    inArray(activities.kind, ["payment_reported", "payment_received"]),
  ) as SQL;
}

/**
 * 409 `payment_pending`: the payment for `period` was not posted because a twin waits for confirmation. The problem names the twin (`pendingActivityId`, its amount in minor units and its author's side) so
 * a screen can point at it.
 */
export async function throwPaymentPending(db: Db, leaseId: string, period: string): Promise<never> {
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
    `A payment for ${period} is already waiting for confirmation: confirm or reject it before posting another`,
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
