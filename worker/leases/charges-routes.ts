import { createRoute } from "@hono/zod-openapi";
import { readLease } from "../auth/access";
import { createRouter } from "../lib/context";
import { errorResponses, idParam, json, jsonBody, problems } from "../lib/openapi";
import { leaseCharges, leaseChargesInput } from "./contract";
import { leaseChargesQuery, setLeaseCharges } from "./charges";

/** PATCH /api/leases/{id}/charges: a lease's monthly charges changed (leases/charges.ts). */

const tags = ["Leases"];

export const leaseChargesRoutes = createRouter().openapi(
  createRoute({
    method: "patch",
    path: "/leases/{id}/charges",
    operationId: "setLeaseCharges",
    summary: "Change a lease's monthly charges",
    tags,
    description:
      "Needs `lease.manage`. The monthly charges (provision sur charges or forfait, integer minor units of the lease's currency) from the next rent charge on: charges already on the ledger never change. Audited with the old and new amounts in the same write. 409 `lease_ended` for an ended or cancelled lease; 409 `lease_charges_changed` when `expectedChargesAmount` is stale or another change landed meanwhile; for a dwelling in France 422 `flat_charges_unfurnished` (flat charges on an unfurnished lease) or `mobility_flat_charges` (a provision on a bail mobilité).",
    request: { params: idParam, ...jsonBody(leaseChargesInput) },
    responses: { 200: json(leaseCharges), ...errorResponses, ...problems(422) },
  }),
  async (c) => {
    const { id } = c.req.valid("param");
    const ports = c.get("ports");
    const { actor, l, results } = await readLease(c, id, (l) => [leaseChargesQuery(l)], "lease.manage");
    const changed = await setLeaseCharges(ports, l, actor, results[0][0], c.req.valid("json"));
    c.executionCtx.waitUntil(ports.rooms.orgChanged({ orgId: actor.orgId }, "leases"));
    return c.json(changed, 200);
  },
);
