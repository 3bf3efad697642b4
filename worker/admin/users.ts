import { createRoute } from "@hono/zod-openapi";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { auditLog } from "../lib/audit";
import { createRouter } from "../lib/context";
import { json, problems } from "../lib/openapi";
import { adminUserSearch, userSearchQuery, type AdminUserView } from "./contract";
import { readAsPlatformAdmin } from "./guard";

/**
 * Finding an account to moderate: GET /api/admin/users?email=… (platform admins; 404 for everyone else),
 * with its ban history read from the audit log (where ./bans.ts writes each ban and unban).
 */
const tags = ["Admin"];
const HISTORY = 20;

/** The account with this address (addresses are stored lower-cased: auth/contract.ts; the unique index serves it). */
function userByEmail(db: Db, email: string) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      bannedAt: users.bannedAt,
      isPlatformAdmin: users.isPlatformAdmin,
    })
    .from(users)
    .where(eq(users.email, email));
}

/** The bans and unbans of the account with this address, newest first, with the acting admin's name. */
function moderationOf(db: Db, email: string) {
  const target = db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return db
    .select({
      action: auditLog.action,
      at: auditLog.at,
      details: auditLog.details,
      byName: sql<string | null>`(select u.name from ${users} u where u.id = ${auditLog.actorUserId})`,
    })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.targetType, "user"),
        sql`${auditLog.targetId} in ${target}`,
        inArray(auditLog.action, ["admin.user_ban", "admin.user_unban"]),
      ),
    )
    .orderBy(desc(auditLog.at))
    .limit(HISTORY);
}

type ModerationRow = Awaited<ReturnType<typeof moderationOf>>[number];

const reasonOf = (details: ModerationRow["details"]) => (typeof details?.reason === "string" ? details.reason : null);

export const userRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/admin/users",
    operationId: "findUserByEmail",
    summary: "Find an account by email (platform admins)",
    description:
      "`results`: the account with this address (case-insensitive; none when no account has it, or no address was given), whether it is banned, and its bans and unbans from the audit log (newest first, at most 20). 404 for anyone but a platform admin, as if the route did not exist. One D1 round trip.",
    tags,
    request: { query: userSearchQuery },
    responses: { 200: json(adminUserSearch), ...problems(400, 401, 403, 404) },
  }),
  async (c) => {
    const { email } = c.req.valid("query");
    const {
      results: [found, history],
    } = await readAsPlatformAdmin(c, (db) => [userByEmail(db, email ?? ""), moderationOf(db, email ?? "")]);
    const results: AdminUserView[] = found.map((user) => ({
      id: user.id,
      email: user.email,
      name: user.name,
      isBanned: user.bannedAt !== null,
      isPlatformAdmin: user.isPlatformAdmin,
      moderation: history.map((h) => ({
        action: h.action === "admin.user_ban" ? "ban" : "unban",
        at: h.at,
        byName: h.byName,
        reason: reasonOf(h.details),
      })),
    }));
    return c.json({ results }, 200);
  },
);
