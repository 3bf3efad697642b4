import { createRoute } from "@hono/zod-openapi";
import { readOrg, reissueAccessToken, requireOrg, requireUser, requireVerifiedEmail } from "../auth/access";
import { can, permissionsOf } from "../auth/policy";
import { createRouter } from "../lib/context";
import { NotFound } from "../lib/errors";
import { json, jsonBody, problems } from "../lib/openapi";
import type { Ports } from "../lib/ports";
import {
  acceptedInvitation,
  acceptInvitationInput,
  createdOrg,
  currentOrg,
  orgInput,
  sentInvitation,
  staffInvitationInput,
} from "./contract";
import * as orgService from "./service";
import { settingsRoutes } from "./settings-routes";
import { teamRoutes } from "./team-routes";

/** /api/orgs and /api/invitations: creating an org, the current org and its team, invitations. */

const tags = ["Organizations"];

/**
 * What orgs needs from other features, passed in by the app (worker/app.ts): an invitation token that is
 * not a staff invitation may be a lease invitation (leases accepts it; 404 when it is neither).
 */
export type OrgHooks = {
  acceptLeaseInvitation: (
    ports: Pick<Ports, "db" | "requestId">,
    userId: string,
    token: string,
  ) => Promise<{ apartmentId: string; leaseId: string }>;
};

const orgCreation = createRouter().openapi(
  createRoute({
    method: "post",
    path: "/orgs",
    operationId: "createOrg",
    summary: "Create an org; the caller becomes its owner",
    description: "Answers a fresh access token that lists the new org (browsers also get it as their cookie).",
    tags,
    request: jsonBody(orgInput),
    responses: { 201: json(createdOrg, "Created; you are its owner"), ...problems(400, 401, 403) },
  }),
  async (c) => {
    const claims = await requireUser(c);
    const created = await orgService.createOrg(c.get("ports"), claims.sub, c.req.valid("json"));
    return c.json({ org: created, accessToken: await reissueAccessToken(c) }, 201);
  },
);

const currentOrgRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/orgs/current",
      operationId: "getCurrentOrg",
      summary: "The current org: settings, the viewer's role and permissions, members, pending invitations",
      tags,
      responses: { 200: json(currentOrg), ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      const {
        s,
        results: [[org], members, invitations],
      } = await readOrg(c, (s) => [
        orgService.orgSettingsQuery(s),
        orgService.membersQuery(s),
        orgService.pendingInvitationsQuery(s),
      ]);
      if (!org) throw new NotFound("Organization");
      return c.json(
        {
          org,
          role: s.scope.role,
          permissions: permissionsOf(s.scope),
          members,
          invitations: can(s.scope, "team.manage") ? invitations : [],
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/orgs/current/invitations",
      operationId: "inviteStaff",
      summary: "Invite someone to the current org by email, with a role",
      description: "Needs `team.manage`. The invitation is valid 7 days.",
      tags,
      request: jsonBody(staffInvitationInput),
      responses: { 201: json(sentInvitation, "Invitation emailed"), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const s = await requireOrg(c, "team.manage");
      await requireVerifiedEmail(c);
      return c.json(await orgService.inviteStaff(s, c.req.valid("json"), c.get("ports")), 201);
    },
  );

function invitationRoutes(hooks: OrgHooks) {
  return createRouter().openapi(
    createRoute({
      method: "post",
      path: "/invitations/accept",
      operationId: "acceptInvitation",
      summary: "Accept a staff or lease invitation",
      description:
        "Accepts a staff invitation (joins the org) or a lease invitation (becomes a renter of the apartment), for the signed-in user the invitation was sent to.",
      tags,
      request: jsonBody(acceptInvitationInput),
      responses: { 200: json(acceptedInvitation), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const claims = await requireUser(c);
      const { token } = c.req.valid("json");
      const ports = c.get("ports");
      try {
        const joined = await orgService.acceptInvitation(ports, claims.sub, token);
        return c.json({ kind: "staff" as const, ...joined, accessToken: await reissueAccessToken(c) }, 200);
      } catch (error) {
        if (!(error instanceof NotFound)) throw error;
      }
      const home = await hooks.acceptLeaseInvitation(ports, claims.sub, token);
      return c.json({ kind: "lease" as const, ...home, accessToken: c.get("accessToken") ?? "" }, 200);
    },
  );
}

/** Every org route; `hooks` come from the app. */
export function orgRoutes(hooks: OrgHooks) {
  return createRouter()
    .route("/", orgCreation)
    .route("/", currentOrgRoutes)
    .route("/", teamRoutes)
    .route("/", settingsRoutes)
    .route("/", invitationRoutes(hooks));
}
