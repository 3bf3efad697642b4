import { and, eq, sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Context } from "hono";
import type { Db } from "../db/client";
import {
  apartmentHandle,
  apartmentOfLease,
  leaseHandle,
  leaseOfDocument,
  scopedDb,
  type ScopedDb,
  type ScopedHandle,
} from "../db/scoped";
import { can, requirePermission, type Permission } from "./policy";
import { Forbidden, Invalid, NotFound, Unauthorized } from "../lib/errors";
import type { AppEnv } from "../lib/context";
import { memberships, orgs, type Role } from "../orgs/schema";
import { apartments } from "../portfolio/schema";
import { sessions, users } from "./schema";
import type { AccessClaims } from "./tokens";

/**
 * Access checks ride in the same D1 batch as the reads they guard, so an authenticated read costs one
 * round trip: the first statement checks the session (not revoked), the user (not banned) and, for org
 * routes, the membership and the org (not disabled); the remaining statements are the reads themselves,
 * already filtered on the org, whose results are discarded if the check fails.
 */
type Ctx = Context<AppEnv>;
type Batch = [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]];

export function requireClaims(c: Ctx): AccessClaims {
  const claims = c.get("claims");
  if (!claims) throw new Unauthorized();
  return claims;
}

/** The org this request acts in: the `X-Org-Id` header, or the caller's only org. */
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

function accessCheck(db: Db, claims: AccessClaims, orgId: string | null) {
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
type AccessRow = Awaited<ReturnType<typeof accessCheck>>[number];

function assertSession(row: AccessRow | undefined): asserts row is AccessRow {
  if (!row || row.revokedAt || row.expiresAt < new Date().toISOString()) {
    throw new Unauthorized("Your session has ended, sign in again", "session_ended");
  }
  if (row.bannedAt) throw new Forbidden("This account has been suspended", "user_banned");
}

function assertOrgAccess(row: AccessRow, roles?: readonly Role[]): Role {
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

/** A signed-in user's reads, not tied to an org: one round trip. */
export async function readAsUser<T extends BatchItem<"sqlite">[]>(
  c: Ctx,
  build: (db: Db, claims: AccessClaims) => [...T],
) {
  const claims = requireClaims(c);
  const db = c.get("db");
  const [check, ...results] = (await db.batch([
    accessCheck(db, claims, null),
    ...build(db, claims),
  ] as Batch)) as unknown[];
  assertSession((check as AccessRow[])[0]);
  return { claims, results: results as { [K in keyof T]: Awaited<T[K]> } };
}

/** Reads inside the caller's current org: one round trip, access check included. */
export async function readInOrg<T extends BatchItem<"sqlite">[]>(c: Ctx, build: (s: ScopedDb) => [...T]) {
  const claims = requireClaims(c);
  const orgId = selectedOrgId(c, claims);
  const db = c.get("db");
  // The role is unknown until the check returns; reads never depend on it.
  const s = scopedDb(db, { orgId, userId: claims.sub, role: "maintenance" });
  const [check, ...results] = (await db.batch([accessCheck(db, claims, orgId), ...build(s)] as Batch)) as unknown[];
  const row = (check as AccessRow[])[0];
  assertSession(row);
  const role = assertOrgAccess(row);
  return {
    s: scopedDb(db, { orgId, userId: claims.sub, role }),
    results: results as { [K in keyof T]: Awaited<T[K]> },
  };
}

/** Before a write in the caller's org: checks session, membership, org state and role (one round trip). */
export async function requireOrgRole(c: Ctx, roles?: readonly Role[]): Promise<ScopedDb> {
  const claims = requireClaims(c);
  const orgId = selectedOrgId(c, claims);
  const db = c.get("db");
  const [row] = await accessCheck(db, claims, orgId);
  assertSession(row);
  const role = assertOrgAccess(row, roles);
  return scopedDb(db, { orgId, userId: claims.sub, role });
}

/** Before a write by a signed-in user outside any org (renters, own account). */
export async function requireUser(c: Ctx): Promise<AccessClaims> {
  const claims = requireClaims(c);
  const [row] = await accessCheck(c.get("db"), claims, null);
  assertSession(row);
  return claims;
}

/** Roles allowed to change the portfolio (properties, apartments, rents). */
export const PORTFOLIO_EDITORS = ["owner", "manager"] as const satisfies readonly Role[];

// ---------------------------------------------------------------- apartments: org members and renters

/** Who acts on an apartment: an org member (landlord side) or a renter on one of its leases. */
export type ApartmentScope = {
  apartmentId: string;
  orgId: string;
  userId: string;
  userName: string;
  side: "landlord" | "renter";
  role: Role | null;
  /** The renter's lease (the current one if any, else the latest); null on the landlord side. */
  leaseId: string | null;
  /** Landlord side always; a renter only while their lease has not ended. */
  canPost: boolean;
};

const today = () => new Date().toISOString().slice(0, 10);

function apartmentAccessCheck(db: Db, claims: AccessClaims, apartmentId: string | SQL<string>) {
  const leaseOrder = sql`(l.end_date is null or l.end_date >= ${today()}) desc, l.start_date desc`;
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
      role: sql<Role | null>`(select m.role from memberships m where m.org_id = ${apartments.orgId} and m.user_id = ${claims.sub})`,
      leaseId: sql<
        string | null
      >`(select lr.lease_id from lease_renters lr join leases l on l.id = lr.lease_id where lr.user_id = ${claims.sub} and lr.apartment_id = ${apartments.id} and lr.joined_at is not null order by ${leaseOrder} limit 1)`,
      leaseEnd: sql<
        string | null
      >`(select coalesce(l.end_date, '9999-12-31') from lease_renters lr join leases l on l.id = lr.lease_id where lr.user_id = ${claims.sub} and lr.apartment_id = ${apartments.id} and lr.joined_at is not null order by ${leaseOrder} limit 1)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(apartments, eq(apartments.id, apartmentId))
    .leftJoin(orgs, eq(orgs.id, apartments.orgId))
    .where(and(eq(sessions.id, claims.sid), eq(sessions.userId, claims.sub)));
}
type ApartmentAccessRow = Awaited<ReturnType<typeof apartmentAccessCheck>>[number];

function apartmentScopeOf(
  row: ApartmentAccessRow | undefined,
  claims: AccessClaims,
  apartmentId: string,
  roles?: readonly Role[],
): ApartmentScope {
  assertSession(row as AccessRow | undefined);
  const r = row!;
  if (!r.orgId || (!r.role && !r.leaseId)) throw new NotFound("Apartment");
  if (r.orgDisabled) {
    throw new Forbidden(
      `The organization "${r.orgName}" has been disabled by Rentline${r.disabledReason ? `: ${r.disabledReason}` : ""}.`,
      "org_disabled",
    );
  }
  const base = { apartmentId, orgId: r.orgId, userId: claims.sub, userName: r.userName };
  if (r.role) {
    if (roles && !roles.includes(r.role)) throw new Forbidden(`Your role (${r.role}) does not allow this`);
    return { ...base, side: "landlord", role: r.role, leaseId: null, canPost: true };
  }
  if (roles) throw new NotFound("Apartment");
  return { ...base, side: "renter", role: null, leaseId: r.leaseId, canPost: (r.leaseEnd ?? "") >= today() };
}

/** Reads about one apartment, access check included: one round trip. Reads must filter on the apartment. */
export async function readInApartment<T extends BatchItem<"sqlite">[]>(
  c: Ctx,
  apartmentId: string,
  build: (db: Db) => [...T],
  roles?: readonly Role[],
) {
  const claims = requireClaims(c);
  const db = c.get("db");
  const [check, ...results] = (await db.batch([
    apartmentAccessCheck(db, claims, apartmentId),
    ...build(db),
  ] as Batch)) as unknown[];
  const scope = apartmentScopeOf((check as ApartmentAccessRow[])[0], claims, apartmentId, roles);
  return { scope, results: results as { [K in keyof T]: Awaited<T[K]> } };
}

/** Before a write about one apartment. `roles` limits it to those org roles (renters are then refused). */
export async function requireApartmentAccess(
  c: Ctx,
  apartmentId: string,
  roles?: readonly Role[],
): Promise<ApartmentScope> {
  const claims = requireClaims(c);
  const [row] = await apartmentAccessCheck(c.get("db"), claims, apartmentId);
  return apartmentScopeOf(row, claims, apartmentId, roles);
}

// ---------------------------------------------------------------- leases: the landlord side or the lease's own renters

function leaseRenterCheck(db: Db, claims: AccessClaims, leaseId: string | SQL<string>) {
  return db
    .select({ one: sql<number>`1` })
    .from(sql`lease_renters lr`)
    .where(sql`lr.lease_id = ${leaseId} and lr.user_id = ${claims.sub} and lr.joined_at is not null`);
}

function leaseScopeOf(
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
  // A renter sees only their own lease, not the apartment's other leases.
  if (scope.side === "renter" && renterRows.length === 0) throw new NotFound(what);
  return { ...scope, leaseId };
}

/** Reads about one lease, access check included: one round trip. Reads must filter on the lease. */
export async function readInLease<T extends BatchItem<"sqlite">[]>(
  c: Ctx,
  leaseId: string,
  build: (db: Db) => [...T],
  roles?: readonly Role[],
) {
  const claims = requireClaims(c);
  const db = c.get("db");
  const [check, renter, ...results] = (await db.batch([
    apartmentAccessCheck(db, claims, apartmentOfLease(leaseId)),
    leaseRenterCheck(db, claims, leaseId),
    ...build(db),
  ] as Batch)) as unknown[];
  const scope = leaseScopeOf([(check as ApartmentAccessRow[])[0], renter as unknown[]], claims, leaseId, roles);
  return { scope, results: results as { [K in keyof T]: Awaited<T[K]> } };
}

/** Before a write about one lease. `roles` limits it to those org roles (renters are then refused with 404). */
export async function requireLeaseAccess(c: Ctx, leaseId: string, roles?: readonly Role[]): Promise<ApartmentScope> {
  const { scope } = await readInLease(c, leaseId, () => [], roles);
  return scope;
}

// ---------------------------------------------------------------- documents: through their lease

/**
 * Reads about one document, access check included: one round trip. The landlord side of its apartment,
 * or the renters of its lease. `scope.leaseId` is unknown here: read it from the document.
 */
export async function readInDocument<T extends BatchItem<"sqlite">[]>(
  c: Ctx,
  documentId: string,
  build: (db: Db) => [...T],
  roles?: readonly Role[],
) {
  const claims = requireClaims(c);
  const db = c.get("db");
  const lease = leaseOfDocument(documentId);
  const [check, renter, ...results] = (await db.batch([
    apartmentAccessCheck(db, claims, apartmentOfLease(lease)),
    leaseRenterCheck(db, claims, lease),
    ...build(db),
  ] as Batch)) as unknown[];
  const scope = leaseScopeOf([(check as ApartmentAccessRow[])[0], renter as unknown[]], claims, "", roles, "Document");
  return { scope, results: results as { [K in keyof T]: Awaited<T[K]> } };
}

// ---------------------------------------------------------------- handles: who acts, and a scoped handle on what

/**
 * Refuses an actor without `permission`: an org member gets 403 naming their role; a renter gets the same
 * 404 as a stranger (an apartment's landlord-only actions do not reveal themselves to renters).
 */
function requireActorPermission(actor: ApartmentScope, permission: Permission | undefined, what: string): void {
  if (!permission) return;
  if (actor.side === "renter" && !can(actor, permission)) throw new NotFound(what);
  requirePermission(actor, permission);
}

/** Before a write in the caller's org: session, membership, org state and `permission` (one round trip). */
export async function requireOrg(c: Ctx, permission?: Permission): Promise<ScopedDb> {
  const s = await requireOrgRole(c);
  if (permission) requirePermission(s.scope, permission);
  return s;
}

/**
 * Reads about one apartment, access check included: one round trip. `build` gets a handle on the apartment
 * (its org, its rows), so reads cannot leave it. Answers `actor` (who acts, on which side) and the results.
 */
export async function readApartment<T extends BatchItem<"sqlite">[]>(
  c: Ctx,
  apartmentId: string,
  build: (a: ScopedHandle) => [...T],
  permission?: Permission,
) {
  const claims = requireClaims(c);
  const db = c.get("db");
  const a = apartmentHandle(db, apartmentId);
  const [check, ...results] = (await db.batch([
    apartmentAccessCheck(db, claims, apartmentId),
    ...build(a),
  ] as Batch)) as unknown[];
  const actor = apartmentScopeOf((check as ApartmentAccessRow[])[0], claims, apartmentId);
  requireActorPermission(actor, permission, "Apartment");
  return { actor, a, results: results as { [K in keyof T]: Awaited<T[K]> } };
}

/** Before a write about one apartment: who acts, and a handle on the apartment. */
export async function requireApartment(c: Ctx, apartmentId: string, permission?: Permission) {
  const { actor, a } = await readApartment(c, apartmentId, () => [], permission);
  return { actor, a };
}

/**
 * Reads about one lease, access check included: one round trip. The landlord side of its apartment, or the
 * lease's own renters (another lease's renter gets 404). `build` gets a handle on the lease.
 */
export async function readLease<T extends BatchItem<"sqlite">[]>(
  c: Ctx,
  leaseId: string,
  build: (l: ScopedHandle) => [...T],
  permission?: Permission,
) {
  const claims = requireClaims(c);
  const db = c.get("db");
  const l = leaseHandle(db, leaseId);
  const [check, renter, ...results] = (await db.batch([
    apartmentAccessCheck(db, claims, apartmentOfLease(leaseId)),
    leaseRenterCheck(db, claims, leaseId),
    ...build(l),
  ] as Batch)) as unknown[];
  const actor = leaseScopeOf([(check as ApartmentAccessRow[])[0], renter as unknown[]], claims, leaseId);
  requireActorPermission(actor, permission, "Lease");
  return { actor, l, results: results as { [K in keyof T]: Awaited<T[K]> } };
}

/** Before a write about one lease: who acts, and a handle on the lease. */
export async function requireLease(c: Ctx, leaseId: string, permission?: Permission) {
  const { actor, l } = await readLease(c, leaseId, () => [], permission);
  return { actor, l };
}

/**
 * Reads about one rental-agreement document, through its lease: one round trip. `build` gets a handle on
 * the document's lease. `actor.leaseId` is unknown here: read it from the document.
 */
export async function readDocument<T extends BatchItem<"sqlite">[]>(
  c: Ctx,
  documentId: string,
  build: (l: ScopedHandle) => [...T],
  permission?: Permission,
) {
  const claims = requireClaims(c);
  const db = c.get("db");
  const lease = leaseOfDocument(documentId);
  const l = leaseHandle(db, lease);
  const [check, renter, ...results] = (await db.batch([
    apartmentAccessCheck(db, claims, apartmentOfLease(lease)),
    leaseRenterCheck(db, claims, lease),
    ...build(l),
  ] as Batch)) as unknown[];
  const actor = leaseScopeOf(
    [(check as ApartmentAccessRow[])[0], renter as unknown[]],
    claims,
    "",
    undefined,
    "Document",
  );
  requireActorPermission(actor, permission, "Document");
  return { actor, l, results: results as { [K in keyof T]: Awaited<T[K]> } };
}
