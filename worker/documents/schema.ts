import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "../auth/schema";
import { SIDES } from "../domain";
import { leases } from "../leases/schema";
import { orgs } from "../orgs/schema";
import { apartments } from "../portfolio/schema";
import type { AgreementFields } from "./fields";

export const documentStatuses = ["draft", "rendering", "ready", "out_for_signature", "signed", "failed"] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

/**
 * Rental agreements. Version 1 is the unsigned PDF (`pdf_key`, `sha256`); once every party has signed,
 * version 2 (`signed_pdf_key`, `signed_sha256`) adds the signatures and the certificate. Status moves
 * only through conditional UPDATEs (`... WHERE status = ?`), so racing requests cannot skip a step.
 */
export const documents = sqliteTable(
  "documents",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    apartmentId: text("apartment_id")
      .notNull()
      .references(() => apartments.id, { onDelete: "cascade" }),
    leaseId: text("lease_id")
      .notNull()
      .references(() => leases.id, { onDelete: "cascade" }),
    templateName: text("template_name").notNull(),
    templateFields: text("template_fields", { mode: "json" }).$type<AgreementFields>().notNull(),
    status: text("status", { enum: documentStatuses }).notNull().default("draft"),
    /** Bumped on every render request: a late render of older fields cannot overwrite a newer one. */
    revision: integer("revision").notNull().default(0),
    pdfKey: text("pdf_key"),
    sha256: text("sha256"),
    pdfSize: integer("pdf_size"),
    signedPdfKey: text("signed_pdf_key"),
    signedSha256: text("signed_sha256"),
    failureReason: text("failure_reason"),
    renewedFromId: text("renewed_from_id"),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    sentAt: text("sent_at"),
    signedAt: text("signed_at"),
  },
  (t) => [
    index("documents_org_apartment_idx").on(t.orgId, t.apartmentId, t.createdAt),
    index("documents_lease_idx").on(t.leaseId, t.createdAt),
    index("documents_sha256_idx").on(t.sha256),
    index("documents_signed_sha256_idx").on(t.signedSha256),
  ],
);

/** Who signed which document hash, when and from where; one signature per signer and document. */
export const signatures = sqliteTable(
  "signatures",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    signerUserId: text("signer_user_id")
      .notNull()
      .references(() => users.id),
    signerName: text("signer_name").notNull(),
    /** Which side signed. The column is still named `role` until its rename migration. */
    side: text("side", { enum: SIDES }).notNull(),
    signedName: text("signed_name").notNull(),
    /** The drawn signature (PNG) in R2. */
    imageKey: text("image_key").notNull(),
    /** The SHA-256 of the unsigned PDF the signer saw. */
    documentSha256: text("document_sha256").notNull(),
    ip: text("ip").notNull(),
    userAgent: text("user_agent").notNull(),
    signedAt: text("signed_at").notNull(),
  },
  (t) => [
    uniqueIndex("signatures_document_signer_unique").on(t.documentId, t.signerUserId),
    index("signatures_org_document_idx").on(t.orgId, t.documentId),
  ],
);

export type DocumentRow = typeof documents.$inferSelect;
export type SignatureRow = typeof signatures.$inferSelect;
