import { createRoute } from "@hono/zod-openapi";
import { count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { applications } from "../applications/schema";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { leaseRenters } from "../leases/schema";
import { json, problems } from "../lib/openapi";
import { memberships, orgs } from "../orgs/schema";
import {
  adminSearchQuery,
  readAdminSearch,
  adminUserPage,
  type AdminSearchQuery,
  type AdminUserView,
} from "./contract";
import { createAdminRouter } from "./guard";
import { readAsPlatformAdmin } from "../auth/access";

/**
 * Finding accounts to moderate: GET /api/admin/users?q=&page=&limit= (platform admins; 404 for everyone
 * else), each with its memberships, leases and applications counted, and its ban. One D1 round trip.
 */
const tags = ["Admin"];

/**
 * The words of `q` as an FTS5 query over `users_fts` (migration 0035: name and email, folded for case and
 * Latin accents by `unicode61 remove_diacritics 2`): every word, each as a prefix. Only letters and digits
 * reach FTS5, so no user text is read as its syntax. Null when `q` has no word.
 */
function userFtsQuery(q: string): string | null {
  const words = q.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((w) => `"${w}"*`).join(" ") : null;
}

/** Accounts matching `q`: a word match on name or email (case- and accent-insensitive), or a part of the email. */
function matching(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const fts = userFtsQuery(q);
  const part = `%${q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const inEmail = sql`${users.email} like ${part} escape '\\'`;
  if (!fts) return inEmail;
  return sql`(${users.id} in (select u.id from users_fts join ${users} u on u.rowid = users_fts.rowid where users_fts match ${fts}) or ${inEmail})`;
}

/** The page of accounts (newest first), with counts; the total; the memberships of the page's accounts. */
function userSearchQueries(db: Db, query: AdminSearchQuery) {
  const where = matching(query.q);
  const offset = (query.page - 1) * query.limit;
  const pageIds = db
    .select({ id: users.id })
    .from(users)
    .where(where)
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(query.limit)
    .offset(offset);
  return [
    db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        accountType: users.accountType,
        isPlatformAdmin: users.isPlatformAdmin,
        bannedAt: users.bannedAt,
        banReason: users.banReason,
        createdAt: users.createdAt,
        leasesCount: sql<number>`(select count(*) from ${leaseRenters} lr where lr.user_id = "users"."id")`.as(
          "leases_count",
        ),
        applicationsCount:
          sql<number>`(select count(*) from ${applications} a where a.renter_user_id = "users"."id")`.as(
            "applications_count",
          ),
      })
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(query.limit)
      .offset(offset),
    db.select({ total: count() }).from(users).where(where),
    db
      .select({ userId: memberships.userId, orgId: memberships.orgId, orgName: orgs.name, role: memberships.role })
      .from(memberships)
      .innerJoin(orgs, eq(orgs.id, memberships.orgId))
      .where(inArray(memberships.userId, pageIds))
      .orderBy(orgs.name),
  ] as const;
}

export const userRoutes = createAdminRouter().openapi(
  createRoute({
    method: "get",
    path: "/admin/users",
    operationId: "searchUsers",
    summary: "Search accounts (platform admins)",
    description:
      "A page of accounts, newest first. `q` matches words of the name or email (case-insensitive, Latin accents ignored: `elodie` finds Élodie; each word as a prefix) or any part of the email. Each account has its memberships (org and role), the number of leases it joined and of applications it made, and its status (`active` or `banned`, with the ban's reason). 404 for anyone but a platform admin, as if the route did not exist. One D1 round trip.",
    tags,
    request: { query: adminSearchQuery },
    responses: { 200: json(adminUserPage), ...problems(401, 403, 404) },
  }),
  async (c) => {
    const query = readAdminSearch(c.req.valid("query"));
    const {
      results: [found, [total], roles],
    } = await readAsPlatformAdmin(c, (db) => [...userSearchQueries(db, query)]);
    const results: AdminUserView[] = found.map(({ bannedAt, ...user }) => ({
      ...user,
      status: bannedAt ? "banned" : "active",
      bannedAt,
      memberships: roles.filter((m) => m.userId === user.id).map(({ userId: _, ...m }) => m),
    }));
    return c.json({ results, total: total?.total ?? 0, page: query.page, limit: query.limit }, 200);
  },
);
