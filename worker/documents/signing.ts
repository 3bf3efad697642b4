import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { auditEntry } from "../lib/audit";
import { users } from "../auth/schema";
import { countBelow, insertIf, updateIf } from "../db/conditional";
import { isUniqueViolation } from "../db/errors";
import { enqueueEmail } from "../email/contract";
import { leaseRenters } from "../leases/schema";
import { detectFileType } from "../lib/file-types";
import { Conflict, Invalid } from "../lib/errors";
import { prepareImage, type ImageCodec } from "../lib/images";
import { newId } from "../lib/ids";
import { undrawableCharacters } from "../lib/pdf/coverage";
import { describeCharacters } from "../lib/pdf/text";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { documentFor, queuePdf, type Acting } from "./agreements";
import { MAX_SIGNATURE_BYTES, MAX_SIGNATURE_PIXELS, type SignInput, type Verification } from "./contract";
import { missingFields } from "./fields";
import { AGREEMENT_LAW_PATHS, agreementLawTerms, isFurnishedTemplate } from "./law";
import { assertFrenchLeaseLaw } from "../lib/lease-law-problem";
import { assertAnnexes } from "./annexes";
import { assertStoredAgreesWithLease } from "./lease-terms";
import { documents, signatures, type DocumentRow, type SignatureRow } from "./schema";
import { signaturesOf } from "./queries";
import { requireTransition, signingActionOf, signingConflict } from "./state";
import { titleOf } from "./view";

/**
 * Sending for signature and signing. Renters sign first, each once; the landlord side countersigns last,
 * which makes the agreement signed and queues the final PDF. Every write is guarded by the lifecycle
 * (./state.ts) in the same statement, and the unique key on (document, signer) turns a racing duplicate
 * signature into a 409, so 20 racing submissions record one signature.
 */

/**
 * Sends a rendered, complete agreement for signature (409 `not_ready` unless it is ready, 400 `incomplete`
 * with the missing fields; for a dwelling in France, 422 with the first broken rule of loi n° 89-462 as the
 * code and every one in `errors`, paths `templateFields.…`; 422 `agreement_contradicts_lease` when its
 * terms no longer match its lease; 422 `annexes_missing` naming the mandatory annexes not ticked), audits it, and emails each renter a link to sign.
 */
export async function sendForSignature(
  ports: Pick<Ports, "db" | "queues" | "appUrl" | "requestId">,
  on: Acting,
): Promise<DocumentRow> {
  const { l, actor, doc } = on;
  requireTransition("send", actor, doc);
  const missing = missingFields(doc.templateFields);
  if (missing.length)
    throw new Invalid(
      `Complete the agreement first: ${missing.map((m) => m.message).join("; ")}`,
      missing.map((m) => ({ path: `templateFields.${m.path}`, message: m.message })),
      "incomplete",
    );
  assertStoredAgreesWithLease(doc.templateFields, on.lease);
  assertAnnexes(on.country, doc.templateFields, isFurnishedTemplate(doc.templateName));
  const terms = agreementLawTerms(doc.templateFields, isFurnishedTemplate(doc.templateName));
  assertFrenchLeaseLaw(on.country, terms, (field) => `templateFields.${AGREEMENT_LAW_PATHS[field]}`);
  const now = nowIso();
  const db = ports.db;
  const renterIds = doc.templateFields.renters.map((r) => r.userId);
  const [[sent], , recipients] = await db.batch([
    updateIf(db, documents, { status: "out_for_signature", sentAt: now, updatedAt: now }, documentFor(l, doc, "send")),
    auditEntry(db, {
      action: "document.send",
      actorUserId: actor.userId,
      orgId: doc.orgId,
      targetType: "document",
      targetId: doc.id,
      requestId: ports.requestId,
    }),
    // Only the agreement's renters who are joined renters of its lease are emailed (never a stranger's id).
    l
      .selectFields(
        { email: users.email },
        leaseRenters,
        and(inArray(leaseRenters.userId, renterIds), isNotNull(leaseRenters.joinedAt)),
      )
      .innerJoin(users, eq(users.id, leaseRenters.userId)),
  ]);
  if (!sent) throw new Conflict("This agreement was already sent", "not_ready");
  const link = `${ports.appUrl}/documents/${doc.id}`;
  for (const { email } of recipients) {
    await enqueueEmail(ports.queues.email, {
      template: "agreement_ready_to_sign",
      to: email,
      orgId: doc.orgId,
      data: { landlordName: doc.templateFields.landlord.name, address: doc.templateFields.property.address, link },
    });
  }
  return sent;
}

/** Who signs from where: the caller's IP and user agent, recorded with the signature. */
export type SignContext = { ip: string; userAgent: string };

/**
 * The drawn signature's PNG bytes, as they will be embedded in the final PDF: decoded here, within the
 * signature pixel budget, and re-encoded by the one image path (lib/images `prepareImage`), so nothing the
 * PDF job would choke on is accepted. 400 `invalid_signature` (not a PNG data URL, too many bytes),
 * 413 `image_too_large`, 422 `unreadable_image`.
 */
async function decodeSignatureImage(images: ImageCodec, dataUrl: string): Promise<Uint8Array> {
  const match = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  const invalid = (message: string) => new Invalid(message, [{ path: "signatureImage", message }], "invalid_signature");
  if (!match) throw invalid("The signature must be a PNG data URL");
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = Uint8Array.from(atob(match[1]!), (ch) => ch.charCodeAt(0));
  } catch {
    throw invalid("The signature image is not valid base64");
  }
  if (bytes.length > MAX_SIGNATURE_BYTES)
    throw invalid(`The signature image is larger than ${MAX_SIGNATURE_BYTES / 1024} KB`);
  const type = detectFileType(bytes);
  if (type?.name !== "png") throw invalid("The signature image is not a PNG");
  return (await prepareImage(images, bytes, type, { field: "signatureImage", maxPixels: MAX_SIGNATURE_PIXELS })).bytes;
}

/**
 * The signature row and the statements that record it in one atomic batch: the INSERT lands only while
 * the agreement is out for signature (and, to countersign, once every renter has signed); the
 * countersignature's UPDATE to `signed` lands only if that very INSERT did.
 */
function signatureStatements(ports: Pick<Ports, "db">, on: Acting, row: SignatureRow) {
  const { l, doc } = on;
  const db = ports.db;
  const outForSignature = documentFor(l, doc, row.side === "renter" ? "sign" : "countersign");
  const rentersDone = sql`not (${countBelow(
    signatures,
    and(eq(signatures.documentId, doc.id), eq(signatures.side, "renter"))!,
    doc.templateFields.renters.length,
  )})`;
  const guard = and(
    sql`exists (select 1 from ${documents} where ${outForSignature})`,
    row.side === "landlord" ? rentersDone : undefined,
  )!;
  const insert = insertIf(db, signatures, row, guard).returning({ id: signatures.id });
  if (row.side === "renter") return [insert] as const;
  const signed = updateIf(
    db,
    documents,
    { status: "signed", signedAt: row.signedAt, updatedAt: row.signedAt },
    and(outForSignature, sql`exists (select 1 from ${signatures} s where s.id = ${row.id})`)!,
  );
  return [insert, signed] as const;
}

/**
 * Records the actor's signature (`input.signatureImage` is a PNG data URL, stored in R2). 409 when the
 * agreement is not out for signature (`not_out_for_signature`), was already signed by them
 * (`already_signed`, also for a racing duplicate), before every renter signed (`renters_first`) or when it
 * changed meanwhile (`stale`); 403 for anyone but its renters and the landlord side allowed to countersign;
 * 400 `invalid_signature`; 400 `unprintable_text` when the typed name has characters no PDF font draws
 * (named in the message). The countersignature makes it signed and queues the final PDF.
 */
export async function sign(
  ports: Pick<Ports, "db" | "docs" | "queues" | "fonts" | "images">,
  on: Acting & { signatures: SignatureRow[] },
  input: SignInput,
  ctx: SignContext,
): Promise<{ id: string; side: SignatureRow["side"]; signedAt: string }> {
  const { actor, doc } = on;
  const action = signingActionOf(actor);
  requireTransition(action, actor, doc);
  const blocked = signingConflict(actor, doc, on.signatures);
  if (blocked) throw blocked;
  const image = await decodeSignatureImage(ports.images, input.signatureImage);
  // The typed name is printed on the signature page and certificate, and nobody can edit it afterwards.
  const unprintable = await undrawableCharacters(ports.fonts, [input.signedName]);
  if (unprintable.length) {
    const message = `These characters cannot be printed: ${describeCharacters(unprintable)}. Type your name without them.`;
    throw new Invalid(message, [{ path: "signedName", message }], "unprintable_text");
  }
  const id = newId();
  const imageKey = `orgs/${doc.orgId}/documents/${doc.id}/signatures/${id}.png`;
  await ports.docs.put(imageKey, image, { httpMetadata: { contentType: "image/png" } });
  const side = action === "sign" ? "renter" : "landlord";
  const row: SignatureRow = {
    id,
    orgId: doc.orgId,
    documentId: doc.id,
    signerUserId: actor.userId,
    signerName:
      side === "renter"
        ? (doc.templateFields.renters.find((r) => r.userId === actor.userId)?.name ?? actor.userName)
        : actor.userName,
    side,
    signedName: input.signedName,
    imageKey,
    documentSha256: doc.sha256 ?? "",
    ip: ctx.ip.slice(0, 64),
    userAgent: ctx.userAgent.slice(0, 400),
    signedAt: nowIso(),
  };
  let inserted: unknown[];
  try {
    [inserted] = await ports.db.batch(signatureStatements(ports, on, row));
  } catch (error) {
    await ports.docs.delete(imageKey);
    if (isUniqueViolation(error, "signatures.signer_user_id"))
      throw new Conflict("This signature is already recorded", "already_signed");
    throw error;
  }
  if (inserted.length === 0) {
    await ports.docs.delete(imageKey);
    throw new Conflict("The agreement changed meanwhile; reload it", "stale");
  }
  if (side === "landlord") await queuePdf(ports, { kind: "signed_agreement", documentId: doc.id });
  return { id, side, signedAt: row.signedAt };
}

// ---------------------------------------------------------------- verification

/**
 * Looks a PDF up by its SHA-256 (lower-case hex) across every org: only a fully signed final PDF verifies.
 * Public: it names the agreement, its address and its signers, nothing else.
 */
export async function verifyHash(ports: Pick<Ports, "db">, sha256: string): Promise<Verification> {
  const db = ports.db;
  const [[signed], [unsigned]] = await db.batch([
    db.select().from(documents).where(eq(documents.signedSha256, sha256)).limit(1),
    db.select({ id: documents.id }).from(documents).where(eq(documents.sha256, sha256)).limit(1),
  ]);
  if (!signed) return { valid: false, sha256, reason: unsigned ? "not_signed" : "unknown" };
  const rows = await signaturesOf(db, signed.id);
  return {
    valid: true,
    sha256,
    document: {
      id: signed.id,
      title: titleOf(signed.templateName),
      signedAt: signed.signedAt,
      address: signed.templateFields.property.address,
    },
    signers: rows.map((r) => ({ name: r.signerName, side: r.side, signedName: r.signedName, signedAt: r.signedAt })),
  };
}
