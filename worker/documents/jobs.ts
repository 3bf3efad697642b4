import { and, eq, inArray, isNull } from "drizzle-orm";
import { users } from "../auth/schema";
import { apartmentZone } from "../portfolio/schema";
import { enqueueEmail } from "../email/contract";
import { sha256Hex } from "../lib/ids";
import type { Ports } from "../lib/ports";
import type { FontSource } from "../lib/pdf/coverage";
import { pdfBytes, UndrawableTextError, type DrawnPdf } from "../lib/pdf/text";
import { nowIso } from "../lib/time";
import type { DocumentPdfJob } from "./contract";
import { fieldsContaining } from "./fields";
import type { RenderInput, SignedInput, Signer } from "./render";
import { documents, signatures } from "./schema";
import { templateFor } from "./templates";

/**
 * What draws agreements: the render worker (workers/render `RenderService`, ./render.ts), over the RENDER
 * service binding; it reads the fonts through `fonts` (the caller's static assets). Plain data both ways.
 */
export type AgreementDrawer = {
  agreement(input: Omit<RenderInput, "fonts">, fonts: FontSource): Promise<DrawnPdf>;
  signedAgreement(input: Omit<SignedInput, "fonts">, fonts: FontSource): Promise<DrawnPdf>;
};
/** What the PDF jobs reach: D1, the R2 bucket, the fonts, the email queue and the app URL for links in emails. */
export type JobEnv = Pick<Ports, "db" | "docs" | "queues" | "appUrl" | "fonts">;

/** What changed, for the apartment room; null when the job had nothing left to do. */
export type DocumentChange = { documentId: string; apartmentId: string; status: string } | null;

const versionKey = (orgId: string, documentId: string, version: number) =>
  `orgs/${orgId}/documents/${documentId}/${version}.pdf`;

/**
 * Renders and stores the unsigned PDF. Idempotent: a message for an older revision, or for a document that
 * is no longer rendering, does nothing; the final UPDATE is conditional on the same revision. Text that no
 * font can draw fails the document at once (no retry would help), with the characters named in its reason.
 */
export async function renderAgreementJob(
  env: JobEnv,
  job: Extract<DocumentPdfJob, { kind: "agreement" }>,
  draw: AgreementDrawer,
): Promise<DocumentChange> {
  const [doc] = await env.db.select().from(documents).where(eq(documents.id, job.documentId));
  if (!doc || doc.status !== "rendering" || doc.revision !== job.revision) return null;
  const template = templateFor(doc.templateName, doc.templateFields);
  if (!template) throw new Error(`unknown template ${doc.templateName}`);
  let bytes: Uint8Array;
  try {
    bytes = pdfBytes(await draw.agreement({ documentId: doc.id, template, fields: doc.templateFields }, env.fonts));
  } catch (error) {
    if (!(error instanceof UndrawableTextError)) throw error;
    const where = fieldsContaining(doc.templateFields, error.characters);
    return markRenderFailed(env, job, `${error.message}${where.length ? ` Found in: ${where.join(", ")}.` : ""}`);
  }
  const key = versionKey(doc.orgId, doc.id, job.revision);
  const sha256 = await sha256Hex(bytes as Uint8Array<ArrayBuffer>);
  await env.docs.put(key, bytes, { httpMetadata: { contentType: "application/pdf" }, sha256 });
  const [done] = await env.db
    .update(documents)
    .set({ status: "ready", pdfKey: key, sha256, pdfSize: bytes.length, failureReason: null, updatedAt: nowIso() })
    .where(and(eq(documents.id, doc.id), eq(documents.status, "rendering"), eq(documents.revision, job.revision)))
    .returning({ apartmentId: documents.apartmentId });
  return done ? { documentId: doc.id, apartmentId: done.apartmentId, status: "ready" } : null;
}

/** Renders the final PDF once every party has signed, stores it as the next version, then mails every party. */
export async function renderSignedAgreementJob(
  env: JobEnv,
  job: Extract<DocumentPdfJob, { kind: "signed_agreement" }>,
  draw: AgreementDrawer,
): Promise<DocumentChange> {
  const [[doc], rows, [org]] = await env.db.batch([
    env.db.select().from(documents).where(eq(documents.id, job.documentId)),
    env.db.select().from(signatures).where(eq(signatures.documentId, job.documentId)).orderBy(signatures.signedAt),
    // Signing times print in the apartment's time zone (its property's, else the org's: portfolio/zone.ts).
    env.db
      .select({ timeZone: apartmentZone(documents.apartmentId) })
      .from(documents)
      .where(eq(documents.id, job.documentId)),
  ]);
  if (!doc || doc.status !== "signed" || doc.signedPdfKey || !doc.pdfKey || !doc.sha256) return null;
  const template = templateFor(doc.templateName, doc.templateFields);
  const unsigned = await env.docs.get(doc.pdfKey);
  if (!template || !unsigned) throw new Error(`cannot finalize document ${doc.id}: template or unsigned PDF missing`);
  const signers = await signersOf(env, rows);
  let bytes: Uint8Array;
  try {
    bytes = pdfBytes(
      await draw.signedAgreement(
        {
          documentId: doc.id,
          template,
          locale: template.locale,
          timeZone: org?.timeZone ?? "UTC",
          unsignedPdf: new Uint8Array(await unsigned.arrayBuffer()),
          unsignedSha256: doc.sha256,
          signers,
        },
        env.fonts,
      ),
    );
  } catch (error) {
    if (error instanceof UndrawableTextError) return markRenderFailed(env, job, error.message);
    throw error;
  }
  const key = versionKey(doc.orgId, doc.id, doc.revision + 1);
  const sha256 = await sha256Hex(bytes as Uint8Array<ArrayBuffer>);
  await env.docs.put(key, bytes, { httpMetadata: { contentType: "application/pdf" }, sha256 });
  const [done] = await env.db
    .update(documents)
    .set({ signedPdfKey: key, signedSha256: sha256, failureReason: null, updatedAt: nowIso() })
    .where(and(eq(documents.id, doc.id), isNull(documents.signedPdfKey)))
    .returning({ apartmentId: documents.apartmentId });
  if (!done) return null;
  // Only the run that stored the final PDF mails, so a redelivered message sends nothing twice.
  const parties = await env.db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.id,
        rows.map((r) => r.signerUserId),
      ),
    );
  for (const { email } of parties) {
    await enqueueEmail(env.queues.email, {
      template: "agreement_signed",
      to: email,
      orgId: doc.orgId,
      data: { address: doc.templateFields.property.address, link: `${env.appUrl}/documents/${doc.id}` },
    });
  }
  return { documentId: doc.id, apartmentId: done.apartmentId, status: "signed" };
}

/** The signers as the signed PDF prints them, each with their signature image from R2. */
async function signersOf(env: Pick<JobEnv, "docs">, rows: (typeof signatures.$inferSelect)[]): Promise<Signer[]> {
  const signers: Signer[] = [];
  for (const row of rows) {
    const image = await env.docs.get(row.imageKey);
    if (!image) throw new Error(`signature image ${row.imageKey} missing`);
    signers.push({
      name: row.signerName,
      signedName: row.signedName,
      side: row.side,
      signedAt: row.signedAt,
      ip: row.ip,
      userAgent: row.userAgent,
      signaturePng: new Uint8Array(await image.arrayBuffer()),
    });
  }
  return signers;
}

/** After the last retry (dead-letter queue): the document shows `failed` and offers a retry. */
export async function markRenderFailed(env: JobEnv, job: DocumentPdfJob, reason: string): Promise<DocumentChange> {
  const now = nowIso();
  const [done] =
    job.kind === "agreement"
      ? await env.db
          .update(documents)
          .set({ status: "failed", failureReason: reason.slice(0, 500), updatedAt: now })
          .where(
            and(
              eq(documents.id, job.documentId),
              eq(documents.status, "rendering"),
              eq(documents.revision, job.revision),
            ),
          )
          .returning({ apartmentId: documents.apartmentId })
      : await env.db
          .update(documents)
          .set({ failureReason: reason.slice(0, 500), updatedAt: now })
          .where(and(eq(documents.id, job.documentId), isNull(documents.signedPdfKey)))
          .returning({ apartmentId: documents.apartmentId });
  return done
    ? {
        documentId: job.documentId,
        apartmentId: done.apartmentId,
        status: job.kind === "agreement" ? "failed" : "signed",
      }
    : null;
}
