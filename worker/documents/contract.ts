import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { typedText } from "../lib/text";
import { PERMISSIONS } from "../auth/policy";
import { SIDES } from "../domain";
import { agreementFields, partyFields } from "./fields";
import { documents, documentStatuses, signatures } from "./schema";
import { templateKinds, templateLocales, templateNames } from "./templates";

/**
 * The special clauses' limits, for the server's form checks (./vocabulary.ts, zod-free, also holds French law
 * on an agreement's fields: the browser's editor imports them from there).
 */
export { MAX_CLAUSE_LENGTH, MAX_CLAUSES } from "./vocabulary";

/**
 * The documents feature's contract: the zod inputs and outputs of its API, shared by the routes, the
 * services (`z.infer`) and the UI. Outputs derive from the `documents` / `signatures` tables.
 */

/** The largest drawn signature accepted, in bytes (decoded PNG). */
export const MAX_SIGNATURE_BYTES = 300 * 1024;
/** The most pixels a drawn signature may have (width × height; 2048 × 2048): a pad at 3× is far below. */
export const MAX_SIGNATURE_PIXELS = 2048 * 2048;

// ---------------------------------------------------------------- inputs

/**
 * A partial agreement, merged onto what is already known (objects merge, arrays and values replace);
 * the merged result is validated against `AgreementFields` (errors name `templateFields.<path>`).
 */
const agreementPatch = z
  .record(z.string(), z.unknown())
  .meta({ description: "A partial AgreementFields: objects merge, arrays and values replace" });

export const createDocumentInput = z
  .object({
    templateName: z.enum(templateNames),
    templateFields: agreementPatch.optional(),
  })
  .meta({ id: "CreateDocumentInput" });
export type CreateDocumentInput = z.infer<typeof createDocumentInput>;

export const updateDocumentInput = z.object({ templateFields: agreementPatch }).meta({ id: "UpdateDocumentInput" });
export type UpdateDocumentInput = z.infer<typeof updateDocumentInput>;

/** A renter completing their own entry (they cannot touch anyone else's, nor the terms). */
export const ownRenterDetails = partyFields
  .omit({ email: true })
  .extend({ name: typedText(200).min(1) })
  .meta({ id: "OwnRenterDetails" });
export type OwnRenterDetails = z.infer<typeof ownRenterDetails>;

export const signInput = z
  .object({
    signedName: typedText(200).min(2, "type your full name"),
    signatureImage: z
      .string()
      .startsWith("data:image/png;base64,", "must be a PNG data URL")
      .max(Math.ceil((MAX_SIGNATURE_BYTES * 4) / 3) + 64, "the signature image is too large")
      .meta({
        description:
          `The drawn signature: a PNG data URL, at most ${MAX_SIGNATURE_BYTES / 1024} KB decoded and ` +
          `${MAX_SIGNATURE_PIXELS} pixels (width × height, e.g. 2048 × 2048). It is decoded on arrival: 413 ` +
          "`image_too_large` above the pixel budget, 422 `unreadable_image` when it does not decode.",
      }),
    consent: z.literal(true, "you must agree to sign electronically"),
  })
  .meta({ id: "SignInput" });
export type SignInput = z.infer<typeof signInput>;

export const verifyHashInput = z
  .object({ sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, "a SHA-256 in hexadecimal (64 characters)") })
  .meta({ id: "VerifyHashInput" });
export const verifyFileInput = z
  .object({ file: z.unknown().meta({ type: "string", format: "binary", description: "The PDF, at most 1 MB" }) })
  .meta({ id: "VerifyFileInput" });

// ---------------------------------------------------------------- outputs

export const documentTemplate = z
  .object({
    name: z.string(),
    title: z.string(),
    locale: z.enum(templateLocales),
    kind: z.enum(templateKinds),
    furnished: z.boolean(),
  })
  .meta({ id: "DocumentTemplate" });

/** One party who must sign: every renter of the agreement, then the landlord side. */
const signer = z
  .object({
    userId: z.string().nullable().meta({ description: "Null for the landlord side until someone countersigns" }),
    name: z.string(),
    side: z.enum(SIDES),
    signedAt: z.string().nullable().meta({ description: "ISO-8601 UTC" }),
    signedName: z.string().nullable(),
  })
  .meta({ id: "Signer" });
export type Signer = z.infer<typeof signer>;

const attachment = z.object({ userId: z.string(), kind: z.string(), name: z.string(), url: z.string() });

export const documentView = /* @__PURE__ */ createSelectSchema(documents, {
  templateFields: agreementFields,
  sha256: (s) => s.meta({ description: "SHA-256 of the unsigned PDF (what each signer signed)" }),
  signedSha256: (s) => s.meta({ description: "SHA-256 of the final signed PDF (what /verify recognises)" }),
})
  .omit({ orgId: true, revision: true, pdfKey: true, pdfSize: true, signedPdfKey: true, createdBy: true })
  .extend({
    title: z.string(),
    locale: z.enum(templateLocales),
    pdfUrl: z
      .string()
      .nullable()
      .meta({ description: "Signed, expiring (one day) link to the latest PDF: the signed one once it exists" }),
    unsignedPdfUrl: z.string().nullable(),
    signers: z.array(signer),
    attachments: z.array(attachment).meta({
      description:
        "Each renter's ID and income documents from their dossier, through signed links (lease access checked on use)",
    }),
    missing: z.array(z.object({ path: z.string(), message: z.string() })),
    timezone: z
      .string()
      .optional()
      .meta({ description: "The org's IANA time zone, for showing signing times (GET /documents/{id})" }),
    country: z.string().nullable().meta({
      description:
        "The dwelling's country as typed on its property (French law applies in France: worker/lib/french-lease-law.ts); null where not read (the creation answer)",
    }),
    viewer: z.object({
      userId: z.string(),
      side: z.enum(SIDES),
      permissions: z.array(z.enum(PERMISSIONS)),
      canEdit: z.boolean(),
      canSign: z.boolean(),
      isParty: z.boolean(),
    }),
  })
  .meta({ id: "Document" });
export type DocumentView = z.infer<typeof documentView>;

export const documentSummary = /* @__PURE__ */ createSelectSchema(documents)
  .pick({ id: true, apartmentId: true, leaseId: true, status: true, createdAt: true, signedAt: true })
  .extend({ title: z.string() })
  .meta({ id: "DocumentSummary" });
export type DocumentSummary = z.infer<typeof documentSummary>;

export const myAgreement = /* @__PURE__ */ documentSummary
  .extend({ address: z.string(), unit: z.string(), orgName: z.string() })
  .meta({ id: "MyAgreement" });

export const renderQueued = z.object({ status: z.enum(documentStatuses) }).meta({ id: "RenderQueued" });

export const verification = /* @__PURE__ */ z
  .object({
    valid: z.boolean(),
    sha256: z.string(),
    reason: z.enum(["unknown", "not_signed"]).optional(),
    document: z
      .object({ id: z.string(), title: z.string(), signedAt: z.string().nullable(), address: z.string() })
      .optional(),
    signers: z
      .array(
        createSelectSchema(signatures)
          .pick({ side: true, signedName: true, signedAt: true })
          .extend({ name: z.string() }),
      )
      .optional(),
  })
  .meta({ id: "Verification" });
export type Verification = z.infer<typeof verification>;

// ---------------------------------------------------------------- PDF queue jobs

/**
 * The documents feature's PDF queue messages (worker/jobs composes every feature's into the queue's union):
 * render the unsigned agreement for one revision of its fields, or the final PDF (signatures + certificate)
 * of a fully signed agreement.
 */
export const documentPdfJob = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("agreement"), documentId: z.string(), revision: z.number().int().min(1) }),
  z.object({ kind: z.literal("signed_agreement"), documentId: z.string() }),
]);
export type DocumentPdfJob = z.infer<typeof documentPdfJob>;
