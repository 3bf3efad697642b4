import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { ApartmentScope } from "../auth/access";
import type { ScopedHandle } from "../db/scoped";
import { todayIn } from "../lib/calendar";
import { type AuditAction, auditEntry } from "../lib/audit";
import { Conflict, Invalid, NotFound } from "../lib/errors";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import type { LeaseEndInput } from "./contract";
import { leaseRenters, leases } from "./schema";
import { leaseStatus } from "./service";

/**
 * The end of a lease, and of a renter's place on it: the landlord sets the move-out date or calls the lease
 * off before it starts; a co-renter leaves. Each change is guarded on the state it was decided on (one
 * batch); its audit row follows once it happened. Access follows at once: every request checks the lease in D1, room tickets
 * are checked again at connect, and the renters' open sockets in the apartment's room are closed (those who
 * keep some access reconnect and see only their tenure, issue 11 §2).
 */

type LifecyclePorts = Pick<Ports, "db" | "requestId" | "rooms">;

/** The lease's row through the handle, or 404. */
async function leaseRow(l: ScopedHandle, leaseId: string) {
  const [lease] = await l.select(leases, eq(leases.id, leaseId));
  if (!lease) throw new NotFound("Lease");
  return lease;
}

/** The audit row of a change that happened. */
async function audit(
  ports: LifecyclePorts,
  actor: ApartmentScope,
  action: AuditAction,
  leaseId: string,
  details?: Record<string, unknown>,
) {
  await ports.db.batch([
    auditEntry(ports.db, {
      action,
      actorUserId: actor.userId,
      orgId: actor.orgId,
      targetType: "lease",
      targetId: leaseId,
      requestId: ports.requestId,
      ...(details ? { details } : {}),
    }),
  ]);
}

/** The joined renters of a lease (user ids), to close their sockets. */
async function joinedRenters(l: ScopedHandle, leaseId: string) {
  const rows = await l.selectFields(
    { userId: leaseRenters.userId },
    leaseRenters,
    and(eq(leaseRenters.leaseId, leaseId), isNotNull(leaseRenters.joinedAt)),
  );
  return rows.flatMap((r) => (r.userId ? [r.userId] : []));
}

/**
 * Sets the lease's move-out date (the last day, inclusive): after it the renters keep reading their tenure
 * and can no longer post; a date already past voids pending invitations to it. 400 `invalid_input` before the start date (to call it off, cancel it); 409
 * `lease_ended` for a cancelled lease. Answers the lease's dates and status.
 */
export async function endLease(
  l: ScopedHandle,
  actor: ApartmentScope,
  leaseId: string,
  input: LeaseEndInput,
  ports: LifecyclePorts,
) {
  const lease = await leaseRow(l, leaseId);
  if (leaseStatus(lease) === "cancelled") throw new Conflict("This lease was cancelled", "lease_ended");
  if (input.endDate < lease.startDate)
    throw new Invalid("endDate: must be on or after the lease's start date; to call it off, cancel it", [
      { path: "endDate", message: "Must be on or after the start date" },
    ]);
  const renters = await joinedRenters(l, leaseId);
  const setEnd = l.update(leases, { endDate: input.endDate }, eq(leases.id, leaseId));
  // A move-out date already past voids the lease's pending co-renter invitations: accepting one would hand a
  // stranger the history of a home they never lived in. (A future move-out leaves them: they may still join.)
  if (input.endDate < todayIn("UTC"))
    await l.batch([
      setEnd,
      l.delete(leaseRenters, and(eq(leaseRenters.leaseId, leaseId), isNull(leaseRenters.joinedAt))!),
    ]);
  else await setEnd;
  await audit(ports, actor, "lease.end", leaseId, { endDate: input.endDate });
  await ports.rooms.revoke({ reason: "lease_dates_changed", userIds: renters, room: lease.apartmentId });
  const updated = { ...lease, endDate: input.endDate };
  return { id: leaseId, startDate: lease.startDate, endDate: input.endDate, status: leaseStatus(updated) };
}

/**
 * Calls the lease off before it starts: the cancellation is recorded (`cancelledAt`, status `cancelled`) and
 * the agreed dates are kept as they were (every reader of tenure, rent or occupancy skips a lease with
 * `cancelled_at`), and its renters and pending invitations are removed, so they lose the apartment at once.
 * 409 `lease_started` once its start date has come (end it instead).
 */
export async function cancelLease(l: ScopedHandle, actor: ApartmentScope, leaseId: string, ports: LifecyclePorts) {
  const lease = await leaseRow(l, leaseId);
  const today = todayIn("UTC");
  if (leaseStatus(lease) === "cancelled") throw new Conflict("This lease was already cancelled", "lease_ended");
  if (lease.startDate <= today)
    throw new Conflict("This lease has already started: set its move-out date instead", "lease_started");
  const renters = await joinedRenters(l, leaseId);
  const cancelledAt = nowIso();
  // Rows cancelled before `cancelled_at` existed carry an end before their start (migration 0037 marked them).
  const open = sql`(${leases.cancelledAt} is null and (${leases.endDate} is null or ${leases.endDate} >= ${leases.startDate}))`;
  const [updated] = await l.batch([
    // Guarded: a lease that started (or was cancelled) meanwhile is left alone. The end date stays the agreed one.
    l.update(leases, { cancelledAt }, and(eq(leases.id, leaseId), sql`${leases.startDate} > ${today}`, open)!),
    // Runs after the update in the same batch: removes the renters only if the lease is now cancelled.
    l.delete(
      leaseRenters,
      and(
        eq(leaseRenters.leaseId, leaseId),
        sql`exists (select 1 from ${leases} where ${leases.id} = ${leaseId} and ${leases.cancelledAt} is not null)`,
      )!,
    ),
  ]);
  if (updated.meta.changes !== 1)
    throw new Conflict("This lease has already started: set its move-out date instead", "lease_started");
  await audit(ports, actor, "lease.cancel", leaseId);
  await ports.rooms.revoke({ reason: "lease_cancelled", userIds: renters, room: lease.apartmentId });
  return { id: leaseId, startDate: lease.startDate, endDate: lease.endDate, status: "cancelled" as const, cancelledAt };
}

/**
 * A co-renter leaves the lease: their place on it is removed, and with it their access to the apartment
 * (unless another lease there is theirs). 409 `last_renter` when nobody else joined it (the landlord ends
 * the lease instead).
 */
export async function leaveLease(l: ScopedHandle, actor: ApartmentScope, leaseId: string, ports: LifecyclePorts) {
  const lease = await leaseRow(l, leaseId);
  const others = sql`exists (select 1 from ${leaseRenters} o where o.lease_id = ${leaseId} and o.joined_at is not null and o.user_id <> ${actor.userId})`;
  const removed = await l
    .delete(leaseRenters, and(eq(leaseRenters.leaseId, leaseId), eq(leaseRenters.userId, actor.userId), others)!)
    .returning({ id: leaseRenters.id });
  if (removed.length !== 1)
    throw new Conflict("You are the only renter left on this lease: ask the landlord to end it", "last_renter");
  await audit(ports, actor, "lease.leave", leaseId);
  await ports.rooms.revoke({ reason: "left_lease", userIds: [actor.userId], room: lease.apartmentId });
}
