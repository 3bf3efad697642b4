import { createRoute } from "@hono/zod-openapi";
import { requireOrg } from "../auth/access";
import { createRouter } from "../lib/context";
import { idParam, json, jsonBody, problems } from "../lib/openapi";
import { memberRole, memberRoleInput } from "./contract";
import { changeRole, removeMember, revokeInvitation } from "./team";

/**
 * /api/orgs/current/members/{id} and /api/orgs/current/invitations/{id}: changing the team (needs
 * `team.manage`). Every change takes effect at once (orgs/team.ts).
 */

const tags = ["Organizations"];

export const teamRoutes = createRouter()
  .openapi(
    createRoute({
      method: "delete",
      path: "/orgs/current/members/{id}",
      operationId: "removeMember",
      summary: "Remove a member from the current org",
      description:
        "`id` is the member's user id. Needs `team.manage`. Takes effect at once: their requests in this org answer 404, room tickets are refused and their open sockets in the org's rooms are closed. 409 `last_owner` when they are its only owner.",
      tags,
      request: { params: idParam },
      responses: { 204: { description: "Removed" }, ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const s = await requireOrg(c, "team.manage");
      await removeMember(s, c.req.valid("param").id, c.get("ports"));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/orgs/current/members/{id}",
      operationId: "changeMemberRole",
      summary: "Change a member's role in the current org",
      description:
        "`id` is the member's user id. Needs `team.manage`. Takes effect at once (their open room sockets reconnect with the new rights). 409 `last_owner` when it would leave the org without an owner.",
      tags,
      request: { params: idParam, ...jsonBody(memberRoleInput) },
      responses: { 200: json(memberRole), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const s = await requireOrg(c, "team.manage");
      return c.json(await changeRole(s, c.req.valid("param").id, c.req.valid("json").role, c.get("ports")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/orgs/current/invitations/{id}",
      operationId: "revokeInvitation",
      summary: "Revoke a pending invitation to the current org",
      description: "Needs `team.manage`. The emailed link stops working at once. 404 when no such pending invitation.",
      tags,
      request: { params: idParam },
      responses: { 204: { description: "Revoked" }, ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      const s = await requireOrg(c, "team.manage");
      await revokeInvitation(s, c.req.valid("param").id, c.get("ports"));
      return c.body(null, 204);
    },
  );
