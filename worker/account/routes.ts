import { createRoute, z } from "@hono/zod-openapi";
import { readAsUser } from "../auth/access";
import { sessionView } from "../auth/contract";
import { activeSessionsQuery } from "../auth/sessions";
import { exportView } from "../exports/contract";
import { exportsOf, showExport } from "../exports/service";
import { createRouter } from "../lib/context";
import { json, problems } from "../lib/openapi";

/**
 * The account page's read model (an aggregator like worker/apartments: mounted by the app, imported by no
 * feature): the signed-in person's open sessions and their data exports, in one D1 round trip, so the page
 * loads with one API call.
 */
const accountOverview = z
  .object({
    sessions: z
      .array(sessionView)
      .meta({ description: "Open sessions, most recently used first; `current` marks this one" }),
    exports: z.array(exportView).meta({
      description: "The last 20 data exports, newest first; a ready, unexpired one carries its signed `downloadUrl`",
    }),
  })
  .meta({ id: "AccountOverview" });

export const accountRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/me/account",
    operationId: "getAccountOverview",
    summary: "What the account page shows: open sessions and data exports",
    tags: ["Account"],
    description:
      "The signed-in person's sessions (as `GET /auth/sessions`) and data exports (as `GET /me/exports`) in one D1 round trip.",
    responses: { 200: json(accountOverview), ...problems(401, 403) },
  }),
  async (c) => {
    const {
      claims,
      results: [sessions, exports],
    } = await readAsUser(c, (db, claims) => [activeSessionsQuery(db, claims.sub), exportsOf(db, claims.sub)]);
    const now = Date.now();
    return c.json(
      {
        sessions: sessions.map((s) => ({ ...s, current: s.id === claims.sid })),
        exports: await Promise.all(exports.map((row) => showExport(c.env.FILES_SIGNING_KEY, row, now))),
      },
      200,
    );
  },
);
