import { createRoute } from "@hono/zod-openapi";
import { createRouter } from "../lib/context";
import { idParam, json, jsonBody, problems } from "../lib/openapi";
import { disableOrgInput, orgState } from "./contract";
import { banRoutes } from "./bans";
import { rentIndexRoutes } from "./rent-index";
import { userRoutes } from "./users";
import { requirePlatformAdmin } from "./guard";
import { setOrgDisabled } from "./service";

/**
 * /api/admin/*: platform admins only. Anyone else gets 404, as if the routes did not exist; every action
 * lands in the audit log in the same batch as the change. Bans: ./bans.ts; the rent index: ./rent-index.ts.
 */

const tags = ["Admin"];

/** /api/admin/orgs/{id}/disable and /enable (platform admins; 404 for everyone else). */
export const adminRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/admin/orgs/{id}/disable",
      operationId: "disableOrg",
      summary: "Disable an org (platform admins)",
      description:
        "Its members can still sign in and read why; every org route answers 403 `org_disabled`, room tickets are refused and every open socket in its rooms is closed.",
      tags,
      request: { params: idParam, ...jsonBody(disableOrgInput) },
      responses: { 200: json(orgState), ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      const claims = await requirePlatformAdmin(c);
      const { reason } = c.req.valid("json");
      const orgId = c.req.valid("param").id;
      const state = await setOrgDisabled(c.get("ports"), claims.sub, orgId, reason);
      // Every open socket in the org's rooms closes now (members and renters alike are refused).
      await c.get("ports").rooms.revoke({ reason: "org_disabled", orgId });
      return c.json(state, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/admin/orgs/{id}/enable",
      operationId: "enableOrg",
      summary: "Enable a disabled org again (platform admins)",
      tags,
      request: { params: idParam },
      responses: { 200: json(orgState), ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      const claims = await requirePlatformAdmin(c);
      return c.json(await setOrgDisabled(c.get("ports"), claims.sub, c.req.valid("param").id, null), 200);
    },
  )
  .route("/", banRoutes)
  .route("/", rentIndexRoutes)
  .route("/", userRoutes);
