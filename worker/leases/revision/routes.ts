import { createRoute, z } from "@hono/zod-openapi";
import { readLease } from "../../auth/access";
import { can, requireLeasePrivate } from "../../auth/policy";
import { createRouter } from "../../lib/context";
import { NotFound } from "../../lib/errors";
import { errorResponses, idParam, json, jsonBody } from "../../lib/openapi";
import {
  letterRendering,
  rentRevision,
  rentRevisionClauseInput,
  rentRevisionConfirmInput,
  rentRevisionState,
} from "./contract";
import { letterQueries, storedLetter } from "./letters";
import { leaseRentersQuery, revisionQueries } from "./queries";
import { confirmRevision, notifyRenters, setRevisionClause } from "./service";
import { revisionState } from "./state";

/**
 * /api/leases/{id}/rent-revision: the yearly rent revision by the IRL (loi n° 89-462 art. 17-1) — where it
 * stands and the proposal, its confirmation, the lease's clause, and each revision's letter to the renters.
 */

const tags = ["Leases"];

export const rentRevisionRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/leases/{id}/rent-revision",
      operationId: "getRentRevision",
      summary: "Read a lease's rent revision: the proposal and the history",
      tags,
      description:
        "For the landlord side and the lease's renters. On or after each anniversary of a lease in France with a revision clause, `proposal` is the revised rent: current rent (excluding charges, minor units) × the IRL of the lease's quarter this year ÷ the same quarter one year earlier, rounded half up to the minor unit, charged from `effectivePeriod` (the period after today, in the org's time zone). `status` says why there is none otherwise (`frozen`: the dwelling's DPE class, `energyClass`, is F or G). One D1 round trip.",
      request: { params: idParam },
      responses: { 200: json(rentRevisionState), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { actor, results } = await readLease(c, id, (l) => [...revisionQueries(c.get("db"), l)]);
      requireLeasePrivate(actor);
      const state = revisionState(results, can(actor, "lease.manage"));
      if (!state) throw new NotFound("Lease");
      const { lease: _lease, today: _today, ...body } = state;
      return c.json(body, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/leases/{id}/rent-revision",
      operationId: "confirmRentRevision",
      summary: "Confirm the rent revision of the current anniversary",
      tags,
      description:
        "Needs `lease.manage`. Confirms the proposal of GET (send its `anniversary` and `newRent`): the lease's rent becomes `newRent` from `effectivePeriod` (earlier periods keep their charges), the renters are emailed and a letter PDF is rendered. Once per anniversary. 409 `rent_revision_not_applicable`, `rent_revision_no_clause`, `rent_revision_not_due`, `rent_revision_done`, `rent_index_missing`, `lease_ended` when nothing is due; 409 `rent_revision_stale` when the proposal changed since it was read; 422 `rent_revision_frozen` when the dwelling's DPE class is F or G (status `frozen`: no revision since 24 August 2022, loi n° 89-462 art. 17-1 as amended by the loi Climat et résilience).",
      request: { params: idParam, ...jsonBody(rentRevisionConfirmInput) },
      responses: { 201: json(rentRevision, "Confirmed"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const ports = c.get("ports");
      const { actor, l, results } = await readLease(
        c,
        id,
        (l) => [...revisionQueries(ports.db, l), leaseRentersQuery(l)],
        "lease.manage",
      );
      const state = revisionState([results[0], results[1], results[2], results[3]], true);
      if (!state) throw new NotFound("Lease");
      const revision = await confirmRevision(ports, l, actor, state, c.req.valid("json"));
      await notifyRenters(ports, state.lease, results[4], revision);
      return c.json(revision, 201);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/leases/{id}/rent-revision/clause",
      operationId: "setRentRevisionClause",
      summary: "Set a lease's rent revision clause",
      tags,
      description:
        "Needs `lease.manage`. Whether the lease's rent is revised yearly by the IRL, from which reference quarter (`YYYY-Qn`: the last index published when the lease was signed) and, optionally, its value as written in the lease (else the table's). Audited. 409 `rent_revision_not_applicable` for a lease outside France.",
      request: { params: idParam, ...jsonBody(rentRevisionClauseInput) },
      responses: { 200: json(rentRevisionState), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const ports = c.get("ports");
      const { actor, l, results } = await readLease(c, id, (l) => [...revisionQueries(ports.db, l)], "lease.manage");
      const lease = await setRevisionClause(ports, l, actor, results, c.req.valid("json"));
      if (!lease) throw new NotFound("Lease");
      const state = revisionState([[lease], results[1], results[2], results[3]], true);
      if (!state) throw new NotFound("Lease");
      const { lease: _lease, today: _today, ...body } = state;
      return c.json(body, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/leases/{id}/rent-revision/letter",
      operationId: "getRentRevisionLetter",
      summary: "Download a rent revision's letter to the renters",
      tags,
      description:
        "The letter (PDF, in the lease's language) telling the renters their revised rent and the index values used: of the revision `revision` (an id from GET's `revisions`), by default the latest. For the landlord side and the lease's renters. The first request after confirmation may answer 202 with Retry-After while it renders. 409 `no_rent_revision` while the lease has none; 404 for an unknown `revision`; 409 `unprintable_text` when a name or address cannot be printed.",
      request: { params: idParam, query: z.object({ revision: z.string().min(1).max(64).optional() }) },
      responses: {
        200: {
          description: "The letter",
          content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } },
        },
        202: json(letterRendering, "Being rendered: retry after the Retry-After delay"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { revision } = c.req.valid("query");
      const ports = c.get("ports");
      const { actor, results } = await readLease(c, id, (l) => [...letterQueries(l, revision)]);
      requireLeasePrivate(actor);
      const letter = await storedLetter(ports, results, id, revision);
      if (!letter) {
        c.header("Retry-After", "2");
        return c.json({ status: "rendering" as const }, 202);
      }
      return c.body(letter.body, 200, {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${letter.filename}"`,
        "cache-control": "private, no-store",
      });
    },
  );
