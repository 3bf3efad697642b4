import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { readAsUser } from "../auth/access";
import { createRouter, type AppEnv } from "../lib/context";
import { NotFound } from "../lib/errors";
import { idParam, json, jsonBody, problems } from "../lib/openapi";
import { disableOrgInput, orgState } from "./contract";
import { platformAdminQuery, setOrgDisabled } from "./service";

/**
 * /api/admin/*: platform admins only. Anyone else gets 404, as if the routes did not exist; every action
 * lands in the audit log in the same batch as the change.
 */
async function requirePlatformAdmin(c: Context<AppEnv>) {
  const {
    claims,
    results: [[me]],
  } = await readAsUser(c, (db, claims) => [platformAdminQuery(db, claims.sub)]);
  if (!me?.isPlatformAdmin) throw new NotFound();
  return claims;
}

const tags = ["Admin"];

/** /api/admin/orgs/{id}/disable and /enable (platform admins; 404 for everyone else). */
export const adminRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/admin/orgs/{id}/disable",
      operationId: "disableOrg",
      summary: "Disable an org (platform admins)",
      description: "Its members can still sign in and read why; every org route answers 403 `org_disabled`.",
      tags,
      request: { params: idParam, ...jsonBody(disableOrgInput) },
      responses: { 200: json(orgState), ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      const claims = await requirePlatformAdmin(c);
      const { reason } = c.req.valid("json");
      return c.json(await setOrgDisabled(c.get("ports"), claims.sub, c.req.valid("param").id, reason), 200);
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
  );
