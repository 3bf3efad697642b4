import { requireLeasePrivate } from "../auth/policy";
import { createRoute, z } from "@hono/zod-openapi";
import { readApartment, readAsUser, requireClaims, requireLease, requireUser } from "../auth/access";
import { createRouter } from "../lib/context";
import { idParam, json, jsonBody, problems as problemAnswers } from "../lib/openapi";
import { createAgreement, duplicateForRenewal, requestRender, updateFields, updateOwnDetails } from "./agreements";
import {
  createDocumentInput,
  documentSummary,
  documentTemplate,
  documentView,
  myAgreement,
  ownRenterDetails,
  renderQueued,
  updateDocumentInput,
} from "./contract";
import { announce, loadDocument, problems, tags, viewContext } from "./http";
import { documentsOfApartment, documentsOfRenter } from "./queries";
import { signingRoutes } from "./signing-routes";
import { TEMPLATES } from "./templates";
import { summaryOf, toView } from "./view";

/**
 * Drafting rental agreements: templates, create, list, read, edit, render, duplicate. Sending, signing
 * and verification are in ./signing-routes.ts; both are served as `documentRoutes`.
 */
const draftingRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/document-templates",
      operationId: "listDocumentTemplates",
      summary: "List the agreement templates",
      tags,
      description: "Agreement templates: standard or with an early-exit clause, French or English, furnished or not.",
      responses: { 200: json(z.object({ templates: z.array(documentTemplate) })), ...problems(401) },
    }),
    async (c) => {
      await requireUser(c);
      return c.json({ templates: TEMPLATES }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/leases/{id}/documents",
      operationId: "createDocument",
      summary: "Create a draft agreement for a lease",
      tags,
      description:
        "Creates a draft agreement, prefilled from the org, property, apartment, lease and renter profiles; `templateFields` overrides any of them. Owners and managers (`agreement.edit`). 409 `no_renters` while no renter has joined the lease. 422 `template_mismatch` at `templateName` for a template whose furniture is not the lease kind's (an unfurnished template on a furnished lease); 422 `agreement_contradicts_lease` for an override of what the lease holds.",
      request: { params: idParam, ...jsonBody(createDocumentInput) },
      responses: {
        201: json(z.object({ document: documentView }), "Created"),
        ...problems(400, 401, 403, 404, 409),
        ...problemAnswers(422),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { actor, l } = await requireLease(c, id, "agreement.edit");
      const doc = await createAgreement(l, actor, id, c.req.valid("json"));
      return c.json({ document: await toView(viewContext(c, actor), doc, []) }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/apartments/{id}/documents",
      operationId: "listApartmentDocuments",
      summary: "List an apartment's agreements",
      tags,
      description:
        "The apartment's agreements, newest first: all of them for the landlord side, those of their own leases for a renter.",
      request: { params: idParam },
      responses: { 200: json(z.object({ documents: z.array(documentSummary) })), ...problems(401, 403, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const viewer = requireClaims(c).sub;
      const {
        actor,
        results: [rows],
      } = await readApartment(c, id, (a) => [documentsOfApartment(a, viewer)]);
      requireLeasePrivate(actor);
      return c.json({ documents: rows.map(summaryOf) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me/agreements",
      operationId: "listMyAgreements",
      summary: "List my agreements",
      tags,
      description: "My documents: the agreements of every lease I joined, across organizations.",
      responses: { 200: json(z.object({ documents: z.array(myAgreement) })), ...problems(401, 403) },
    }),
    async (c) => {
      const {
        results: [rows],
      } = await readAsUser(c, (db, claims) => [documentsOfRenter(db, claims.sub)]);
      return c.json(
        { documents: rows.map((d) => ({ ...summaryOf(d), address: d.address, unit: d.unit, orgName: d.orgName })) },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/documents/{id}",
      operationId: "getDocument",
      summary: "Read an agreement",
      tags,
      description: "The agreement with its signers, links to its PDFs and attachments, and what the viewer may do.",
      request: { params: idParam },
      responses: { 200: json(documentView), ...problems(401, 403, 404) },
    }),
    async (c) => {
      const { actor, doc, signatures, attachments, timezone, country } = await loadDocument(c, c.req.valid("param").id);
      const view = await toView(viewContext(c, actor, country), doc, signatures, attachments);
      return c.json({ ...view, timezone }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/documents/{id}",
      operationId: "updateDocument",
      summary: "Edit an agreement's fields",
      tags,
      description:
        "Edits the fields of an agreement not yet sent for signature (`agreement.edit`: owners and managers). A generated PDF is discarded: generate it again.",
      request: { params: idParam, ...jsonBody(updateDocumentInput) },
      responses: { 200: json(documentView), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const on = await loadDocument(c, c.req.valid("param").id, "agreement.edit");
      const saved = await updateFields(c.get("ports"), on, c.req.valid("json"));
      announce(c, saved);
      return c.json(await toView(viewContext(c, on.actor, on.country), saved, on.signatures), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/documents/{id}/my-details",
      operationId: "updateMyDocumentDetails",
      summary: "Complete my details on an agreement",
      tags,
      description:
        "A renter completes their own details on an agreement not yet sent for signature (403 for anyone not among its renters).",
      request: { params: idParam, ...jsonBody(ownRenterDetails) },
      responses: { 200: json(documentView), ...problems(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const on = await loadDocument(c, c.req.valid("param").id);
      const saved = await updateOwnDetails(c.get("ports"), on, c.req.valid("json"));
      announce(c, saved);
      return c.json(await toView(viewContext(c, on.actor, on.country), saved, on.signatures), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/documents/{id}/render",
      operationId: "renderDocument",
      summary: "Queue an agreement's PDF",
      tags,
      description:
        "Queues the PDF render (also the retry of a failed one). The apartment room announces `ready` or `failed`.",
      request: { params: idParam },
      responses: { 202: json(renderQueued, "Queued"), ...problems(401, 403, 404, 409) },
    }),
    async (c) => {
      const on = await loadDocument(c, c.req.valid("param").id, "agreement.edit");
      const queued = await requestRender(c.get("ports"), on);
      announce(c, queued);
      return c.json({ status: queued.status }, 202);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/documents/{id}/duplicate",
      operationId: "duplicateDocument",
      summary: "Duplicate an agreement for a renewal",
      tags,
      description: "Duplicate for renewal: a new draft with the same terms, dates and signatures cleared.",
      request: { params: idParam },
      responses: { 201: json(z.object({ document: documentView }), "Created"), ...problems(401, 403, 404) },
    }),
    async (c) => {
      const on = await loadDocument(c, c.req.valid("param").id, "agreement.edit");
      const copy = await duplicateForRenewal(on);
      return c.json({ document: await toView(viewContext(c, on.actor, on.country), copy, []) }, 201);
    },
  );

/** Every documents route: drafting (above) and signing (./signing-routes.ts). */
export const documentRoutes = createRouter().route("/", draftingRoutes).route("/", signingRoutes);
