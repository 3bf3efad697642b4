import { and, eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Context } from "hono";
import type { Db } from "../db/client";
import { scopedDb, type ScopedDb } from "../db/scoped";
import { Forbidden, Invalid, NotFound, Unauthorized } from "../lib/errors";
import type { AppEnv } from "../lib/context";
import { memberships, orgs, type Role } from "../orgs/schema";
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
  throw new Invalid("You belong to several organizations: choose one with the X-Org-Id header", undefined, "org_required");
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
  const [check, ...results] = (await db.batch([accessCheck(db, claims, null), ...build(db, claims)] as Batch)) as unknown[];
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
  return { s: scopedDb(db, { orgId, userId: claims.sub, role }), results: results as { [K in keyof T]: Awaited<T[K]> } };
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
