import { and, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { auditEntry } from "../admin/audit";
import type { ApartmentScope } from "../auth/access";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { enqueueEmail } from "../email/outbox";
import { dossierDocuments, renterProfiles } from "../dossier/schema";
import { leaseRenters, leases } from "../leases/schema";
import { detectFileType } from "../lib/file-types";
import { newId, sha256Hex } from "../lib/ids";
import { Conflict, Forbidden, Invalid, NotFound } from "../lib/errors";
import { nowIso } from "../lib/time";
import { orgs } from "../orgs/schema";
import { apartments, properties } from "../portfolio/schema";
import { agreementFields, missingFields, type AgreementFields, type AgreementFieldsInput } from "./fields";
import type { PdfJob } from "./jobs";
import { documents, signatures, type DocumentStatus } from "./schema";
import { templateByName, TEMPLATES, type Template } from "./templates";

/**
 * Rental agreements: draft → rendering → ready → out_for_signature → signed (and failed ⇄ rendering).
 * Every status change is one conditional UPDATE on the expected status, so racing requests cannot skip or
 * repeat a step; signatures are unique per signer; a signed agreement is never changed again.
 */
export type DocumentRow = typeof documents.$inferSelect;
export type SignatureRow = typeof signatures.$inferSelect;
export type Services = {
  db: Db;
  docs: R2Bucket;
  pdfQueue: Queue;
  emailQueue: Queue;
  appUrl: string;
  requestId?: string;
};

/** Statuses in which the agreement can still be edited: nothing has been sent for signature yet. */
const EDITABLE: DocumentStatus[] = ["draft", "ready", "failed"];
export const MAX_SIGNATURE_BYTES = 300 * 1024;

export const pdfKeyOf = (doc: Pick<DocumentRow, "orgId" | "id">, version: number) =>
  `orgs/${doc.orgId}/documents/${doc.id}/${version}.pdf`;

export function listTemplates() {
  return TEMPLATES;
}

function requireTemplate(name: string): Template {
  const template = templateByName(name);
  if (!template)
    throw new Invalid(`Unknown template "${name}"`, [
      { path: "templateName", message: `one of ${TEMPLATES.map((t) => t.name).join(", ")}` },
    ]);
  return template;
}

function parseFields(input: unknown): AgreementFields {
  const parsed = agreementFields.safeParse(input);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ path: `templateFields.${i.path.join(".")}`, message: i.message }));
    throw new Invalid(`${errors[0]!.path}: ${errors[0]!.message}`, errors);
  }
  return parsed.data;
}

/** Deep merge of plain objects; arrays and values from `patch` replace those in `base`. */
function merge(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return base;
  if (
    base &&
    patch &&
    typeof base === "object" &&
    typeof patch === "object" &&
    !Array.isArray(base) &&
    !Array.isArray(patch)
  ) {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [k, v] of Object.entries(patch)) out[k] = merge(out[k], v);
    return out;
  }
  return patch;
}

/** What the org, property, apartment, lease and renter profiles already know. One round trip. */
async function prefill(db: Db, scope: ApartmentScope, leaseId: string): Promise<AgreementFieldsInput> {
  const [[place], renters, [me]] = await db.batch([
    db
      .select({
        orgName: orgs.name,
        orgPhone: orgs.phone,
        // D1 collapses duplicate column names in raw rows: alias the two `address` columns.
        orgAddress: sql<string | null>`${orgs.address}`.as("org_address"),
        street: sql<string>`${properties.address}`.as("street"),
        city: properties.city,
        postalCode: properties.postalCode,
        unit: apartments.unitNumber,
        rooms: apartments.roomsCount,
        startDate: leases.startDate,
        endDate: leases.endDate,
        rent: leases.rentAmount,
        currency: leases.currency,
        dueDay: leases.dueDay,
        deposit: leases.depositAmount,
      })
      .from(leases)
      .innerJoin(apartments, eq(apartments.id, leases.apartmentId))
      .innerJoin(properties, eq(properties.id, apartments.propertyId))
      .innerJoin(orgs, eq(orgs.id, leases.orgId))
      .where(and(eq(leases.orgId, scope.orgId), eq(leases.id, leaseId))),
    db
      .select({
        userId: users.id,
        email: users.email,
        accountName: users.name,
        firstName: renterProfiles.firstName,
        lastName: renterProfiles.lastName,
        phone: renterProfiles.phone,
        address: renterProfiles.address,
      })
      .from(leaseRenters)
      .innerJoin(users, eq(users.id, leaseRenters.userId))
      .leftJoin(renterProfiles, eq(renterProfiles.userId, users.id))
      .where(
        and(eq(leaseRenters.orgId, scope.orgId), eq(leaseRenters.leaseId, leaseId), isNotNull(leaseRenters.joinedAt)),
      )
      .orderBy(leaseRenters.invitedAt),
    db.select({ email: users.email }).from(users).where(eq(users.id, scope.userId)),
  ]);
  if (!place) throw new NotFound("Lease");
  if (renters.length === 0)
    throw new Conflict("No renter has joined this lease yet: an agreement needs its renters", "no_renters");
  const months = place.endDate ? Math.max(1, monthsBetween(place.startDate, place.endDate)) : 12;
  return {
    date: new Date().toISOString().slice(0, 10),
    landlord: {
      name: place.orgName,
      phone: place.orgPhone ?? "",
      email: me?.email ?? "",
      address: place.orgAddress ?? "",
    },
    renters: renters.map((r) => ({
      userId: r.userId,
      name: r.firstName ? `${r.firstName} ${r.lastName}` : r.accountName,
      email: r.email,
      phone: r.phone ?? "",
      address: r.address ?? "",
    })),
    property: {
      address: `${place.street}, ${place.postalCode} ${place.city}`,
      unit: place.unit,
      roomsCount: place.rooms,
    },
    lease: { periodMonths: months, startDate: place.startDate, endDate: place.endDate ?? "" },
    rent: {
      currency: place.currency,
      amount: place.rent,
      paymentDay: Math.min(place.dueDay, 28),
      standingOrderStart: place.startDate,
    },
    deposit: { required: Boolean(place.deposit), amount: place.deposit ?? 0 },
  };
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

export async function createDocument(
  db: Db,
  scope: ApartmentScope,
  leaseId: string,
  input: { templateName: string; templateFields?: unknown },
) {
  requireTemplate(input.templateName);
  const fields = parseFields(merge(await prefill(db, scope, leaseId), input.templateFields));
  const now = nowIso();
  const row: DocumentRow = {
    id: newId(),
    orgId: scope.orgId,
    apartmentId: scope.apartmentId,
    leaseId,
    templateName: input.templateName,
    templateFields: fields,
    status: "draft",
    revision: 0,
    pdfKey: null,
    sha256: null,
    pdfSize: null,
    signedPdfKey: null,
    signedSha256: null,
    failureReason: null,
    renewedFromId: null,
    createdBy: scope.userId,
    createdAt: now,
    updatedAt: now,
    sentAt: null,
    signedAt: null,
  };
  await db.insert(documents).values(row);
  return row;
}

// ---------------------------------------------------------------- reads

/** Kinds of a renter's dossier documents attached to their agreements: proof of identity and of income. */
export const ATTACHED_KINDS = ["id_card", "proof_of_income"] as const;

export function documentQueries(db: Db, documentId: string) {
  return [
    db.select().from(documents).where(eq(documents.id, documentId)),
    db.select().from(signatures).where(eq(signatures.documentId, documentId)).orderBy(signatures.signedAt),
    // The renters' ID and income documents, from their dossiers (the lease's renters only).
    db
      .select({
        id: dossierDocuments.id,
        userId: dossierDocuments.userId,
        kind: dossierDocuments.kind,
        name: dossierDocuments.name,
        contentType: dossierDocuments.contentType,
        key: dossierDocuments.r2Key,
      })
      .from(dossierDocuments)
      .where(
        and(
          isNull(dossierDocuments.guarantorId),
          inArray(dossierDocuments.kind, [...ATTACHED_KINDS]),
          sql`${dossierDocuments.userId} in (select lr.user_id from lease_renters lr where lr.joined_at is not null and lr.lease_id = (select d.lease_id from documents d where d.id = ${documentId}))`,
        ),
      )
      .orderBy(dossierDocuments.createdAt),
  ] as const;
}

export function documentsOfApartmentQuery(db: Db, orgId: string | SQL<string>, apartmentId: string) {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.orgId, orgId), eq(documents.apartmentId, apartmentId)))
    .orderBy(desc(documents.createdAt))
    .limit(100);
}

/** A renter's agreements across every org: those of the leases they joined. */
export function documentsOfRenterQuery(db: Db, userId: string) {
  return db
    .select({
      id: documents.id,
      apartmentId: documents.apartmentId,
      leaseId: documents.leaseId,
      templateName: documents.templateName,
      status: documents.status,
      createdAt: documents.createdAt,
      signedAt: documents.signedAt,
      address: sql<string>`${properties.address} || ', ' || ${properties.city}`.as("address"),
      unit: apartments.unitNumber,
      orgName: sql<string>`${orgs.name}`.as("org_name"),
    })
    .from(documents)
    .innerJoin(
      leaseRenters,
      and(
        eq(leaseRenters.leaseId, documents.leaseId),
        eq(leaseRenters.userId, userId),
        isNotNull(leaseRenters.joinedAt),
      ),
    )
    .innerJoin(apartments, eq(apartments.id, documents.apartmentId))
    .innerJoin(properties, eq(properties.id, apartments.propertyId))
    .innerJoin(orgs, eq(orgs.id, documents.orgId))
    .orderBy(desc(documents.createdAt))
    .limit(200);
}

/** Who must sign, in order, and who has: every renter of the agreement, then the landlord side. */
export function signersOf(doc: DocumentRow, rows: SignatureRow[]) {
  const renters = doc.templateFields.renters.map((r) => {
    const signature = rows.find((s) => s.role === "renter" && s.signerUserId === r.userId);
    return {
      userId: r.userId,
      name: r.name,
      role: "renter" as const,
      signedAt: signature?.signedAt ?? null,
      signedName: signature?.signedName ?? null,
    };
  });
  const landlord = rows.find((s) => s.role === "landlord");
  return [
    ...renters,
    {
      userId: landlord?.signerUserId ?? null,
      name: landlord?.signerName ?? doc.templateFields.landlord.name,
      role: "landlord" as const,
      signedAt: landlord?.signedAt ?? null,
      signedName: landlord?.signedName ?? null,
    },
  ];
}

// ---------------------------------------------------------------- editing

function assertEditable(doc: DocumentRow) {
  if (!EDITABLE.includes(doc.status)) {
    throw new Conflict(
      `This agreement is ${doc.status.replaceAll("_", " ")} and can no longer be edited${doc.status === "signed" ? ": duplicate it for a renewal" : ""}`,
      "not_editable",
    );
  }
}

/** Saves edited fields; a rendered PDF no longer matches them, so the agreement is a draft again. */
export async function updateFields(db: Db, doc: DocumentRow, patch: unknown) {
  assertEditable(doc);
  const fields = parseFields(merge(doc.templateFields, patch));
  // Renters are the lease's people: the landlord edits their details but cannot swap accounts.
  const known = new Set(doc.templateFields.renters.map((r) => r.userId));
  if (fields.renters.some((r) => !known.has(r.userId)))
    throw new Invalid("Renters can be edited but not replaced", [
      { path: "templateFields.renters", message: "unknown renter" },
    ]);
  return saveFields(db, doc, fields);
}

/** A renter completes their own entry, and nothing else. */
export async function updateOwnDetails(
  db: Db,
  doc: DocumentRow,
  userId: string,
  details: { name: string; idNumber: string; phone: string; address: string },
) {
  assertEditable(doc);
  if (!doc.templateFields.renters.some((r) => r.userId === userId))
    throw new Forbidden("You are not a party to this agreement");
  const fields = {
    ...doc.templateFields,
    renters: doc.templateFields.renters.map((r) => (r.userId === userId ? { ...r, ...details } : r)),
  };
  return saveFields(db, doc, fields);
}

async function saveFields(db: Db, doc: DocumentRow, fields: AgreementFields) {
  const [saved] = await db
    .update(documents)
    .set({
      templateFields: fields,
      status: "draft",
      pdfKey: null,
      sha256: null,
      pdfSize: null,
      failureReason: null,
      updatedAt: nowIso(),
    })
    .where(and(eq(documents.id, doc.id), eq(documents.orgId, doc.orgId), inArray(documents.status, EDITABLE)))
    .returning();
  if (!saved) throw new Conflict("The agreement changed meanwhile; reload it", "stale");
  return saved;
}

// ---------------------------------------------------------------- rendering

/** Queues a render. Repeating the request while one runs is harmless; a signed agreement re-renders only its final PDF. */
export async function requestRender(s: Services, doc: DocumentRow): Promise<DocumentRow> {
  if (doc.status === "rendering") return doc;
  if (doc.status === "signed") {
    if (doc.signedPdfKey) throw new Conflict("This agreement is signed and its final PDF exists", "already_rendered");
    await s.pdfQueue.send({ kind: "signed_agreement", documentId: doc.id } satisfies PdfJob, { contentType: "json" });
    return doc;
  }
  assertEditable(doc);
  const [queued] = await s.db
    .update(documents)
    .set({ status: "rendering", revision: sql`${documents.revision} + 1`, failureReason: null, updatedAt: nowIso() })
    .where(and(eq(documents.id, doc.id), eq(documents.orgId, doc.orgId), inArray(documents.status, EDITABLE)))
    .returning();
  if (!queued) throw new Conflict("The agreement changed meanwhile; reload it", "stale");
  await s.pdfQueue.send({ kind: "agreement", documentId: doc.id, revision: queued.revision } satisfies PdfJob, {
    contentType: "json",
  });
  return queued;
}

// ---------------------------------------------------------------- signing

export async function sendForSignature(s: Services, doc: DocumentRow, scope: ApartmentScope) {
  if (doc.status !== "ready")
    throw new Conflict(
      doc.status === "out_for_signature" || doc.status === "signed"
        ? "This agreement was already sent"
        : "Generate the PDF before sending it for signature",
      "not_ready",
    );
  const missing = missingFields(doc.templateFields);
  if (missing.length)
    throw new Invalid(
      `Complete the agreement first: ${missing.map((m) => m.message).join("; ")}`,
      missing.map((m) => ({ path: `templateFields.${m.path}`, message: m.message })),
      "incomplete",
    );
  const now = nowIso();
  const [sent] = await s.db.batch([
    s.db
      .update(documents)
      .set({ status: "out_for_signature", sentAt: now, updatedAt: now })
      .where(and(eq(documents.id, doc.id), eq(documents.status, "ready")))
      .returning(),
    auditEntry(s.db, {
      action: "document.send",
      actorUserId: scope.userId,
      orgId: doc.orgId,
      targetType: "document",
      targetId: doc.id,
      requestId: s.requestId,
    }),
  ]);
  if (!sent[0]) throw new Conflict("This agreement was already sent", "not_ready");
  const recipients = await s.db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.id,
        doc.templateFields.renters.map((r) => r.userId),
      ),
    );
  const address = doc.templateFields.property.address;
  for (const { email } of recipients) {
    await enqueueEmail(s.emailQueue, {
      template: "agreement_ready_to_sign",
      to: email,
      data: { landlordName: doc.templateFields.landlord.name, address, link: `${s.appUrl}/documents/${doc.id}` },
    });
  }
  return sent[0];
}

export type SignatureInput = { signedName: string; signatureImage: string; consent: true };
export type SignContext = { ip: string; userAgent: string };

function decodeSignatureImage(dataUrl: string): Uint8Array<ArrayBuffer> {
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
  if (detectFileType(bytes)?.name !== "png") throw invalid("The signature image is not a PNG");
  return bytes;
}

/**
 * Records one signature. Renters sign first, each once; the landlord side countersigns last, which makes
 * the agreement signed and queues the final PDF. The insert is conditional on the document still being out
 * for signature (and, for the countersignature, on every renter having signed), and the unique index on
 * (document, signer) turns a racing duplicate into a 409.
 */
export async function sign(
  s: Services,
  doc: DocumentRow,
  existing: SignatureRow[],
  scope: ApartmentScope,
  input: SignatureInput,
  ctx: SignContext,
) {
  if (doc.status !== "out_for_signature") {
    throw new Conflict(
      doc.status === "signed"
        ? "This agreement is already fully signed"
        : "This agreement has not been sent for signature",
      "not_out_for_signature",
    );
  }
  const role = scope.side === "renter" ? "renter" : "landlord";
  const renterIds = doc.templateFields.renters.map((r) => r.userId);
  if (role === "renter" && !renterIds.includes(scope.userId))
    throw new Forbidden("You are not a party to this agreement");
  if (role === "landlord" && !(scope.role === "owner" || scope.role === "manager"))
    throw new Forbidden("Only an owner or a manager can countersign");
  if (
    existing.some((x) => x.signerUserId === scope.userId) ||
    (role === "landlord" && existing.some((x) => x.role === "landlord"))
  ) {
    throw new Conflict("This signature is already recorded", "already_signed");
  }
  const renterSignatures = existing.filter((x) => x.role === "renter").length;
  if (role === "landlord" && renterSignatures < renterIds.length) {
    throw new Conflict(
      `Every renter must sign before the landlord countersigns (${renterSignatures} of ${renterIds.length} have)`,
      "renters_first",
    );
  }
  const image = decodeSignatureImage(input.signatureImage);
  const id = newId();
  const imageKey = `orgs/${doc.orgId}/documents/${doc.id}/signatures/${id}.png`;
  await s.docs.put(imageKey, image, { httpMetadata: { contentType: "image/png" } });
  const now = nowIso();
  const name =
    role === "renter"
      ? (doc.templateFields.renters.find((r) => r.userId === scope.userId)?.name ?? scope.userName)
      : scope.userName;
  const d1 = s.db.$client;
  const guard =
    role === "landlord"
      ? `exists (select 1 from documents where id = ?2 and status = 'out_for_signature') and (select count(*) from signatures where document_id = ?2 and role = 'renter') = ${renterIds.length}`
      : `exists (select 1 from documents where id = ?2 and status = 'out_for_signature')`;
  const statements = [
    d1
      .prepare(
        `insert into signatures (id, org_id, document_id, signer_user_id, signer_name, role, signed_name, image_key, document_sha256, ip, user_agent, signed_at)
         select ?1, ?3, ?2, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12 where ${guard}`,
      )
      .bind(
        id,
        doc.id,
        doc.orgId,
        scope.userId,
        name,
        role,
        input.signedName,
        imageKey,
        doc.sha256 ?? "",
        ctx.ip.slice(0, 64),
        ctx.userAgent.slice(0, 400),
        now,
      ),
  ];
  if (role === "landlord") {
    statements.push(
      d1
        .prepare(
          `update documents set status = 'signed', signed_at = ?2, updated_at = ?2 where id = ?1 and status = 'out_for_signature' and exists (select 1 from signatures where document_id = ?1 and role = 'landlord')`,
        )
        .bind(doc.id, now),
    );
  }
  let inserted: number;
  try {
    const [result] = await d1.batch(statements);
    inserted = result?.meta.changes ?? 0;
  } catch (error) {
    await s.docs.delete(imageKey);
    if (String(error).includes("UNIQUE")) throw new Conflict("This signature is already recorded", "already_signed");
    throw error;
  }
  if (!inserted) {
    await s.docs.delete(imageKey);
    throw new Conflict("The agreement changed meanwhile; reload it", "stale");
  }
  if (role === "landlord")
    await s.pdfQueue.send({ kind: "signed_agreement", documentId: doc.id } satisfies PdfJob, { contentType: "json" });
  return { id, role, signedAt: now };
}

/** A new draft from an agreement (typically a signed one, for a renewal): same terms, no dates, no signatures. */
export async function duplicateForRenewal(db: Db, doc: DocumentRow, scope: ApartmentScope) {
  const f = doc.templateFields;
  const fields: AgreementFields = {
    ...f,
    date: "",
    lease: { ...f.lease, startDate: "", endDate: "" },
    rent: { ...f.rent, standingOrderStart: "" },
  };
  const now = nowIso();
  const row: DocumentRow = {
    ...doc,
    id: newId(),
    templateFields: fields,
    status: "draft",
    revision: 0,
    pdfKey: null,
    sha256: null,
    pdfSize: null,
    signedPdfKey: null,
    signedSha256: null,
    failureReason: null,
    renewedFromId: doc.id,
    createdBy: scope.userId,
    createdAt: now,
    updatedAt: now,
    sentAt: null,
    signedAt: null,
  };
  await db.insert(documents).values(row);
  return row;
}

// ---------------------------------------------------------------- verification

/** Looks a PDF up by its SHA-256 across every org: only a fully signed final PDF verifies. */
export async function verifyHash(db: Db, sha256: string) {
  const [[signed], [unsigned]] = await db.batch([
    db.select().from(documents).where(eq(documents.signedSha256, sha256)).limit(1),
    db.select({ id: documents.id }).from(documents).where(eq(documents.sha256, sha256)).limit(1),
  ]);
  if (!signed)
    return { valid: false as const, sha256, reason: unsigned ? ("not_signed" as const) : ("unknown" as const) };
  const rows = await db
    .select()
    .from(signatures)
    .where(eq(signatures.documentId, signed.id))
    .orderBy(signatures.signedAt);
  const template = templateByName(signed.templateName);
  return {
    valid: true as const,
    sha256,
    document: {
      id: signed.id,
      title: template?.title ?? signed.templateName,
      signedAt: signed.signedAt,
      address: signed.templateFields.property.address,
    },
    signers: rows.map((r) => ({ name: r.signerName, role: r.role, signedName: r.signedName, signedAt: r.signedAt })),
  };
}

export const sha256Of = (bytes: Uint8Array<ArrayBuffer>) => sha256Hex(bytes);
