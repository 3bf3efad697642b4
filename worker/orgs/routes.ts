import { createRoute, z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { readInOrg, requireOrgRole, requireUser } from "../auth/access";
import { setAccessCookie } from "../auth/cookies";
import { orgIdsOf } from "../auth/service";
import { signAccessToken } from "../auth/tokens";
import { createRouter, appUrl, type AppEnv } from "../lib/context";
import { NotFound } from "../lib/errors";
import { errorResponses, json, jsonBody } from "../lib/openapi";
import { acceptLeaseInvitation } from "../leases/service";
import { orgs, roles } from "./schema";
import * as orgService from "./service";

const tags = ["Organizations"];

/** Membership changed: hand back an access token that lists the caller's orgs as they are now. */
async function renewAccessToken(c: Context<AppEnv>, userId: string, sessionId: string): Promise<string> {
  const accessToken = await signAccessToken(c.env.JWT_SECRET, {
    sub: userId,
    sid: sessionId,
    orgs: await orgIdsOf(c.get("db"), userId),
  });
  if (c.get("authVia") === "cookie") setAccessCookie(c, accessToken);
  return accessToken;
}

const org = z.object({ id: z.string(), name: z.string(), slug: z.string() }).openapi("Org");

export const orgRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/orgs",
      tags,
      request: jsonBody(z.object({ name: z.string().trim().min(1).max(120) })),
      responses: {
        201: json(z.object({ org, accessToken: z.string() }), "Created; you are its owner"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const claims = await requireUser(c);
      const created = await orgService.createOrg(c.get("db"), claims.sub, c.req.valid("json").name, c.get("requestId"));
      return c.json({ org: created, accessToken: await renewAccessToken(c, claims.sub, claims.sid) }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/orgs/current",
      tags,
      responses: {
        200: json(
          z.object({
            org: z.object({
              id: z.string(),
              name: z.string(),
              slug: z.string(),
              currency: z.string(),
              locale: z.string(),
              timezone: z.string(),
            }),
            role: z.enum(roles),
            members: z.array(
              z.object({
                userId: z.string(),
                name: z.string(),
                email: z.string(),
                role: z.enum(roles),
                since: z.string(),
              }),
            ),
            invitations: z.array(
              z.object({
                id: z.string(),
                email: z.string(),
                role: z.enum(roles),
                createdAt: z.string(),
                expiresAt: z.string(),
              }),
            ),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const {
        s,
        results: [[row], members, invitations],
      } = await readInOrg(c, (s) => [
        s.db
          .select({
            id: orgs.id,
            name: orgs.name,
            slug: orgs.slug,
            currency: orgs.currency,
            locale: orgs.locale,
            timezone: orgs.timezone,
          })
          .from(orgs)
          .where(eq(orgs.id, s.scope.orgId)),
        orgService.membersQuery(s),
        orgService.pendingInvitationsQuery(s),
      ]);
      return c.json(
        { org: row!, role: s.scope.role, members, invitations: s.scope.role === "owner" ? invitations : [] },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/orgs/current/invitations",
      tags,
      request: jsonBody(z.object({ email: z.email().trim().toLowerCase().max(254), role: z.enum(roles) })),
      responses: {
        201: json(
          z.object({ id: z.string(), email: z.string(), role: z.enum(roles), expiresAt: z.string() }),
          "Invitation emailed",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const s = await requireOrgRole(c, ["owner"]);
      const invitation = await orgService.inviteStaff(s, c.req.valid("json"), {
        emailQueue: c.env.EMAIL_QUEUE,
        appUrl: appUrl(c),
        requestId: c.get("requestId"),
      });
      return c.json(invitation, 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/invitations/accept",
      tags,
      description:
        "Accepts a staff invitation (joins the org) or a lease invitation (becomes a renter of the apartment), for the signed-in user the invitation was sent to.",
      request: jsonBody(z.object({ token: z.string().min(10).max(200) })),
      responses: {
        200: json(
          z.discriminatedUnion("kind", [
            z.object({
              kind: z.literal("staff"),
              orgId: z.string(),
              orgName: z.string(),
              role: z.enum(roles),
              accessToken: z.string(),
            }),
            z.object({
              kind: z.literal("lease"),
              apartmentId: z.string(),
              leaseId: z.string(),
              accessToken: z.string(),
            }),
          ]),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const claims = await requireUser(c);
      const { token } = c.req.valid("json");
      const db = c.get("db");
      try {
        const joined = await orgService.acceptInvitation(db, claims.sub, token, c.get("requestId"));
        return c.json(
          { kind: "staff" as const, ...joined, accessToken: await renewAccessToken(c, claims.sub, claims.sid) },
          200,
        );
      } catch (error) {
        if (!(error instanceof NotFound)) throw error;
      }
      const home = await acceptLeaseInvitation(db, claims.sub, token, c.get("requestId"));
      return c.json({ kind: "lease" as const, ...home, accessToken: c.get("accessToken") ?? "" }, 200);
    },
  );
