import { requireLeasePrivate } from "../auth/policy";
import { createRoute } from "@hono/zod-openapi";
import { readApartment, requireApartment, requireClaims, requireOrg, requireVerifiedEmail } from "../auth/access";
import { todayIn } from "../lib/calendar";
import { leaseChargesRoutes } from "./charges-routes";
import { leaseLifecycleRoutes } from "./lifecycle-routes";
import { rentRevisionRoutes } from "./revision/routes";
import { createRouter } from "../lib/context";
import { errorResponses, idParam, json, jsonBody, problems } from "../lib/openapi";
import { apartmentLeases, coRenterInput, createdLease, leaseInput, leaseInvitation } from "./contract";
import { apartmentLeasesOf, leasesOfApartmentQueries } from "./queries";
import * as leaseService from "./service";

const tags = ["Leases"];

export const leaseRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/apartments/{id}/leases",
      operationId: "createLease",
      summary: "Create a lease and invite its renter",
      tags,
      description:
        "Creates a lease on the apartment (in its currency) and emails the renter an invitation, accepted through POST /api/invitations/accept. Needs `lease.manage` (owners, managers); a renter gets 404. For a dwelling in France (its property's country), 422 when the terms break loi n° 89-462: the first rule's code (`lease_too_short`, `student_lease_duration`, `mobility_duration`, `deposit_above_cap`, `mobility_deposit`, `mobility_reason_required`) and every broken rule in `errors` (its `code`, `params` and field path); 422 `date_out_of_range` too.",
      request: { params: idParam, ...jsonBody(leaseInput) },
      responses: { 201: json(createdLease, "Created"), ...errorResponses, ...problems(422) },
    }),
    async (c) => {
      const { actor, a } = await requireApartment(c, c.req.valid("param").id, "lease.manage");
      await requireVerifiedEmail(c);
      const created = await leaseService.createLease(c.get("ports"), a, actor, c.req.valid("json"));
      c.executionCtx.waitUntil(c.get("ports").rooms.orgChanged({ orgId: actor.orgId }, "leases"));
      return c.json(created, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/apartments/{id}/leases",
      operationId: "listApartmentLeases",
      summary: "List an apartment's leases with their renters",
      tags,
      description:
        "Every lease of the apartment, newest start first, with its status (as of today in the org's time zone) and its renters. The org's members only (renters get 404); one D1 round trip.",
      request: { params: idParam },
      responses: { 200: json(apartmentLeases), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const viewer = { userId: requireClaims(c).sub };
      const {
        actor,
        results: [rows, renters, [org]],
      } = await readApartment(c, id, (a) => [...leasesOfApartmentQueries(a, viewer)]);
      leaseService.requireLandlordSide(actor, "Apartment");
      requireLeasePrivate(actor);
      return c.json({ results: apartmentLeasesOf(rows, renters, todayIn(org?.timezone ?? "UTC")) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/leases/{id}/renters",
      operationId: "inviteCoRenter",
      summary: "Invite a co-renter onto a lease",
      tags,
      description:
        "Invites a co-renter onto the lease; each renter gets their own invitation. Needs `lease.manage`. 409 `lease_ended` once the lease has ended, 409 `already_on_lease` for an address already on it.",
      request: { params: idParam, ...jsonBody(coRenterInput) },
      responses: { 201: json(leaseInvitation, "Invitation emailed"), ...errorResponses },
    }),
    async (c) => {
      const s = await requireOrg(c, "lease.manage");
      await requireVerifiedEmail(c);
      const invitation = await leaseService.addCoRenter(
        c.get("ports"),
        s,
        c.req.valid("param").id,
        c.req.valid("json"),
      );
      return c.json(invitation, 201);
    },
  )
  .route("/", leaseLifecycleRoutes)
  .route("/", rentRevisionRoutes)
  .route("/", leaseChargesRoutes);
