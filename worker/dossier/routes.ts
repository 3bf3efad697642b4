import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { readAsUser, requireUser } from "../auth/access";
import { createRouter, type AppEnv } from "../lib/context";
import { errorResponses, idParam, json, jsonBody, problemSchema } from "../lib/openapi";
import { MAX_UPLOAD_BYTES } from "../lib/uploads";
import { documentKinds } from "../listings/schema";
import { documentView, dossierView, guarantorInput, guarantorView, MAX_GUARANTORS } from "./contract";
import { presentDocument, presentDossier } from "./present";
import { profileQuery, showProfile } from "./profile";
import { profileRoutes } from "./profile-routes";
import * as dossier from "./service";

/**
 * The renter's dossier under /me: documents (at `/me/dossier/documents`; the older `/me/documents` paths
 * stay as deprecated aliases), guarantors and their documents, and the profile (./profile-routes.ts).
 * Owned by the signed-in user, whatever their account type: another user's ids answer 404.
 */
const tags = ["Dossier"];
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});
const uploadErrors = { ...errorResponses, 413: problem("File too large"), 415: problem("File type not accepted") };

/**
 * The upload body, described for OpenAPI as a plain schema (not zod): a zod form schema would make the
 * router parse — and buffer — the whole body before the handler streams it.
 */
const uploadBody = {
  body: {
    required: true,
    description: `multipart/form-data: \`kind\` first, then \`file\` (PDF, JPEG, PNG or DOCX, checked from its content; at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; images are downscaled and re-encoded).`,
    content: {
      "multipart/form-data": {
        schema: {
          type: "object" as const,
          required: ["kind", "file"],
          properties: {
            kind: { type: "string" as const, enum: [...documentKinds] },
            file: { type: "string" as const, format: "binary" },
          },
        },
      },
    },
  },
};

const LEGACY = "Deprecated alias (kept for one release): use the same operation under /me/dossier/documents.";

/** POST `path`: an upload into the renter's own dossier (the current path, or the deprecated alias). */
const uploadRoute = <P extends string>(path: P, legacy: boolean) =>
  createRoute({
    method: "post",
    path,
    operationId: legacy ? "uploadDossierDocumentLegacy" : "uploadDossierDocument",
    summary: "Upload a document into the dossier",
    deprecated: legacy || undefined,
    tags,
    description: legacy ? LEGACY : "Uploads a document into the renter's own dossier.",
    request: uploadBody,
    responses: { 201: json(documentView, "Stored"), ...uploadErrors },
  });

/** DELETE `path`: one of the renter's own dossier documents. */
const deleteRoute = <P extends string>(path: P, legacy: boolean) =>
  createRoute({
    method: "delete",
    path,
    operationId: legacy ? "deleteDossierDocumentLegacy" : "deleteDossierDocument",
    summary: "Delete a dossier document",
    deprecated: legacy || undefined,
    tags,
    description: legacy ? LEGACY : "Deletes one of the renter's documents (or a guarantor's) and its file.",
    request: { params: idParam },
    responses: { 204: { description: "Deleted" }, ...errorResponses },
  });

async function upload(c: Context<AppEnv>, guarantorId: string | null) {
  const claims = await requireUser(c);
  const row = await dossier.uploadDocument(c.get("ports"), claims.sub, c.req.raw, guarantorId);
  return presentDocument(c.env.FILES_SIGNING_KEY, row, { kind: "user", userId: claims.sub });
}

async function remove(c: Context<AppEnv>, id: string) {
  const claims = await requireUser(c);
  await dossier.deleteDocument(c.get("ports"), claims.sub, id);
}

export const dossierRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/me/dossier",
      operationId: "getDossier",
      summary: "Read the renter's dossier",
      tags,
      description:
        "The renter's dossier: profile, own documents, guarantors with their documents (links signed for the renter).",
      responses: { 200: json(dossierView), ...errorResponses },
    }),
    async (c) => {
      const {
        claims,
        results: [[profile], docs, gs],
      } = await readAsUser(c, (db, claims) => [
        profileQuery(db, claims.sub),
        dossier.documentsQuery(db, claims.sub),
        dossier.guarantorsQuery(db, claims.sub),
      ]);
      const shown = await presentDossier(c.env.FILES_SIGNING_KEY, claims.sub, docs, gs);
      return c.json({ profile: profile ? showProfile(profile) : null, ...shown }, 200);
    },
  )
  .openapi(uploadRoute("/me/dossier/documents", false), async (c) => c.json(await upload(c, null), 201))
  .openapi(deleteRoute("/me/dossier/documents/{id}", false), async (c) => {
    await remove(c, c.req.valid("param").id);
    return c.body(null, 204);
  })
  .openapi(uploadRoute("/me/documents", true), async (c) => c.json(await upload(c, null), 201))
  .openapi(deleteRoute("/me/documents/{id}", true), async (c) => {
    await remove(c, c.req.valid("param").id);
    return c.body(null, 204);
  })
  .openapi(
    createRoute({
      method: "get",
      path: "/me/guarantors",
      operationId: "listGuarantors",
      summary: "List the renter's guarantors",
      tags,
      description: "The renter's guarantors, oldest first, each with their documents.",
      responses: { 200: json(z.object({ results: z.array(guarantorView) })), ...errorResponses },
    }),
    async (c) => {
      const {
        claims,
        results: [docs, gs],
      } = await readAsUser(c, (db, claims) => [
        dossier.documentsQuery(db, claims.sub),
        dossier.guarantorsQuery(db, claims.sub),
      ]);
      const shown = await presentDossier(c.env.FILES_SIGNING_KEY, claims.sub, docs, gs);
      return c.json({ results: shown.guarantors }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/me/guarantors",
      operationId: "addGuarantor",
      summary: "Add a guarantor",
      tags,
      description: `Adds a guarantor (at most ${MAX_GUARANTORS}: 409 \`too_many_guarantors\` beyond).`,
      request: jsonBody(guarantorInput),
      responses: { 201: json(guarantorView, "Added"), ...errorResponses },
    }),
    async (c) => {
      const claims = await requireUser(c);
      return c.json(await dossier.addGuarantor(c.get("db"), claims.sub, c.req.valid("json")), 201);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/me/guarantors/{id}",
      operationId: "deleteGuarantor",
      summary: "Remove a guarantor",
      tags,
      description: "Removes a guarantor and their documents.",
      request: { params: idParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      const claims = await requireUser(c);
      await dossier.deleteGuarantor(c.get("ports"), claims.sub, c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/me/guarantors/{id}/documents",
      operationId: "uploadGuarantorDocument",
      summary: "Upload a guarantor's document",
      tags,
      description: "Uploads a document for one of the renter's guarantors (404 for anyone else's).",
      request: { params: idParam, ...uploadBody },
      responses: { 201: json(documentView, "Stored"), ...uploadErrors },
    }),
    async (c) => c.json(await upload(c, c.req.valid("param").id), 201),
  )
  .route("/", profileRoutes);
