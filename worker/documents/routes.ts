import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import {
  PORTFOLIO_EDITORS,
  readAsUser,
  readInApartment,
  readInDocument,
  requireLeaseAccess,
  requireUser,
  type ApartmentScope,
} from "../auth/access";
import { orgOfApartment } from "../db/scoped";
import { appUrl, createRouter, type AppEnv } from "../lib/context";
import { Invalid, NotFound } from "../lib/errors";
import { detectFileType } from "../lib/file-types";
import { errorResponses, idParam, json, jsonBody } from "../lib/openapi";
import { signFileUrl } from "../lib/signed-urls";
import { nowIso } from "../lib/time";
import { publishDocumentToRoom } from "../rooms/publish";
import { documentStatuses } from "./schema";
import { missingFields, ownRenterDetails } from "./fields";
import * as documents from "./service";
import { templateByName, templateNames } from "./templates";

const tags = ["Documents"];
const MAX_VERIFY_BYTES = 1024 * 1024;

const signer = z.object({
  userId: z.string().nullable(),
  name: z.string(),
  role: z.enum(["renter", "landlord"]),
  signedAt: z.string().nullable(),
  signedName: z.string().nullable(),
});
const documentView = z
  .object({
    id: z.string(),
    apartmentId: z.string(),
    leaseId: z.string(),
    templateName: z.string(),
    title: z.string(),
    locale: z.enum(["fr", "en"]),
    status: z.enum(documentStatuses),
    templateFields: z.record(z.string(), z.unknown()),
    pdfUrl: z
      .string()
      .nullable()
      .openapi({ description: "Signed, expiring (one day) link to the latest PDF: the signed one once it exists" }),
    unsignedPdfUrl: z.string().nullable(),
    sha256: z.string().nullable().openapi({ description: "SHA-256 of the unsigned PDF (what each signer signed)" }),
    signedSha256: z
      .string()
      .nullable()
      .openapi({ description: "SHA-256 of the final signed PDF (what /verify recognises)" }),
    failureReason: z.string().nullable(),
    renewedFromId: z.string().nullable(),
    signers: z.array(signer),
    attachments: z
      .array(z.object({ userId: z.string(), kind: z.string(), name: z.string(), url: z.string() }))
      .openapi({
        description:
          "Each renter's ID and income documents from their dossier, through signed links (lease access checked on use)",
      }),
    missing: z.array(z.object({ path: z.string(), message: z.string() })),
    viewer: z.object({
      userId: z.string(),
      side: z.enum(["landlord", "renter"]),
      canEdit: z.boolean(),
      canSign: z.boolean(),
      isParty: z.boolean(),
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
    sentAt: z.string().nullable(),
    signedAt: z.string().nullable(),
  })
  .openapi("Document");
const documentSummary = z
  .object({
    id: z.string(),
    apartmentId: z.string(),
    leaseId: z.string(),
    title: z.string(),
    status: z.enum(documentStatuses),
    createdAt: z.string(),
    signedAt: z.string().nullable(),
  })
  .openapi("DocumentSummary");

type Row = documents.DocumentRow;

async function pdfLink(c: Context<AppEnv>, doc: Row, key: string | null, suffix: string) {
  if (!key) return null;
  const title = templateByName(doc.templateName)?.title ?? "Agreement";
  return signFileUrl(c.env.FILES_SIGNING_KEY, {
    key,
    name: `${title}${suffix}.pdf`,
    type: "application/pdf",
    disposition: "inline",
    grant: { kind: "lease", leaseId: doc.leaseId },
  });
}

type Attachment = { id: string; userId: string; kind: string; name: string; contentType: string; key: string };

async function toView(
  c: Context<AppEnv>,
  doc: Row,
  signatureRows: documents.SignatureRow[],
  scope: ApartmentScope,
  attachmentRows: Attachment[] = [],
): Promise<z.infer<typeof documentView>> {
  const template = templateByName(doc.templateName);
  const signers = documents.signersOf(doc, signatureRows);
  const isRenterParty = doc.templateFields.renters.some((r) => r.userId === scope.userId);
  const editor = scope.side === "landlord" && (scope.role === "owner" || scope.role === "manager");
  const mine = signers.find((s) => (s.role === "renter" ? s.userId === scope.userId : editor && s.role === "landlord"));
  const rentersDone = signers.filter((s) => s.role === "renter").every((s) => s.signedAt);
  const signed = await pdfLink(c, doc, doc.signedPdfKey, " (signed)");
  const unsigned = await pdfLink(c, doc, doc.pdfKey, "");
  return {
    id: doc.id,
    apartmentId: doc.apartmentId,
    leaseId: doc.leaseId,
    templateName: doc.templateName,
    title: template?.title ?? doc.templateName,
    locale: template?.locale ?? "en",
    status: doc.status,
    templateFields: doc.templateFields,
    pdfUrl: signed ?? unsigned,
    unsignedPdfUrl: unsigned,
    sha256: doc.sha256,
    signedSha256: doc.signedSha256,
    failureReason: doc.failureReason,
    renewedFromId: doc.renewedFromId,
    signers,
    attachments: await Promise.all(
      attachmentRows
        .filter((a) => doc.templateFields.renters.some((r) => r.userId === a.userId))
        .map(async (a) => ({
          userId: a.userId,
          kind: a.kind,
          name: a.name,
          url: await signFileUrl(c.env.FILES_SIGNING_KEY, {
            key: a.key,
            name: a.name,
            type: a.contentType,
            disposition: "inline",
            grant: { kind: "lease", leaseId: doc.leaseId },
          }),
        })),
    ),
    missing: missingFields(doc.templateFields),
    viewer: {
      userId: scope.userId,
      side: scope.side,
      canEdit: editor && ["draft", "ready", "failed"].includes(doc.status),
      canSign:
        doc.status === "out_for_signature" &&
        Boolean(mine && !mine.signedAt) &&
        (mine!.role === "renter" || rentersDone),
      isParty: editor || isRenterParty,
    },
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    sentAt: doc.sentAt,
    signedAt: doc.signedAt,
  };
}

function services(c: Context<AppEnv>): documents.Services {
  return {
    db: c.get("db"),
    docs: c.env.DOCS,
    pdfQueue: c.env.PDF_QUEUE,
    emailQueue: c.env.EMAIL_QUEUE,
    appUrl: appUrl(c),
    requestId: c.get("requestId"),
  };
}

function announce(c: Context<AppEnv>, doc: Pick<Row, "id" | "apartmentId">, status: string) {
  c.executionCtx.waitUntil(
    publishDocumentToRoom(c.env, doc.apartmentId, { documentId: doc.id, status, at: nowIso() }, c.get("log")),
  );
}

/** The document, its signatures and the caller's access to it: one round trip. */
async function loadDocument(c: Context<AppEnv>, id: string, roles?: readonly ("owner" | "manager" | "maintenance")[]) {
  const {
    scope,
    results: [[doc], signatureRows, attachments],
  } = await readInDocument(c, id, (db) => [...documents.documentQueries(db, id)], roles);
  if (!doc) throw new NotFound("Document");
  return { scope, doc, signatureRows, attachments };
}

const summaryOf = (d: {
  id: string;
  apartmentId: string;
  leaseId: string;
  templateName: string;
  status: Row["status"];
  createdAt: string;
  signedAt: string | null;
}) => ({
  id: d.id,
  apartmentId: d.apartmentId,
  leaseId: d.leaseId,
  title: templateByName(d.templateName)?.title ?? d.templateName,
  status: d.status,
  createdAt: d.createdAt,
  signedAt: d.signedAt,
});

export const documentRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/document-templates",
      tags,
      description: "Agreement templates: standard or with an early-exit clause, French or English, furnished or not.",
      responses: {
        200: json(
          z.object({
            templates: z.array(
              z.object({
                name: z.string(),
                title: z.string(),
                locale: z.string(),
                kind: z.string(),
                furnished: z.boolean(),
              }),
            ),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      await requireUser(c);
      return c.json({ templates: documents.listTemplates() }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/leases/{id}/documents",
      tags,
      description:
        "Creates a draft agreement, prefilled from the org, property, apartment, lease and renter profiles; `templateFields` overrides any of them.",
      request: {
        params: idParam,
        ...jsonBody(
          z.object({
            templateName: z.enum(templateNames),
            templateFields: z.record(z.string(), z.unknown()).optional(),
          }),
        ),
      },
      responses: { 201: json(z.object({ document: documentView }), "Created"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const scope = await requireLeaseAccess(c, id, PORTFOLIO_EDITORS);
      const doc = await documents.createDocument(c.get("db"), scope, id, c.req.valid("json"));
      return c.json({ document: await toView(c, doc, [], scope) }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/apartments/{id}/documents",
      tags,
      description:
        "The apartment's agreements: all of them for the landlord side, those of their own leases for a renter.",
      request: { params: idParam },
      responses: { 200: json(z.object({ documents: z.array(documentSummary) })), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const {
        scope,
        results: [all, mine],
      } = await readInApartment(c, id, (db) => {
        const claims = c.get("claims")!;
        return [
          documents.documentsOfApartmentQuery(db, orgOfApartment(id), id),
          documents.documentsOfRenterQuery(db, claims.sub),
        ];
      });
      const rows = scope.side === "landlord" ? all : mine.filter((d) => d.apartmentId === id);
      return c.json({ documents: rows.map(summaryOf) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me/agreements",
      tags,
      description: "My documents: the agreements of every lease I joined, across organizations.",
      responses: {
        200: json(
          z.object({
            documents: z.array(documentSummary.extend({ address: z.string(), unit: z.string(), orgName: z.string() })),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const {
        results: [rows],
      } = await readAsUser(c, (db, claims) => [documents.documentsOfRenterQuery(db, claims.sub)]);
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
      tags,
      request: { params: idParam },
      responses: { 200: json(documentView), ...errorResponses },
    }),
    async (c) => {
      const { scope, doc, signatureRows, attachments } = await loadDocument(c, c.req.valid("param").id);
      return c.json(await toView(c, doc, signatureRows, scope, attachments), 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/documents/{id}",
      tags,
      description:
        "Edits the fields of an agreement not yet sent for signature (owners and managers). A generated PDF is discarded: generate it again.",
      request: { params: idParam, ...jsonBody(z.object({ templateFields: z.record(z.string(), z.unknown()) })) },
      responses: { 200: json(documentView), ...errorResponses },
    }),
    async (c) => {
      const { scope, doc, signatureRows } = await loadDocument(c, c.req.valid("param").id, PORTFOLIO_EDITORS);
      const saved = await documents.updateFields(c.get("db"), doc, c.req.valid("json").templateFields);
      announce(c, saved, saved.status);
      return c.json(await toView(c, saved, signatureRows, scope), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/documents/{id}/my-details",
      tags,
      description: "A renter completes their own details on an agreement not yet sent for signature.",
      request: { params: idParam, ...jsonBody(ownRenterDetails) },
      responses: { 200: json(documentView), ...errorResponses },
    }),
    async (c) => {
      const { scope, doc, signatureRows } = await loadDocument(c, c.req.valid("param").id);
      const saved = await documents.updateOwnDetails(c.get("db"), doc, scope.userId, c.req.valid("json"));
      announce(c, saved, saved.status);
      return c.json(await toView(c, saved, signatureRows, scope), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/documents/{id}/render",
      tags,
      description:
        "Queues the PDF render (also the retry of a failed one). The apartment room announces `ready` or `failed`.",
      request: { params: idParam },
      responses: { 202: json(z.object({ status: z.enum(documentStatuses) }), "Queued"), ...errorResponses },
    }),
    async (c) => {
      const { doc } = await loadDocument(c, c.req.valid("param").id, PORTFOLIO_EDITORS);
      const queued = await documents.requestRender(services(c), doc);
      announce(c, queued, queued.status);
      return c.json({ status: queued.status }, 202);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/documents/{id}/send",
      tags,
      description: "Sends a generated, complete agreement for signature and emails each renter.",
      request: { params: idParam },
      responses: { 200: json(documentView), ...errorResponses },
    }),
    async (c) => {
      const { scope, doc, signatureRows } = await loadDocument(c, c.req.valid("param").id, PORTFOLIO_EDITORS);
      const sent = await documents.sendForSignature(services(c), doc, scope);
      announce(c, sent, sent.status);
      return c.json(await toView(c, sent, signatureRows, scope), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/documents/{id}/sign",
      tags,
      description:
        "Signs: each renter once, then an owner or manager countersigns. Records the time, IP and user agent with the unsigned PDF's SHA-256.",
      request: {
        params: idParam,
        ...jsonBody(
          z.object({
            signedName: z.string().trim().min(2, "type your full name").max(200),
            signatureImage: z
              .string()
              .startsWith("data:image/png;base64,", "must be a PNG data URL")
              .max(Math.ceil((documents.MAX_SIGNATURE_BYTES * 4) / 3) + 64, "the signature image is too large"),
            consent: z.literal(true, "you must agree to sign electronically"),
          }),
        ),
      },
      responses: { 201: json(documentView, "Signed"), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { scope, doc, signatureRows } = await loadDocument(c, id);
      const ctx = {
        ip: c.req.header("cf-connecting-ip") ?? "unknown",
        userAgent: c.req.header("user-agent") ?? "unknown",
      };
      await documents.sign(services(c), doc, signatureRows, scope, c.req.valid("json"), ctx);
      const after = await loadDocument(c, id);
      announce(c, after.doc, after.doc.status);
      return c.json(await toView(c, after.doc, after.signatureRows, scope), 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/documents/{id}/duplicate",
      tags,
      description: "Duplicate for renewal: a new draft with the same terms, dates and signatures cleared.",
      request: { params: idParam },
      responses: { 201: json(z.object({ document: documentView }), "Created"), ...errorResponses },
    }),
    async (c) => {
      const { scope, doc } = await loadDocument(c, c.req.valid("param").id, PORTFOLIO_EDITORS);
      const copy = await documents.duplicateForRenewal(c.get("db"), doc, scope);
      return c.json({ document: await toView(c, copy, [], scope) }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/verify",
      tags,
      security: [],
      description: "Public. Checks a final PDF: upload it (multipart field `file`) or send its SHA-256 as JSON.",
      request: {
        body: {
          content: {
            "application/json": {
              schema: z.object({
                sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, "a SHA-256 in hexadecimal (64 characters)"),
              }),
            },
            "multipart/form-data": {
              schema: z.object({ file: z.any().openapi({ type: "string", format: "binary" }) }),
            },
          },
        },
      },
      responses: {
        200: json(
          z.object({
            valid: z.boolean(),
            sha256: z.string(),
            reason: z.enum(["unknown", "not_signed"]).optional(),
            document: z
              .object({ id: z.string(), title: z.string(), signedAt: z.string().nullable(), address: z.string() })
              .optional(),
            signers: z
              .array(z.object({ name: z.string(), role: z.string(), signedName: z.string(), signedAt: z.string() }))
              .optional(),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const multipart = c.req.header("content-type")?.startsWith("multipart/form-data");
      const sha256 = multipart
        ? await hashOfUpload(c)
        : (c.req.valid("json") as { sha256?: string }).sha256?.toLowerCase();
      if (!sha256)
        throw new Invalid('Send a PDF as multipart `file`, or JSON {"sha256": "…"}', [
          { path: "sha256", message: "required" },
        ]);
      return c.json(await documents.verifyHash(c.get("db"), sha256), 200);
    },
  );

async function hashOfUpload(c: Context<AppEnv>): Promise<string> {
  const form = await c.req.parseBody();
  const file = form.file;
  if (!(file instanceof File))
    throw new Invalid("Attach the PDF as the multipart field `file`", [{ path: "file", message: "required" }]);
  if (file.size > MAX_VERIFY_BYTES)
    throw new Invalid("The file is larger than 1 MB: paste its SHA-256 instead", [
      { path: "file", message: "too large" },
    ]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (detectFileType(bytes)?.name !== "pdf")
    throw new Invalid("This file is not a PDF", [{ path: "file", message: "not a PDF" }], "not_a_pdf");
  return documents.sha256Of(bytes);
}
