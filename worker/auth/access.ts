import { eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Db } from "../db/client";
import { scopedDb, scopedTo, type OrgReader, type ScopedDb } from "../db/scoped";
import type { AccessClaims } from "../lib/claims";
import { NotFound } from "../lib/errors";
import {
  accessCheck,
  accessCheckRead,
  assertOrgAccess,
  assertSession,
  requireClaims,
  selectedOrgId,
  type AccessRow,
  type Batch,
  type Ctx,
} from "./access-checks";
import { setAccessCookie } from "./cookies";
import { requirePermission, type Permission } from "./policy";
import { users } from "./schema";
import { orgIdsOf } from "./sessions";
import { signAccessToken } from "./tokens";

/**
 * The access API every feature's routes use. Access checks ride in the same D1 batch as the reads they guard,
 * so an authenticated read costs one round trip: the first statement checks the session (not revoked), the
 * user (not banned) and, for org routes, the membership and the org (not disabled); the remaining statements
 * are the reads themselves, already filtered on the org, whose results are discarded if the check fails.
 * Apartment, lease and document access lives in ./access-apartment (re-exported here); the checks themselves
 * in ./access-checks.
 */

export { requireClaims, type ApartmentScope } from "./access-checks";
// For checks outside a request (the apartment room re-checks a socket's rights from D1: rooms/rights.ts).
export { apartmentAccessCheck, apartmentScopeOf, assertSession } from "./access-checks";
// The org room re-checks a dashboard socket the same way (rooms/org-access.ts).
export { accessCheck, assertOrgAccess } from "./access-checks";
export { readApartment, readDocument, readLease, requireApartment, requireLease } from "./access-apartment";
export { requireVerifiedEmail } from "./verified";
export { confirmIdentity } from "./reauth";
export { clearSessionCookies } from "./cookies";

type Results<T extends BatchItem<"sqlite">[]> = { [K in keyof T]: Awaited<T[K]> };

/** A signed-in user's reads, not tied to an org: one round trip. 401 signed out or session ended; 403 banned. */
export async function readAsUser<T extends BatchItem<"sqlite">[]>(
  c: Ctx,
  build: (db: Db, claims: AccessClaims) => [...T],
) {
  const claims = requireClaims(c);
  const db = c.get("db");
  const [check, ...results] = (await db.batch([
    accessCheckRead(db, claims, null),
    ...build(db, claims),
  ] as Batch)) as unknown[];
  assertSession((check as AccessRow[])[0]);
  return { claims, results: results as Results<T> };
}

/** Whether the user is a platform admin (a statement for the access-check batch). */
export function platformAdminQuery(db: Db, userId: string) {
  return db.select({ isPlatformAdmin: users.isPlatformAdmin }).from(users).where(eq(users.id, userId));
}

/**
 * Reads for a platform admin, the check included: one round trip. 404 for everyone else (the reads' results
 * are discarded), as if the route did not exist.
 */
export async function readAsPlatformAdmin<T extends BatchItem<"sqlite">[]>(c: Ctx, build: (db: Db) => [...T]) {
  const { claims, results } = await readAsUser(
    c,
    (db, claims) => [platformAdminQuery(db, claims.sub), ...build(db)] as [ReturnType<typeof platformAdminQuery>, ...T],
  );
  const [[me], ...rest] = results;
  if (!me?.isPlatformAdmin) throw new NotFound();
  return { claims, results: rest };
}

/**
 * Reads inside the caller's current org: one round trip, access check included. `build` gets the org's
 * handle (`s.scope`: orgId and userId; the role is decided by the check, so reads never depend on it).
 * Answers `s`, the handle with who acts (`s.scope.role`), and the reads' results. 401 signed out; 404 when not
 * a member of the selected org; 403 `org_disabled`; 403 `forbidden` when the role lacks `permission`.
 */
export async function readOrg<T extends BatchItem<"sqlite">[]>(
  c: Ctx,
  build: (s: OrgReader) => [...T],
  permission?: Permission,
) {
  const claims = requireClaims(c);
  const orgId = selectedOrgId(c, claims);
  const db = c.get("db");
  const reader: OrgReader = { ...scopedTo(db, { orgId }), scope: { orgId, userId: claims.sub } };
  const [check, ...results] = (await db.batch([
    accessCheckRead(db, claims, orgId),
    ...build(reader),
  ] as Batch)) as unknown[];
  const row = (check as AccessRow[])[0];
  assertSession(row);
  const role = assertOrgAccess(row);
  const s = scopedDb(db, { orgId, userId: claims.sub, role });
  if (permission) requirePermission(s.scope, permission);
  return { s, results: results as Results<T> };
}

/**
 * Before a write in the caller's org: session, membership, org state and `permission` (one round trip).
 * 404 not a member; 403 `org_disabled`; 403 `forbidden` naming the role when it lacks the permission.
 */
export async function requireOrg(c: Ctx, permission?: Permission): Promise<ScopedDb> {
  const claims = requireClaims(c);
  const orgId = selectedOrgId(c, claims);
  const db = c.get("db");
  const [row] = await accessCheck(db, claims, orgId);
  assertSession(row);
  const s = scopedDb(db, { orgId, userId: claims.sub, role: assertOrgAccess(row) });
  if (permission) requirePermission(s.scope, permission);
  return s;
}
/** Before a write by a signed-in user outside any org (renters, own account). 401 / 403 as `readAsUser`. */
export async function requireUser(c: Ctx): Promise<AccessClaims> {
  const claims = requireClaims(c);
  const [row] = await accessCheck(c.get("db"), claims, null);
  assertSession(row);
  return claims;
}

/**
 * After the caller's memberships changed (an org created, an invitation accepted): a fresh access token for
 * the same session that lists their orgs as they are now (one D1 read). Browser sessions also get it as
 * their access cookie. Answers the token for API clients.
 */
export async function reissueAccessToken(c: Ctx): Promise<string> {
  const claims = requireClaims(c);
  const orgs = await orgIdsOf(c.get("db"), claims.sub);
  const accessToken = await signAccessToken(c.env.JWT_SECRET, {
    sub: claims.sub,
    sid: claims.sid,
    orgs,
    lng: claims.lng,
  });
  if (c.get("authVia") === "cookie") setAccessCookie(c, accessToken);
  return accessToken;
}
