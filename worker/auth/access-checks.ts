import { and, desc, eq, isNotNull, isNull, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Context } from "hono";
import type { Db } from "../db/client";
import { statementTemplate } from "../db/template";
import { leaseRenters, leases } from "../leases/schema";
import { todayIn } from "../lib/calendar";
import type { AccessClaims } from "../lib/claims";
import type { AppEnv } from "../lib/context";
import type { Role, Side } from "../domain";
import { Forbidden, Invalid, NotFound, Unauthorized } from "../lib/errors";
import { nowIso } from "../lib/time";
import { memberships, orgs } from "../orgs/schema";
import { apartments } from "../portfolio/schema";
import { sessions, users } from "./schema";

/**
 * The statements that decide who may act, and the rules that read their rows. Each check is one SELECT that
 * rides first in the D1 batch of the reads it guards (auth/access.ts), so an authenticated read costs one
 * round trip; the reads' results are discarded when the check fails.
 */

export type Ctx = Context<AppEnv>;
export type Batch = [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]];

/** The caller's verified access-token claims; 401 `unauthorized` when the request carried none. */
export function requireClaims(c: Ctx): AccessClaims {
  const claims = c.get("claims");
  if (!claims) throw new Unauthorized();
  return claims;
}

/**
 * The org this request acts in: the `X-Org-Id` header, or the caller's only org. 403 `no_org` without any
 * org; 400 `org_required` when the caller has several and named none.
 */
export function selectedOrgId(c: Ctx, claims: AccessClaims): string {
  const requested = c.req.header("x-org-id");
  if (requested) return requested;
  if (claims.orgs.length === 1) return claims.orgs[0]!;
  if (claims.orgs.length === 0) throw new Forbidden("This account does not belong to an organization", "no_org");
  throw new Invalid(
    "You belong to several organizations: choose one with the X-Org-Id header",
    undefined,
    "org_required",
  );
}

// ---------------------------------------------------------------- session, user, and (optionally) org membership

/**
 * Session not revoked or expired, user not banned, and the caller's membership in `orgId` (if any). The ids
 * may be placeholders (`accessCheckRead`'s template).
 */
export function accessCheck(
  db: Db,
  claims: { sid: string | SQLWrapper; sub: string | SQLWrapper },
  orgId: string | SQLWrapper | null,
) {
  return db
    .select({
      revokedAt: sessions.revokedAt,
      expiresAt: sessions.expiresAt,
      bannedAt: users.bannedAt,
      role: memberships.role,
      orgDisabled: orgs.isDisabled,
      disabledReason: orgs.disabledReason,
      orgName: orgs.name,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(memberships, and(eq(memberships.userId, sessions.userId), eq(memberships.orgId, orgId ?? "")))
    .leftJoin(orgs, eq(orgs.id, memberships.orgId))
    .where(and(eq(sessions.id, claims.sid), eq(sessions.userId, claims.sub)));
}
export type AccessRow = Awaited<ReturnType<typeof accessCheck>>[number];

/** `accessCheck`'s statement built once per isolate (db/template.ts): it leads every authenticated read batch. */
const accessCheckTemplate = statementTemplate(["sid", "sub", "orgId"], (db, p) => accessCheck(db, p, p.orgId));

/** `accessCheck` for a read batch (auth/access.ts `readOrg`, `readAsUser`): the same SQL, not rebuilt per request. */
export function accessCheckRead(db: Db, claims: AccessClaims, orgId: string | null) {
  return accessCheckTemplate(db, { sid: claims.sid, sub: claims.sub, orgId: orgId ?? "" });
}
type SessionRow = Pick<AccessRow, "revokedAt" | "expiresAt" | "bannedAt">;

/** 401 `session_ended` for a revoked or expired session; 403 `user_banned` for a suspended account. */
export function assertSession<R extends SessionRow>(row: R | undefined): asserts row is R {
  if (!row || row.revokedAt || row.expiresAt < nowIso()) {
    throw new Unauthorized("Your session has ended, sign in again", "session_ended");
  }
  if (row.bannedAt) throw new Forbidden("This account has been suspended", "user_banned");
}

/** The caller's role in the org: 404 when not a member, 403 `org_disabled`, 403 when `roles` excludes it. */
export function assertOrgAccess(row: AccessRow, roles?: readonly Role[]): Role {
  if (!row.role) throw new NotFound("Organization");
  if (row.orgDisabled) {
    throw new Forbidden(
      `The organization "${row.orgName}" has been disabled by Rentline${row.disabledReason ? `: ${row.disabledReason}` : ""}. Contact support to restore access.`,
      "org_disabled",
    );
  }
  if (roles && !roles.includes(row.role)) throw new Forbidden(`Your role (${row.role}) does not allow this`);
  return row.role;
}

// ---------------------------------------------------------------- apartments: org members and renters

/** Who acts on an apartment: an org member (landlord side) or a renter on one of its leases. */
export type ApartmentScope = {
  apartmentId: string;
  orgId: string;
  userId: string;
  userName: string;
  side: Side;
  role: Role | null;
  /** The renter's lease (the current one if any, else the latest); null on the landlord side. */
  leaseId: string | null;
  /** Landlord side always; a renter only while their lease has not ended. */
  canPost: boolean;
};

/** The caller's joined lease on the outer query's apartment, current first (not ended today), then latest. */
function ownLease<T>(db: Db, claims: AccessClaims, value: SQL<T>) {
  const today = todayIn("UTC");
  return sql<T | null>`(${db
    .select({ value })
    .from(leaseRenters)
    .innerJoin(leases, eq(leases.id, leaseRenters.leaseId))
    .where(
      and(
        eq(leaseRenters.userId, claims.sub),
        eq(leaseRenters.apartmentId, apartments.id),
        isNotNull(leaseRenters.joinedAt),
        // A cancelled lease gives no access (its renters are also removed when it is called off).
        isNull(leases.cancelledAt),
      ),
    )
    .orderBy(sql`(${leases.endDate} is null or ${leases.endDate} >= ${today}) desc`, desc(leases.startDate))
    .limit(1)})`;
}

/** Session and user, the apartment's org, the caller's role there (if a member) and their lease (if a renter). */
export function apartmentAccessCheck(db: Db, claims: AccessClaims, apartmentId: string | SQL<string>) {
  const role = db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, apartments.orgId), eq(memberships.userId, claims.sub)));
  return db
    .select({
      revokedAt: sessions.revokedAt,
      expiresAt: sessions.expiresAt,
      bannedAt: users.bannedAt,
      // D1 collapses duplicate column names in raw rows: alias the two `name` columns.
      userName: sql<string>`${users.name}`.as("user_name"),
      orgId: apartments.orgId,
      apartmentId: sql<string | null>`${apartments.id}`.as("apartment_id"),
      orgName: sql<string | null>`${orgs.name}`.as("org_name"),
      orgDisabled: orgs.isDisabled,
      disabledReason: orgs.disabledReason,
      role: sql<Role | null>`(${role})`,
      leaseId: ownLease(db, claims, sql<string>`${leaseRenters.leaseId}`),
      leaseEnd: ownLease(db, claims, sql<string>`coalesce(${leases.endDate}, '9999-12-31')`),
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(apartments, eq(apartments.id, apartmentId))
    .leftJoin(orgs, eq(orgs.id, apartments.orgId))
    .where(and(eq(sessions.id, claims.sid), eq(sessions.userId, claims.sub)));
}
export type ApartmentAccessRow = Awaited<ReturnType<typeof apartmentAccessCheck>>[number];

/**
 * Who acts on the apartment, from its access row: 404 when the caller is neither a member of its org nor a
 * renter of it (or, with `roles`, a renter), 403 `org_disabled`, 403 when `roles` excludes the member's role.
 */
export function apartmentScopeOf(
  row: ApartmentAccessRow | undefined,
  claims: AccessClaims,
  apartmentId: string,
  roles?: readonly Role[],
): ApartmentScope {
  assertSession(row);
  if (!row.orgId || (!row.role && !row.leaseId)) throw new NotFound("Apartment");
  if (row.orgDisabled) {
    throw new Forbidden(
      `The organization "${row.orgName}" has been disabled by Rentline${row.disabledReason ? `: ${row.disabledReason}` : ""}.`,
      "org_disabled",
    );
  }
  const base = { apartmentId, orgId: row.orgId, userId: claims.sub, userName: row.userName };
  if (row.role) {
    if (roles && !roles.includes(row.role)) throw new Forbidden(`Your role (${row.role}) does not allow this`);
    return { ...base, side: "landlord", role: row.role, leaseId: null, canPost: true };
  }
  if (roles) throw new NotFound("Apartment");
  const canPost = (row.leaseEnd ?? "") >= todayIn("UTC");
  return { ...base, side: "renter", role: null, leaseId: row.leaseId, canPost };
}

// ---------------------------------------------------------------- leases: the landlord side or the lease's own renters

/** One row when the caller joined `leaseId` as a renter. */
export function leaseRenterCheck(db: Db, claims: AccessClaims, leaseId: string | SQL<string>) {
  return db
    .select({ one: sql<number>`1` })
    .from(leaseRenters)
    .where(
      and(eq(leaseRenters.leaseId, leaseId), eq(leaseRenters.userId, claims.sub), isNotNull(leaseRenters.joinedAt)),
    );
}

/**
 * Who acts on a lease: its apartment's scope, narrowed to the lease. A renter of another lease of the same
 * apartment gets the same 404 (`what`) as a stranger.
 */
export function leaseScopeOf(
  checks: [ApartmentAccessRow | undefined, unknown[]],
  claims: AccessClaims,
  leaseId: string,
  roles?: readonly Role[],
  what = "Lease",
): ApartmentScope {
  const [row, renterRows] = checks;
  let scope: ApartmentScope;
  try {
    scope = apartmentScopeOf(row, claims, row?.apartmentId ?? "", roles);
  } catch (e) {
    if (e instanceof NotFound) throw new NotFound(what);
    throw e;
  }
  if (scope.side === "renter" && renterRows.length === 0) throw new NotFound(what);
  return { ...scope, leaseId };
}
