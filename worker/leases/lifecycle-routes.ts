import { createRoute } from "@hono/zod-openapi";
import { requireLease } from "../auth/access";
import { createRouter } from "../lib/context";
import { Forbidden } from "../lib/errors";
import { errorResponses, idParam, json, jsonBody } from "../lib/openapi";
import { leaseDates, leaseEndInput } from "./contract";
import { cancelLease, endLease, leaveLease } from "./lifecycle";

/** /api/leases/{id}/end, /cancel and /leave: the end of a lease and of a renter's place on it (leases/lifecycle.ts). */

const tags = ["Leases"];

export const leaseLifecycleRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/leases/{id}/end",
      operationId: "endLease",
      summary: "Set a lease's move-out date",
      description:
        "Needs `lease.manage`. The last day of the lease (inclusive, on or after its start). After it the renters read only their tenure and can no longer post; their open room sockets reconnect at once with that view. 400 before the start date; 409 `lease_ended` for a cancelled lease.",
      tags,
      request: { params: idParam, ...jsonBody(leaseEndInput) },
      responses: { 200: json(leaseDates), ...errorResponses },
    }),
    async (c) => {
      const { actor, l } = await requireLease(c, c.req.valid("param").id, "lease.manage");
      const ended = await endLease(l, actor, c.req.valid("param").id, c.req.valid("json"), c.get("ports"));
      c.executionCtx.waitUntil(c.get("ports").rooms.orgChanged({ orgId: actor.orgId }, "leases"));
      return c.json(ended, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/leases/{id}/cancel",
      operationId: "cancelLease",
      summary: "Call a lease off before it starts",
      description:
        'Needs `lease.manage`. The cancellation is recorded (`cancelledAt`, status `cancelled`) and no day of tenure, rent or occupancy remains; its agreed `startDate` and `endDate` are kept as they were (screens show them with "cancelled on …"); its renters and pending invitations are removed, and they lose the apartment at once (tickets refused, open sockets closed). 409 `lease_started` once it has started.',
      tags,
      request: { params: idParam },
      responses: { 200: json(leaseDates), ...errorResponses },
    }),
    async (c) => {
      const { actor, l } = await requireLease(c, c.req.valid("param").id, "lease.manage");
      const cancelled = await cancelLease(l, actor, c.req.valid("param").id, c.get("ports"));
      c.executionCtx.waitUntil(c.get("ports").rooms.orgChanged({ orgId: actor.orgId }, "leases"));
      return c.json(cancelled, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/leases/{id}/leave",
      operationId: "leaveLease",
      summary: "Leave a lease as one of its co-renters",
      description:
        "For a renter of the lease: their place on it ends at once (API, tickets, open sockets). 409 `last_renter` when nobody else joined it; 403 for the landlord side.",
      tags,
      request: { params: idParam },
      responses: { 204: { description: "Left" }, ...errorResponses },
    }),
    async (c) => {
      const { actor, l } = await requireLease(c, c.req.valid("param").id);
      if (actor.side !== "renter") throw new Forbidden("Only the lease's renters can leave it");
      await leaveLease(l, actor, c.req.valid("param").id, c.get("ports"));
      return c.body(null, 204);
    },
  );
