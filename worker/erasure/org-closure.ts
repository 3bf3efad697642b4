import { and, eq, isNotNull, isNull, or, sql } from "drizzle-orm";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { enqueueEmail } from "../email/contract";
import { leaseRenters, leases } from "../leases/schema";
import { listings } from "../listings/schema";
import { auditEntry } from "../lib/audit";
import { NotFound } from "../lib/errors";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { invitations, memberships, orgs } from "../orgs/schema";

/**
 * Closing an org (issue 16 §3): its owner ends it. It stops the way a disabled org does (worker/admin/service.ts
 * `setOrgDisabled`: every org route answers 403 `org_disabled`, room tickets are refused, open sockets close),
 * its published listings close (they leave search, the sitemap and their public page), unused staff
 * invitations are deleted, and every member and every renter of a running lease is emailed in their language.
 * What it holds is kept until `purgeAfter` (its retention period, `retentionEnd` below), then
 * `purgeClosedOrgs` (./purge.ts) deletes it.
 */

/** What a closed org's members read where a disabled org shows its reason (the pages word `closedAt`). */
const ORG_CLOSED_REASON = "Closed by its owner";

/**
 * How long a closed org's records are kept, in years, by the org's legal kind (`orgs.legal_kind`):
 * - a person (or a family SCI, or not told): 6 years. Rent is income taxed as revenus fonciers, and the
 *   documents it is based on must be kept 6 years (Livre des procédures fiscales art. L102 B); this also covers
 *   the 3-year limitation of actions arising from a lease (loi n° 89-462 art. 7-1) and the 5-year civil one
 *   (Code civil art. 2224), and the CNIL's référentiel « gestion locative » (2021) archiving of lease and
 *   payment records for the limitation period.
 * - a company: 10 years, the keeping of accounting records and their supporting documents (Code de commerce
 *   art. L123-22).
 */
const RETENTION_YEARS = { individual: 6, company: 10 } as const;

/** SQL: the lease runs on `today` (ISO date): started or not, not cancelled, no end or an end not passed. */
function runningLease(today: string) {
  return and(isNull(leases.cancelledAt), or(isNull(leases.endDate), sql`${leases.endDate} >= ${today}`));
}

/**
 * The statements that close `orgId` at `at` (ISO instant): for a closure's batch (and an erasure's, for an org
 * the person was alone in). Each applies only to an org still open, so a repeated closure changes nothing.
 * Closing its published listings moves the search generation (migration 0046's triggers): a cached search
 * answer listing them is stale from this batch on (docs/decisions/0003).
 */
export function closedOrgStatements(db: Db, orgId: string, at: string) {
  const open = and(eq(orgs.id, orgId), isNull(orgs.closedAt));
  return [
    db
      .update(listings)
      .set({ status: "closed", closedAt: at })
      .where(
        and(
          eq(listings.orgId, orgId),
          eq(listings.status, "published"),
          sql`exists (select 1 from ${orgs} where ${open})`,
        ),
      ),
    // A listing taken down meanwhile closes too: an admin's restore (worker/admin/listings.ts) puts it back
    // to the status it had before the takedown, which must not be `published` in a closed org.
    db
      .update(listings)
      .set({ statusBeforeTakedown: "closed", closedAt: at })
      .where(
        and(
          eq(listings.orgId, orgId),
          eq(listings.status, "taken_down"),
          eq(listings.statusBeforeTakedown, "published"),
          sql`exists (select 1 from ${orgs} where ${open})`,
        ),
      ),
    db
      .delete(invitations)
      .where(
        and(
          eq(invitations.orgId, orgId),
          isNull(invitations.acceptedAt),
          sql`exists (select 1 from ${orgs} where ${open})`,
        ),
      ),
    db
      .update(orgs)
      .set({
        closedAt: at,
        purgeAfter: sql`strftime('%Y-%m-%dT%H:%M:%fZ', ${at}, '+' || (case when ${orgs.legalKind} = 'company' then ${RETENTION_YEARS.company} else ${RETENTION_YEARS.individual} end) || ' years')`,
        isDisabled: true,
        disabledReason: ORG_CLOSED_REASON,
      })
      .where(open),
  ] as const;
}

/** Who is told an org closed: its members, and the renters of its leases running `today` (erased ones not). */
function recipientsQuery(db: Db, orgId: string, today: string) {
  return db
    .selectDistinct({ email: users.email, renter: sql<number>`0`.as("renter") })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), isNull(users.erasedAt)))
    .union(
      db
        .selectDistinct({ email: users.email, renter: sql<number>`1`.as("renter") })
        .from(leaseRenters)
        .innerJoin(leases, eq(leases.id, leaseRenters.leaseId))
        .innerJoin(users, eq(users.id, leaseRenters.userId))
        .where(
          and(
            eq(leaseRenters.orgId, orgId),
            isNotNull(leaseRenters.joinedAt),
            isNull(users.erasedAt),
            runningLease(today),
          ),
        ),
    );
}

/**
 * Closes the caller's org (`orgId`; the route checked the caller is an owner and confirmed it is them): one
 * batch closes it (`closedOrgStatements`) with its audit row (`org.closed`, no personal data), then its open
 * room sockets close and every member and renter of a running lease is emailed (`org_closed`, their
 * language). Answers when it closed and until when its data is kept (ISO instants). 404 when no such open org.
 */
export async function closeOrg(
  ports: Pick<Ports, "db" | "queues" | "appUrl" | "requestId" | "rooms">,
  actorUserId: string,
  orgId: string,
) {
  const { db } = ports;
  const at = nowIso();
  const today = at.slice(0, 10);
  const [, , , closed, , [org], recipients] = await db.batch([
    ...closedOrgStatements(db, orgId, at),
    auditEntry(db, {
      action: "org.closed",
      actorUserId,
      orgId,
      targetType: "org",
      targetId: orgId,
      requestId: ports.requestId,
    }),
    db
      .select({ name: orgs.name, closedAt: orgs.closedAt, purgeAfter: orgs.purgeAfter })
      .from(orgs)
      .where(eq(orgs.id, orgId)),
    recipientsQuery(db, orgId, today),
  ]);
  if (closed.meta.changes !== 1 || !org?.closedAt || !org.purgeAfter) throw new NotFound("Organization");
  await ports.rooms.revoke({ reason: "org_disabled", orgId });
  const renters = new Set(recipients.filter((r) => r.renter).map((r) => r.email));
  const emails = [...new Set(recipients.map((r) => r.email))];
  await Promise.all(
    emails.map((to) =>
      enqueueEmail(ports.queues.email, {
        template: "org_closed",
        to,
        orgId,
        data: {
          orgName: org.name,
          closedOn: today,
          purgeOn: org.purgeAfter!.slice(0, 10),
          renter: renters.has(to),
          link: ports.appUrl,
        },
      }),
    ),
  );
  return { id: orgId, closedAt: org.closedAt, purgeAfter: org.purgeAfter };
}

/** The orgs `userId` belongs to, for the closure or erasure checks: role, state and who else is in them. */
export function orgsOfMemberQuery(db: Db, userId: string, today: string) {
  const others = sql<number>`(select count(*) from ${memberships} m where m.org_id = ${memberships.orgId} and m.user_id <> ${userId})`;
  const otherOwners = sql<number>`(select count(*) from ${memberships} m where m.org_id = ${memberships.orgId} and m.user_id <> ${userId} and m.role = 'owner')`;
  const running = sql<number>`(select count(*) from ${leases} where ${leases.orgId} = ${memberships.orgId} and ${runningLease(today)})`;
  return db
    .select({
      orgId: memberships.orgId,
      role: memberships.role,
      closedAt: orgs.closedAt,
      otherMembers: others.as("other_members"),
      otherOwners: otherOwners.as("other_owners"),
      runningLeases: running.as("running_leases"),
    })
    .from(memberships)
    .innerJoin(orgs, eq(orgs.id, memberships.orgId))
    .where(eq(memberships.userId, userId));
}
