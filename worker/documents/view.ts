import { permissionsOf } from "../auth/policy";
import { signFileUrl } from "../lib/signed-urls";
import type { DocumentSummary, DocumentView, Signer } from "./contract";
import { missingFields } from "./fields";
import type { Attachment } from "./queries";
import type { DocumentRow, SignatureRow } from "./schema";
import { viewerRights, type DocumentActor } from "./state";
import { templateByName, templateFor } from "./templates";

/**
 * What the API shows of an agreement (`Document` in the contract): the row, its signers in signing order,
 * signed expiring links to its PDFs and attachments, and what the viewer may do with it.
 */

/** Who must sign, in order, and who has: every renter of the agreement, then the landlord side. */
function signersOf(doc: DocumentRow, rows: SignatureRow[]): Signer[] {
  const renters = doc.templateFields.renters.map((r): Signer => {
    const signature = rows.find((s) => s.side === "renter" && s.signerUserId === r.userId);
    return {
      userId: r.userId,
      name: r.name,
      side: "renter",
      signedAt: signature?.signedAt ?? null,
      signedName: signature?.signedName ?? null,
    };
  });
  const landlord = rows.find((s) => s.side === "landlord");
  return [
    ...renters,
    {
      userId: landlord?.signerUserId ?? null,
      name: landlord?.signerName ?? doc.templateFields.landlord.name,
      side: "landlord",
      signedAt: landlord?.signedAt ?? null,
      signedName: landlord?.signedName ?? null,
    },
  ];
}

/** The title of a template by name; the name itself for a template that no longer exists. */
export const titleOf = (templateName: string) => templateByName(templateName)?.title ?? templateName;

/** A list entry: the agreement's ids, title, status and dates (ISO-8601 UTC). */
export function summaryOf(d: Omit<DocumentSummary, "title"> & { templateName: string }): DocumentSummary {
  return {
    id: d.id,
    apartmentId: d.apartmentId,
    leaseId: d.leaseId,
    title: titleOf(d.templateName),
    status: d.status,
    createdAt: d.createdAt,
    signedAt: d.signedAt,
  };
}

/**
 * What `toView` needs besides the agreement: who looks, the key that signs `/files` links, and the
 * dwelling's country when it was read with the agreement.
 */
export type ViewContext = { actor: DocumentActor; filesSigningKey: string; country?: string | null };

/** A `/files` link to one of the agreement's files, valid one day, re-checked against the lease on use. */
function fileLink(key: string, doc: DocumentRow, file: { key: string; name: string; type: string }) {
  return signFileUrl(key, {
    ...file,
    disposition: "inline",
    grant: { kind: "lease", leaseId: doc.leaseId },
  });
}

/**
 * The agreement as the API shows it to `ctx.actor`. `attachments` are already limited (in SQL) to the
 * agreement's renters; pass none when they were not read.
 */
export async function toView(
  ctx: ViewContext,
  doc: DocumentRow,
  signatureRows: SignatureRow[],
  attachments: Attachment[] = [],
): Promise<DocumentView> {
  // Titled for its kind of lease ("Bail mobilité"), as its PDF is.
  const template = templateFor(doc.templateName, doc.templateFields);
  const title = template?.title ?? doc.templateName;
  const pdf = (key: string | null, suffix: string) =>
    key ? fileLink(ctx.filesSigningKey, doc, { key, name: `${title}${suffix}.pdf`, type: "application/pdf" }) : null;
  const [signed, unsigned] = await Promise.all([pdf(doc.signedPdfKey, " (signed)"), pdf(doc.pdfKey, "")]);
  const { orgId: _o, revision: _r, pdfKey: _p, pdfSize: _s, signedPdfKey: _k, createdBy: _c, ...shown } = doc;
  return {
    ...shown,
    title,
    locale: template?.locale ?? "en",
    pdfUrl: signed ?? unsigned,
    unsignedPdfUrl: unsigned,
    signers: signersOf(doc, signatureRows),
    attachments: await Promise.all(
      attachments.map(async (a) => ({
        userId: a.userId,
        kind: a.kind,
        name: a.name,
        url: await fileLink(ctx.filesSigningKey, doc, { key: a.key, name: a.name, type: a.contentType }),
      })),
    ),
    missing: missingFields(doc.templateFields),
    country: ctx.country ?? null,
    viewer: {
      userId: ctx.actor.userId,
      side: ctx.actor.side,
      permissions: permissionsOf(ctx.actor),
      ...viewerRights(ctx.actor, doc, signatureRows),
    },
  };
}
