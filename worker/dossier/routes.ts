import { createRoute, z } from "@hono/zod-openapi";
import { readAsUser, requireUser } from "../auth/access";
import { profileQuery } from "../leases/service";
import { createRouter } from "../lib/context";
import { errorResponses, idParam, json, jsonBody } from "../lib/openapi";
import { MAX_UPLOAD_BYTES } from "../lib/uploads";
import { documentKinds } from "../listings/schema";
import * as dossier from "./service";

const tags = ["Dossier"];
const money = z.number().int().min(0).max(100_000_000).openapi({ description: "Integer minor units (cents)" });
export const documentSchema = z
  .object({
    id: z.string(),
    guarantorId: z.string().nullable(),
    kind: z.enum(documentKinds),
    name: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    createdAt: z.string(),
    url: z.string().openapi({ description: "Signed, expiring /files link" }),
  })
  .openapi("DossierDocument");
export const guarantorSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    relationship: z.string(),
    incomeAmount: z.number().int().nullable(),
    incomeCurrency: z.string().nullable(),
    createdAt: z.string(),
    documents: z.array(documentSchema),
  })
  .openapi("Guarantor");
const guarantorInput = z.object({
  name: z.string().trim().min(2).max(120),
  email: z.email().trim().toLowerCase().max(254).nullish(),
  phone: z
    .string()
    .trim()
    .min(5)
    .max(30)
    .regex(/^[+0-9 ().-]+$/, "digits, spaces and + ( ) . - only")
    .nullish(),
  relationship: z.string().trim().min(2).max(80),
  incomeAmount: money.nullish(),
  incomeCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/, "must be an ISO currency code")
    .nullish(),
});

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
const uploadErrors = { ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] };

export const dossierRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/me/dossier",
      tags,
      description:
        "The renter's dossier: profile, own documents, guarantors with their documents (links signed for the renter).",
      responses: {
        200: json(
          z.object({
            profile: z.record(z.string(), z.unknown()).nullable(),
            documents: z.array(documentSchema),
            guarantors: z.array(guarantorSchema),
          }),
        ),
        ...errorResponses,
      },
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
      const shown = await dossier.presentDossier(c.env.FILES_SIGNING_KEY, claims.sub, docs, gs);
      const { userId: _, ...rest } = profile ?? { userId: null };
      return c.json({ profile: profile ? rest : null, ...shown }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/me/documents",
      tags,
      description: "Uploads a document into the renter's own dossier.",
      request: uploadBody,
      responses: { 201: json(documentSchema, "Stored"), ...uploadErrors },
    }),
    async (c) => {
      const claims = await requireUser(c);
      return c.json(await dossier.uploadDocument(c.get("db"), c.env, claims.sub, c.req.raw, null), 201);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/me/documents/{id}",
      tags,
      request: { params: idParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      const claims = await requireUser(c);
      await dossier.deleteDocument(c.get("db"), c.env, claims.sub, c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me/guarantors",
      tags,
      responses: { 200: json(z.object({ results: z.array(guarantorSchema) })), ...errorResponses },
    }),
    async (c) => {
      const {
        claims,
        results: [docs, gs],
      } = await readAsUser(c, (db, claims) => [
        dossier.documentsQuery(db, claims.sub),
        dossier.guarantorsQuery(db, claims.sub),
      ]);
      const shown = await dossier.presentDossier(c.env.FILES_SIGNING_KEY, claims.sub, docs, gs);
      return c.json({ results: shown.guarantors }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/me/guarantors",
      tags,
      description: `Adds a guarantor (at most ${dossier.MAX_GUARANTORS}).`,
      request: jsonBody(guarantorInput),
      responses: { 201: json(guarantorSchema, "Added"), ...errorResponses },
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
      tags,
      description: "Removes a guarantor and their documents.",
      request: { params: idParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      const claims = await requireUser(c);
      await dossier.deleteGuarantor(c.get("db"), c.env, claims.sub, c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/me/guarantors/{id}/documents",
      tags,
      description: "Uploads a document for one of the renter's guarantors.",
      request: { params: idParam, ...uploadBody },
      responses: { 201: json(documentSchema, "Stored"), ...uploadErrors },
    }),
    async (c) => {
      const claims = await requireUser(c);
      return c.json(
        await dossier.uploadDocument(c.get("db"), c.env, claims.sub, c.req.raw, c.req.valid("param").id),
        201,
      );
    },
  );
