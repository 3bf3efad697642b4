import { createRoute } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { createRouter } from "../lib/context";
import { NotFound, Unauthorized } from "../lib/errors";
import { idParam, json, jsonBody, problems } from "../lib/openapi";
import { readAsUser, requireUser } from "./access";
import { localeInput, meOutput, revokedCount, sessionList } from "./contract";
import { users } from "./schema";
import { permissionsOf } from "./policy";
import { meQueries } from "./me-queries";
import { publicUser } from "./service";
import { activeSessionsQuery, revokeOtherSessions, revokeOwnSession } from "./sessions";

/** The signed-in user's own account: who they are (`/me`) and their open sessions. */

const tags = ["Auth"];

/** /api/me and /api/auth/sessions. */
export const sessionRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/me",
      operationId: "getMe",
      summary: "The signed-in user, their orgs and what they may do in each",
      description:
        "The app shell's one call. `permissionsByOrg` lists the viewer's permissions per org, so the UI never derives them from roles; `renting` counts what the viewer does on the renter side (homes joined, applications sent), so the shell knows which sides (landlord, renter) the viewer has.",
      tags,
      responses: { 200: json(meOutput), ...problems(401, 403) },
    }),
    async (c) => {
      const {
        results: [[row], memberships, [renting]],
      } = await readAsUser(c, (db, claims) => [...meQueries(db, claims.sub)]);
      if (!row) throw new Unauthorized();
      const permissionsByOrg = Object.fromEntries(memberships.map((m) => [m.orgId, permissionsOf(m)]));
      return c.json(
        {
          user: publicUser(row),
          memberships,
          permissionsByOrg,
          renting: { homes: renting?.homes ?? 0, applications: renting?.applications ?? 0 },
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/me/locale",
      operationId: "setMyLocale",
      summary: "Choose the language the signed-in user reads Rentline in",
      description:
        "`fr`, `en`, `uk` or `he`. Pages, emails and the documents sent to this user use it from now on (an agreement stays in its lease's language).",
      tags,
      request: jsonBody(localeInput),
      responses: { 204: { description: "Language saved" }, ...problems(400, 401, 403, 422) },
    }),
    async (c) => {
      const claims = await requireUser(c);
      const { locale } = c.req.valid("json");
      await c.get("db").update(users).set({ locale }).where(eq(users.id, claims.sub));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/auth/sessions",
      operationId: "listSessions",
      summary: "The signed-in user's open sessions, most recently used first",
      tags,
      responses: { 200: json(sessionList), ...problems(401, 403) },
    }),
    async (c) => {
      const {
        claims,
        results: [rows],
      } = await readAsUser(c, (db, claims) => [activeSessionsQuery(db, claims.sub)]);
      return c.json({ results: rows.map((s) => ({ ...s, current: s.id === claims.sid })) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/auth/sessions/{id}",
      operationId: "endSession",
      summary: "End one of the signed-in user's sessions",
      description:
        "Its tokens stop working and its open room sockets are closed now. Another user's session id answers 404, like a missing one.",
      tags,
      request: { params: idParam },
      responses: { 204: { description: "Session ended" }, ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      const claims = await requireUser(c);
      const sessionId = c.req.valid("param").id;
      if (!(await revokeOwnSession(c.get("db"), claims.sub, sessionId))) throw new NotFound("Session");
      // That device's open room sockets close now (issue 11 §3).
      await c.get("ports").rooms.revoke({ reason: "signed_out", userIds: [claims.sub], sessionIds: [sessionId] });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/sessions/revoke-others",
      operationId: "endOtherSessions",
      summary: "Sign out everywhere else",
      description:
        "Ends every other session of the account: their refresh tokens and access tokens stop working, room tickets they hold are refused, and their open room sockets are closed now.",
      tags,
      responses: { 200: json(revokedCount), ...problems(401, 403) },
    }),
    async (c) => {
      const claims = await requireUser(c);
      const revoked = await revokeOtherSessions(c.get("db"), claims.sub, claims.sid);
      await c.get("ports").rooms.revoke({
        reason: "signed_out_elsewhere",
        userIds: [claims.sub],
        exceptSessionId: claims.sid,
      });
      return c.json({ revoked }, 200);
    },
  );
