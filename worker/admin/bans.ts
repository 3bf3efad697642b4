import { createRoute } from "@hono/zod-openapi";
import { and, eq, isNull, sql } from "drizzle-orm";
import { authTokens, sessions, users } from "../auth/schema";
import { auditEntryIf } from "../lib/audit";
import { NotFound } from "../lib/errors";
import { idParam, json, jsonBody, problems } from "../lib/openapi";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { adminActionInput, banUserInput, userState } from "./contract";
import { actingAdmin, createAdminRouter } from "./guard";

/**
 * Platform bans: a banned account cannot sign in, and everything it holds stops at once (issue 11 §3): every
 * session (refresh-token family) revoked and every unused reset link voided in the same batch as the ban and
 * its audit row; access tokens and room tickets fail their session check; open room sockets are closed.
 */

/**
 * Bans or unbans `userId`, with the admin's `reason` (audited; a ban's reason is also kept on the account,
 * shown to the person at sign-in). Banning a platform admin is refused like a missing account (404), so an
 * admin cannot lock the platform out; a refusal writes nothing (no session ended, no audit row). 404 when
 * no such account.
 */
async function setUserBanned(
  ports: Pick<Ports, "db" | "requestId" | "rooms">,
  adminUserId: string,
  userId: string,
  change: { banned: boolean; reason: string },
) {
  const { db } = ports;
  const { banned, reason } = change;
  const now = nowIso();
  // Every statement of the batch applies only to a moderatable account: a refused ban writes nothing.
  const moderatable = sql`exists (select 1 from ${users} where ${users.id} = ${userId} and ${users.isPlatformAdmin} = 0)`;
  const ended = [
    db
      .update(sessions)
      .set({ revokedAt: now, revokedReason: "banned" })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), moderatable)),
    db
      .update(authTokens)
      .set({ usedAt: now })
      .where(and(eq(authTokens.userId, userId), isNull(authTokens.usedAt), moderatable)),
  ];
  const [updated] = await db.batch([
    db
      .update(users)
      .set({ bannedAt: banned ? now : null, banReason: banned ? reason : null })
      .where(and(eq(users.id, userId), eq(users.isPlatformAdmin, false))),
    ...(banned ? ended : []),
    auditEntryIf(
      db,
      {
        action: banned ? "admin.user_ban" : "admin.user_unban",
        actorUserId: adminUserId,
        targetType: "user",
        targetId: userId,
        requestId: ports.requestId,
        details: { reason },
      },
      moderatable,
    ),
  ]);
  if (updated.meta.changes !== 1) throw new NotFound("User");
  if (banned) await ports.rooms.revoke({ reason: "suspended", userIds: [userId] });
  return { id: userId, status: banned ? ("banned" as const) : ("active" as const) };
}

const tags = ["Admin"];

/** /api/admin/users/{id}/ban and /unban (platform admins; 404 for everyone else). */
export const banRoutes = createAdminRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/admin/users/{id}/ban",
      operationId: "banUser",
      summary: "Ban an account (platform admins)",
      description:
        "Takes effect at once: every session is revoked, access tokens and room tickets stop working, open room sockets are closed and unused reset links are voided. The account cannot sign in until unbanned: its sign-in answers 403 `account_banned` with this `reason`. 422 `reason_required` without a reason.",
      tags,
      request: { params: idParam, ...jsonBody(banUserInput) },
      responses: { 200: json(userState), ...problems(400, 401, 403, 404, 422) },
    }),
    async (c) => {
      const { reason } = c.req.valid("json");
      const id = c.req.valid("param").id;
      return c.json(await setUserBanned(c.get("ports"), actingAdmin(c), id, { banned: true, reason }), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/admin/users/{id}/unban",
      operationId: "unbanUser",
      summary: "Lift an account's ban (platform admins)",
      description:
        "The account may sign in again; its old sessions stay ended. `reason` (kept in the audit log) is required: 422 `reason_required` without it.",
      tags,
      request: { params: idParam, ...jsonBody(adminActionInput) },
      responses: { 200: json(userState), ...problems(400, 401, 403, 404, 422) },
    }),
    async (c) => {
      const { reason } = c.req.valid("json");
      const id = c.req.valid("param").id;
      return c.json(await setUserBanned(c.get("ports"), actingAdmin(c), id, { banned: false, reason }), 200);
    },
  );
