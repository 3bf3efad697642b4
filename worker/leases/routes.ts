import { createRoute, z } from "@hono/zod-openapi";
import { PORTFOLIO_EDITORS, readAsUser, readInApartment, requireApartmentAccess, requireOrgRole } from "../auth/access";
import { appUrl, createRouter } from "../lib/context";
import { errorResponses, idParam, json, jsonBody } from "../lib/openapi";
import { roles } from "../orgs/schema";
import * as leaseService from "./service";

const isoDate = z.iso.date("must be a date (YYYY-MM-DD)");
const money = z.number().int().min(0).max(100_000_000).openapi({ description: "Integer minor units (cents)" });
const lease = z
  .object({
    id: z.string(),
    apartmentId: z.string(),
    startDate: z.string(),
    endDate: z.string().nullable(),
    rentAmount: z.number().int(),
    currency: z.string(),
    dueDay: z.number().int(),
    depositAmount: z.number().int().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi("Lease");
const invitation = z.object({ id: z.string(), email: z.string(), expiresAt: z.string() });
const tags = ["Leases"];
const mailer = (c: { env: Env; req: { url: string }; get: (k: "requestId") => string }) => ({
  emailQueue: c.env.EMAIL_QUEUE,
  appUrl: appUrl(c),
  requestId: c.get("requestId"),
});

export const leaseRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/apartments/{id}/leases",
      tags,
      description:
        "Creates a lease and emails the renter an invitation (accepted through POST /api/invitations/accept).",
      request: {
        params: idParam,
        ...jsonBody(
          z.object({
            renterEmail: z.email().trim().toLowerCase().max(254),
            startDate: isoDate,
            endDate: isoDate.optional(),
            rentAmount: money,
            dueDay: z.number().int().min(1).max(28),
            depositAmount: money.optional(),
          }),
        ),
      },
      responses: { 201: json(z.object({ lease, invitation }), "Created"), ...errorResponses },
    }),
    async (c) => {
      const scope = await requireApartmentAccess(c, c.req.valid("param").id, PORTFOLIO_EDITORS);
      return c.json(await leaseService.createLease(c.get("db"), scope, c.req.valid("json"), mailer(c)), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/apartments/{id}/leases",
      tags,
      request: { params: idParam },
      responses: {
        200: json(
          z.object({
            results: z.array(
              lease.extend({
                status: z.enum(["upcoming", "current", "ended"]),
                renters: z.array(
                  z.object({
                    id: z.string(),
                    email: z.string(),
                    name: z.string().nullable(),
                    joinedAt: z.string().nullable(),
                  }),
                ),
              }),
            ),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const {
        results: [rows, renters],
      } = await readInApartment(c, id, (db) => [...leaseService.leasesOfApartmentQueries(db, id)], roles);
      const results = rows.map(({ orgId: _, ...l }) => ({
        ...l,
        status: leaseService.leaseStatus(l),
        renters: renters
          .filter((r) => r.leaseId === l.id)
          .map((r) => ({ id: r.id, email: r.email, name: r.name, joinedAt: r.joinedAt })),
      }));
      return c.json({ results }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/leases/{id}/renters",
      tags,
      description: "Invites a co-renter onto the lease; each renter gets their own invitation.",
      request: { params: idParam, ...jsonBody(z.object({ email: z.email().trim().toLowerCase().max(254) })) },
      responses: { 201: json(invitation, "Invitation emailed"), ...errorResponses },
    }),
    async (c) => {
      const s = await requireOrgRole(c, PORTFOLIO_EDITORS);
      return c.json(
        await leaseService.addCoRenter(
          c.get("db"),
          s.scope,
          c.req.valid("param").id,
          c.req.valid("json").email,
          mailer(c),
        ),
        201,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me/homes",
      tags,
      description: "The renter's homes across every org, current and past, with unread chat counts.",
      responses: {
        200: json(
          z.object({
            results: z.array(
              z.object({
                apartmentId: z.string(),
                unitNumber: z.string(),
                propertyName: z.string(),
                address: z.string(),
                city: z.string(),
                orgName: z.string(),
                leaseId: z.string(),
                startDate: z.string(),
                endDate: z.string().nullable(),
                rentAmount: z.number().int(),
                currency: z.string(),
                dueDay: z.number().int(),
                unread: z.number().int(),
                status: z.enum(["upcoming", "current", "ended"]),
              }),
            ),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const {
        results: [rows],
      } = await readAsUser(c, (db, claims) => [leaseService.homesQuery(db, claims.sub)]);
      return c.json(
        { results: rows.map((h) => ({ ...h, unread: Math.max(0, h.unread), status: leaseService.leaseStatus(h) })) },
        200,
      );
    },
  );
