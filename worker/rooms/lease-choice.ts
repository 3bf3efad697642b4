import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { ApartmentScope } from "../auth/access";
import { requirePermission } from "../auth/policy";
import type { ScopedHandle } from "../db/scoped";
import { leaseRenters, leases } from "../leases/schema";
import { todayIn } from "../lib/calendar";
import { AppError, NotFound } from "../lib/errors";
import type { ActivityInput } from "./contract";

/**
 * Which lease a feed post belongs to. Money always names its lease: an apartment may hold several current
 * leases at once (individual leases in a shared flat), and a payment recorded on the wrong one is someone
 * else's rent. Rules:
 * - an amount is money: the landlord side needs `ledger.write` (maintenance staff never write money), a
 *   renter `payment.report` (403 otherwise);
 * - `leaseId` in the body must be a current lease (`isCurrentLease`: not ended today, UTC, and not cancelled) of this apartment, and for a renter
 *   one they joined: otherwise 404 `not_found` ("Lease"), like a foreign id in a path;
 * - without `leaseId`, the post takes the caller's only current lease (a renter) or the apartment's only
 *   current lease (the landlord side); money or a request for confirmation with two or more to choose from
 *   answers 422 `lease_required`, never "the lease that started last".
 */
export type ChosenLease = { id: string; currency: string; startDate: string; endDate: string | null } | undefined;

/**
 * Whether a lease is current for money: it has not ended by `today` (ISO date, UTC by default, the clock of
 * `currentLeasesQuery`) and was not cancelled (`cancelledAt`; rows cancelled before that column end the day
 * before their start). Upcoming
 * leases count: a deposit or first rent may be paid before the start. The apartment page lists these as the
 * leases a payment can name, so the form offers exactly what the API accepts.
 */
export function isCurrentLease(
  lease: { startDate: string; endDate: string | null; cancelledAt: string | null },
  today = todayIn("UTC"),
): boolean {
  if (lease.cancelledAt !== null) return false;
  return lease.endDate === null || (lease.endDate >= today && lease.endDate >= lease.startDate);
}

/** The apartment's current leases, newest first, and whether the caller joined each (one statement). */
export function currentLeasesQuery(a: ScopedHandle, userId: string) {
  const today = todayIn("UTC");
  const joined = sql<number>`exists (select 1 from ${leaseRenters} lr where lr.lease_id = "leases"."id" and lr.user_id = ${userId} and lr.joined_at is not null)`;
  return a
    .selectFields(
      { id: leases.id, currency: leases.currency, startDate: leases.startDate, endDate: leases.endDate, joined },
      leases,
      // isCurrentLease, in SQL.
      sql`${leases.cancelledAt} is null and (${leases.endDate} is null or (${leases.endDate} >= ${today} and ${leases.endDate} >= ${leases.startDate}))`,
    )
    .orderBy(desc(leases.startDate));
}
type CurrentLease = Awaited<ReturnType<typeof currentLeasesQuery>>[number];

/** The lease of a post by `actor` (see above). Throws 403, 404 `Lease` or 422 `lease_required`. */
export function chooseLease(actor: ApartmentScope, input: ActivityInput, current: CurrentLease[]): ChosenLease {
  const money = input.amount !== undefined;
  if (money) requirePermission(actor, actor.side === "renter" ? "payment.report" : "ledger.write");
  const mine = actor.side === "renter" ? current.filter((l) => l.joined) : current;
  if (input.leaseId !== undefined) {
    const named = mine.find((l) => l.id === input.leaseId);
    if (!named) throw new NotFound("Lease");
    return named;
  }
  if (mine.length === 1) return mine[0];
  if (mine.length > 1 && (money || input.needsConfirmation))
    throw new AppError(
      422,
      "lease_required",
      `This apartment has ${mine.length} current leases: say which one this is for (leaseId)`,
      [{ path: "leaseId", message: `One of: ${mine.map((l) => l.id).join(", ")}` }],
    );
  return undefined;
}

/**
 * Whether `userId` joined the lease of the `activities` row being updated and that lease has not ended (UTC): the guard a
 * renter's confirmation or rejection adds to its update (a renter settles entries of their own current lease only).
 */
export function renterOnActivityLease(userId: string) {
  // Qualified by hand: drizzle writes an UPDATE's columns unqualified, which the subquery would capture.
  return sql`exists (select 1 from ${leaseRenters} lr join ${leases} l on l.id = lr.lease_id
    where lr.lease_id = "activities"."lease_id" and lr.user_id = ${userId} and lr.joined_at is not null
      and l.cancelled_at is null and (l.end_date is null or l.end_date >= ${todayIn("UTC")}))`;
}

/** The caller's own row on `leaseId` and the lease's end: null when they are not on it. */
export function ownLeaseQuery(a: ScopedHandle, leaseId: string, userId: string) {
  return a
    .selectFields(
      { endDate: leases.endDate, cancelledAt: leases.cancelledAt },
      leaseRenters,
      and(eq(leaseRenters.leaseId, leaseId), eq(leaseRenters.userId, userId), isNotNull(leaseRenters.joinedAt)),
    )
    .innerJoin(leases, and(eq(leases.id, leaseRenters.leaseId), eq(leases.orgId, leaseRenters.orgId)));
}
