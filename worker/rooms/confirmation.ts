import { eq, ne, sql, type SQL } from "drizzle-orm";
import type { ApartmentScope } from "../auth/access";
import { can } from "../auth/policy";
import type { ScopedHandle } from "../db/scoped";
import { Conflict, Forbidden, NotFound } from "../lib/errors";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import type { Activity, ActivityRejection } from "./contract";
import { todayIn } from "../lib/calendar";
import { ownLeaseQuery, renterOnActivityLease } from "./lease-choice";
import { paymentEntryOf } from "./payments";
import { paymentConfirmedAudit } from "./payment-audit";
import { activities } from "./schema";
import { toActivity } from "./service";

/**
 * Settling an entry that waits for one side: confirm or reject it, exactly once. One guarded update (the
 * entry must still be pending, for the actor's side, by someone else); a confirmed payment's ledger entry
 * rides in the same batch.
 */
type ActivityRow = typeof activities.$inferSelect;

/** Every condition, as one SQL expression (the handle's `update` wants a definite condition). */
const allOf = (...conditions: SQL[]): SQL => sql`(${sql.join(conditions, sql` and `)})`;

/**
 * Whether the actor may settle (confirm or reject) entries that wait for their side: on the landlord side,
 * the holders of `payment.confirm` (maintenance staff may post, not confirm); a renter settles what the
 * landlord asked the renters to confirm.
 */
export function canSettle(actor: Pick<ApartmentScope, "side" | "role">): boolean {
  return actor.side === "renter" || can(actor, "payment.confirm");
}

/** A settling change: the fields it sets, and whether a payment then goes on the ledger. */
type Settlement = { set: Partial<Omit<ActivityRow, "id" | "orgId">>; recordPayment: boolean };

async function settle(
  a: ScopedHandle,
  actor: ApartmentScope,
  activityId: string,
  { set, recordPayment }: Settlement,
  { db, requestId }: Pick<Ports, "db"> & Partial<Pick<Ports, "requestId">>,
): Promise<Activity> {
  if (!canSettle(actor)) throw new Forbidden(`Your role (${actor.role}) does not allow confirming payments`);
  // One guarded update: of racing confirmations exactly one matches `pending_confirmation`.
  const update = a
    .update(
      activities,
      { ...set, updatedAt: nowIso() },
      allOf(
        eq(activities.id, activityId),
        eq(activities.status, "pending_confirmation"),
        eq(activities.confirmBySide, actor.side),
        ne(activities.authorUserId, actor.userId),
        // A renter settles entries of their own current lease only.
        ...(actor.side === "renter" ? [renterOnActivityLease(actor.userId)] : []),
      ),
    )
    .returning();
  // A confirmed payment goes on the ledger in the same batch; its insert only matches if this update did (or a
  // twin by the same user did: then the unique source ref keeps it single).
  const [[updated]] = recordPayment
    ? await a.batch([
        update,
        paymentEntryOf(db, activityId, "confirmed", actor.userId),
        paymentConfirmedAudit(db, activityId, actor.orgId, actor.userId, requestId),
      ])
    : [await update];
  if (updated) return toActivity(updated);
  const [current] = await a.select(activities, eq(activities.id, activityId));
  if (!current) throw new NotFound("Activity");
  if (actor.side === "renter") await assertRenterOnLease(a, actor, current.leaseId);
  if (current.authorUserId === actor.userId) throw new Forbidden("You cannot confirm your own entry", "own_entry");
  if (current.status !== "pending_confirmation")
    throw new Conflict(`This entry is already ${current.status.replace("_", " ")}`, `already_${current.status}`);
  throw new Forbidden(`This entry waits for the ${current.confirmBySide} to confirm it`, "wrong_side");
}

/**
 * A renter reaches only the entries of a lease they joined (404 `Activity` otherwise, like a foreign id), and
 * settles nothing once that lease has ended (403 `read_only`).
 */
async function assertRenterOnLease(a: ScopedHandle, actor: ApartmentScope, leaseId: string | null) {
  const [own] = leaseId ? await ownLeaseQuery(a, leaseId, actor.userId) : [];
  if (!own) throw new NotFound("Activity");
  if (own.cancelledAt !== null || (own.endDate && own.endDate < todayIn("UTC")))
    throw new Forbidden("This lease has ended: its history stays readable, confirming is closed", "read_only");
}

/**
 * Confirms an entry waiting for the actor's side (a payment then goes on the ledger, once). 403 `own_entry`,
 * `wrong_side`, `read_only` (a renter whose lease ended) or a role without `payment.confirm`; 409
 * `already_<status>`; 404 if it is not in `a`, or (a renter) not on a lease of theirs.
 */
export function confirmActivity(
  a: ScopedHandle,
  actor: ApartmentScope,
  activityId: string,
  ports: Pick<Ports, "db"> & Partial<Pick<Ports, "requestId">>,
) {
  const set = {
    status: "confirmed" as const,
    confirmedAt: nowIso(),
    confirmedBy: actor.userId,
    confirmedByName: actor.userName,
  };
  return settle(a, actor, activityId, { set, recordPayment: true }, ports);
}

/** Rejects an entry waiting for the actor's side, with a reason; the same answers as `confirmActivity`. */
export function rejectActivity(
  a: ScopedHandle,
  actor: ApartmentScope,
  activityId: string,
  { reason }: ActivityRejection,
  ports: Pick<Ports, "db">,
) {
  const set = {
    status: "rejected" as const,
    rejectedReason: reason,
    confirmedAt: nowIso(),
    confirmedBy: actor.userId,
    confirmedByName: actor.userName,
  };
  return settle(a, actor, activityId, { set, recordPayment: false }, ports);
}
