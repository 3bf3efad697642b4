import { and, eq, exists, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { auditEntryIf, auditLog } from "../lib/audit";
import { addMonths } from "../lib/calendar";
import { AppError } from "../lib/errors";
import { activities } from "./schema";

/**
 * Money in the audit log (issue 14): every payment reported by a renter (`payment.reported`), recorded by the
 * landlord side (`payment.recorded`) and confirmed (`payment.confirmed`) leaves one row, written in the same
 * batch as the change (both land, or neither). Details: amount (minor units), currency, period, method and the
 * day received.
 */

type PaymentRow = Pick<
  typeof activities.$inferSelect,
  "id" | "orgId" | "kind" | "amount" | "currency" | "period" | "method" | "receivedOn" | "leaseId"
>;

/**
 * The audit row of a payment being posted (reported or recorded), to batch after its insert: written only if
 * the activity is then there (an insert refused by its guard leaves no audit row either).
 */
export function paymentPostedAudit(db: Db, row: PaymentRow, actorUserId: string, requestId?: string) {
  const { amount, currency, period, method, receivedOn, leaseId } = row;
  const inserted = exists(
    db
      .select({ one: sql`1` })
      .from(activities)
      .where(eq(activities.id, row.id)),
  );
  return auditEntryIf(
    db,
    {
      action: row.kind === "payment_reported" ? "payment.reported" : "payment.recorded",
      actorUserId,
      orgId: row.orgId,
      targetType: "activity",
      targetId: row.id,
      requestId,
      details: { amount, currency, period, method, receivedOn, leaseId },
    },
    inserted,
  );
}

/**
 * The audit row of a payment confirmation, to batch after the guarded update: written only if the activity is
 * then a payment confirmed by `actorUserId`, and only once per activity (a twin request by the same user adds
 * nothing).
 */
export function paymentConfirmedAudit(
  db: Db,
  activityId: string,
  orgId: string,
  actorUserId: string,
  requestId?: string,
) {
  const confirmedNow = exists(
    db
      .select({ one: sql`1` })
      .from(activities)
      .where(
        and(
          eq(activities.id, activityId),
          eq(activities.status, "confirmed"),
          eq(activities.confirmedBy, actorUserId),
          inArray(activities.kind, ["payment_reported", "payment_received"]),
        ),
      ),
  );
  const notYet = sql`not exists (select 1 from ${auditLog} where ${auditLog.action} = 'payment.confirmed' and ${auditLog.targetId} = ${activityId})`;
  return auditEntryIf(
    db,
    { action: "payment.confirmed", actorUserId, orgId, targetType: "activity", targetId: activityId, requestId },
    sql`${confirmedNow} and ${notYet}`,
  );
}

/**
 * 422 `received_in_future` when a payment's day received is after `today` (the org's date, `YYYY-MM-DD`), 422
 * `received_before_lease` when it is before the start of its lease (`leaseStart`, when the payment has one).
 */
export function assertReceivedBy(receivedOn: string | undefined, today: string, leaseStart?: string) {
  if (receivedOn !== undefined && leaseStart !== undefined && receivedOn < leaseStart)
    throw new AppError(
      422,
      "received_before_lease",
      `The day received (${receivedOn}) is before the lease starts (${leaseStart})`,
      [{ path: "receivedOn", message: "must not be before the lease starts" }],
    );
  if (receivedOn !== undefined && receivedOn > today)
    throw new AppError(422, "received_in_future", `The day received (${receivedOn}) is after today (${today})`, [
      { path: "receivedOn", message: "must not be after today" },
    ]);
}

/** How many months ahead of today's a payment may be for: rent paid in advance, not a typing slip (2030-10). */
const PAYMENT_PERIOD_AHEAD_MONTHS = 12;

/**
 * 422 `period_outside_lease` when a payment names a month (`period`, `YYYY-MM`) its lease does not cover:
 * before the lease's first month, after its last (`leaseEnd`, inclusive), or more than
 * PAYMENT_PERIOD_AHEAD_MONTHS after today's month (`today`, the org's date). A payment for such a month would
 * be confirmed under a label the ledger never charges (money credited to another month without a word).
 */
export function assertPeriodOfLease(
  period: string | undefined,
  today: string,
  lease: { startDate: string; endDate: string | null } | undefined,
) {
  if (period === undefined || lease === undefined) return;
  const latest = addMonths(today, PAYMENT_PERIOD_AHEAD_MONTHS).slice(0, 7);
  const last = lease.endDate && lease.endDate.slice(0, 7) < latest ? lease.endDate.slice(0, 7) : latest;
  const first = lease.startDate.slice(0, 7);
  if (period < first || period > last)
    throw new AppError(
      422,
      "period_outside_lease",
      `The month ${period} is not one of the lease's (${first} to ${last})`,
      [{ path: "period", message: `must be between ${first} and ${last}` }],
    );
}
