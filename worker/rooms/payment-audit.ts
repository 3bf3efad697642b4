import { and, eq, exists, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { auditEntry, auditEntryIf, auditLog } from "../lib/audit";
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

/** The audit row of a payment being posted (reported or recorded), to batch with its insert. */
export function paymentPostedAudit(db: Db, row: PaymentRow, actorUserId: string, requestId?: string) {
  const { amount, currency, period, method, receivedOn, leaseId } = row;
  return auditEntry(db, {
    action: row.kind === "payment_reported" ? "payment.reported" : "payment.recorded",
    actorUserId,
    orgId: row.orgId,
    targetType: "activity",
    targetId: row.id,
    requestId,
    details: { amount, currency, period, method, receivedOn, leaseId },
  });
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
