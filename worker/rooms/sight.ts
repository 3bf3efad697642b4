import { and, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { Sight } from "../../durable-objects/apartment-room.protocol";
import type { ApartmentScope } from "../auth/access";
import type { Db } from "../db/client";
import { addDays } from "../lib/calendar";
import { leaseRenters, leases } from "../leases/schema";
import { memberships } from "../orgs/schema";
import { apartments } from "../portfolio/schema";
import { MAINTENANCE_FEED_KIND } from "./contract";
import { activities } from "./schema";
import { rolesSeeingLeasePrivate, seesLeasePrivate } from "../auth/policy";

/** The kind of a plain note (no money): the only activity a member without the lease's private side sees. */
const NOTE_KIND = "note";

/**
 * Visibility in time (issue 11 §2), the Worker's half: a renter's sight of an apartment's history, read from
 * D1 (their joined leases there, and whether the flat's chat is shared), and the same rule as the room's
 * (durable-objects/room-sight.ts `maySee`) in SQL for the REST feed. Tenures are whole UTC days, like the
 * "lease has ended" rule of the access check (auth/access-checks.ts): from the start date's first instant to
 * the first instant after the end date.
 */

/** The caller's joined leases of the apartment, with the flat's chat setting (a statement for a read batch). */
export function tenureQuery(db: Db, userId: string, apartmentId: string) {
  return db
    .select({
      leaseId: leases.id,
      startDate: leases.startDate,
      endDate: leases.endDate,
      sharedChat: apartments.sharedChat,
    })
    .from(leaseRenters)
    .innerJoin(leases, eq(leases.id, leaseRenters.leaseId))
    .innerJoin(apartments, eq(apartments.id, leases.apartmentId))
    .where(
      and(
        eq(leaseRenters.userId, userId),
        eq(leaseRenters.apartmentId, apartmentId),
        isNotNull(leaseRenters.joinedAt),
        isNull(leases.cancelledAt),
      ),
    );
}
export type TenureRow = Awaited<ReturnType<typeof tenureQuery>>[number];

/** The first instant of an ISO date, UTC, as `toISOString` writes instants (comparable as text). */
const dayStart = (date: string) => `${date}T00:00:00.000Z`;

/** What `actor` may see of the apartment's history: null (everything) on the landlord side. */
export function sightOf(actor: Pick<ApartmentScope, "side">, tenures: TenureRow[]): Sight | null {
  if (actor.side === "landlord") return null;
  return {
    leases: tenures.map((t) => ({
      leaseId: t.leaseId,
      from: dayStart(t.startDate),
      until: t.endDate ? dayStart(addDays(t.endDate, 1)) : null,
    })),
    sharedChat: tenures.some((t) => t.sharedChat),
  };
}

/** A sight of nothing: no tenure, no shared chat. */
const NOTHING: Sight = { leases: [], sharedChat: false };

/**
 * What `actor` may read of the apartment's chat: a renter, their tenure's (`sightOf`); a member who sees
 * leases' private side, everything (null); any other member (maintenance staff) nothing, since the chat
 * between the landlord and the renters is about their lease and its money (issue 15 §4). Staff and renters
 * talk about a repair in the request's own comments.
 */
export function chatSightOf(actor: Pick<ApartmentScope, "side" | "role">, tenures: TenureRow[]): Sight | null {
  if (actor.side === "landlord" && !seesLeasePrivate({ role: actor.role })) return NOTHING;
  return sightOf(actor, tenures);
}

/** When the renter's posting closes: the end of their current (latest open) tenure; null for none or open-ended. */
export function postUntilOf(actor: Pick<ApartmentScope, "side" | "leaseId">, sees: Sight | null): string | null {
  if (!sees) return null;
  return sees.leases.find((l) => l.leaseId === actor.leaseId)?.until ?? null;
}

/**
 * The activities user `userId` may see, as a condition on `activities` (the SQL twin of room-sight.ts
 * `maySee` for activities, so the feed's page and count stay one round trip): everything for a member of
 * the apartment's org who sees leases' private side (auth/policy.ts `seesLeasePrivate`), plain notes for
 * any other member (maintenance: never a payment; also maintenance steps); for a renter, their own leases' entries, and apartment-wide entries (no lease) made
 * during one of their tenures of this apartment (not maintenance steps of a request filed under no lease:
 * staff's). Never another lease's entries.
 */
export function visibleActivitiesTo(userId: string): SQL {
  // A member whose role sees leases' private side sees everything; any other member (maintenance) plain notes only.
  const roles = sql.join(
    rolesSeeingLeasePrivate().map((r) => sql`${r}`),
    sql`, `,
  );
  const member = sql`exists (select 1 from ${memberships} where ${memberships.orgId} = ${activities.orgId} and ${memberships.userId} = ${userId} and (${memberships.role} in (${roles}) or (${activities.kind} in (${NOTE_KIND}, ${MAINTENANCE_FEED_KIND}) and ${activities.amount} is null)))`;
  const ownLease = sql`${activities.leaseId} in (select ${leaseRenters.leaseId} from ${leaseRenters} where ${leaseRenters.userId} = ${userId} and ${leaseRenters.joinedAt} is not null)`;
  const duringTenure = sql`(${activities.leaseId} is null and ${activities.kind} <> ${MAINTENANCE_FEED_KIND} and exists (select 1 from ${leaseRenters} join ${leases} on ${leases.id} = ${leaseRenters.leaseId} where ${leaseRenters.userId} = ${userId} and ${leaseRenters.joinedAt} is not null and ${leaseRenters.apartmentId} = ${activities.apartmentId} and ${activities.createdAt} >= ${leases.startDate} || 'T00:00:00.000Z' and (${leases.endDate} is null or ${activities.createdAt} < date(${leases.endDate}, '+1 day') || 'T00:00:00.000Z')))`;
  return sql`(${member} or ${ownLease} or ${duringTenure})`;
}
