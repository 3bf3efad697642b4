import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { Conflict, Invalid, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import { signFileUrl, type FileGrant } from "../lib/signed-urls";
import { nowIso } from "../lib/time";
import { receiveUpload } from "../lib/uploads";
import type { DocumentKind } from "../listings/schema";
import { documentKinds } from "../listings/schema";
import { dossierDocuments, guarantors } from "./schema";

/** The rules of a renter's dossier: their documents and guarantors, owned by the user. */
export const MAX_GUARANTORS = 50;
export const MAX_DOCUMENTS = 200;
/** What a dossier accepts: the content decides, never the name. */
export const DOSSIER_FILE_TYPES = ["pdf", "jpeg", "png", "docx"] as const;

export type GuarantorInput = {
  name: string;
  email?: string | null;
  phone?: string | null;
  relationship: string;
  incomeAmount?: number | null;
  incomeCurrency?: string | null;
};
type DocumentRow = typeof dossierDocuments.$inferSelect;

export const documentKey = (userId: string, id: string) => `users/${userId}/documents/${id}`;

export function documentsQuery(db: Db, userId: string) {
  return db
    .select()
    .from(dossierDocuments)
    .where(eq(dossierDocuments.userId, userId))
    .orderBy(asc(dossierDocuments.createdAt));
}

export function guarantorsQuery(db: Db, userId: string) {
  return db.select().from(guarantors).where(eq(guarantors.userId, userId)).orderBy(asc(guarantors.createdAt));
}

/** A document as the API shows it: a signed link instead of the R2 key. */
export async function presentDocument(secret: string, row: DocumentRow, grant: FileGrant) {
  const url = await signFileUrl(secret, {
    key: row.r2Key,
    name: row.name,
    type: row.contentType,
    disposition:
      row.contentType === "application/pdf" || row.contentType.startsWith("image/") ? "inline" : "attachment",
    grant,
  });
  return {
    id: row.id,
    guarantorId: row.guarantorId,
    kind: row.kind,
    name: row.name,
    contentType: row.contentType,
    size: row.size,
    createdAt: row.createdAt,
    url,
  };
}

export async function presentDossier(
  secret: string,
  userId: string,
  docs: DocumentRow[],
  guarantorRows: (typeof guarantors.$inferSelect)[],
  grant: FileGrant = { kind: "user", userId },
) {
  const shown = await Promise.all(docs.map((d) => presentDocument(secret, d, grant)));
  return {
    documents: shown.filter((d) => d.guarantorId === null),
    guarantors: guarantorRows.map(({ userId: _, ...g }) => ({
      ...g,
      documents: shown.filter((d) => d.guarantorId === g.id),
    })),
  };
}

/**
 * Streams an uploaded document into R2 and records it. The row is written after the object; if the
 * request is refused afterwards (bad kind, guarantor gone, too many documents), the object is removed.
 */
export async function uploadDocument(db: Db, env: Env, userId: string, request: Request, guarantorId: string | null) {
  if (guarantorId) {
    const [g] = await db
      .select({ id: guarantors.id })
      .from(guarantors)
      .where(and(eq(guarantors.id, guarantorId), eq(guarantors.userId, userId)));
    if (!g) throw new NotFound("Guarantor");
  }
  const id = newId();
  const key = documentKey(userId, id);
  const upload = await receiveUpload(request, { bucket: env.DOCS, key, accept: DOSSIER_FILE_TYPES });
  try {
    const kind = upload.fields.kind as DocumentKind;
    if (!documentKinds.includes(kind))
      throw new Invalid(`kind: must be one of ${documentKinds.join(", ")}`, [
        { path: "kind", message: `One of ${documentKinds.join(", ")}` },
      ]);
    const row: DocumentRow = {
      id,
      userId,
      guarantorId,
      kind,
      name: upload.file.name,
      contentType: upload.file.type.mime,
      size: upload.file.size,
      r2Key: key,
      createdAt: nowIso(),
    };
    // The cap rides in the insert itself: no count-then-insert race.
    const inserted = await db.$client
      .prepare(
        `insert into dossier_documents (id, user_id, guarantor_id, kind, name, content_type, size, r2_key, created_at)
         select ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9
         where (select count(*) from dossier_documents where user_id = ?2) < ?10
           and (?3 is null or exists (select 1 from guarantors where id = ?3 and user_id = ?2))`,
      )
      .bind(
        row.id,
        row.userId,
        row.guarantorId,
        row.kind,
        row.name,
        row.contentType,
        row.size,
        row.r2Key,
        row.createdAt,
        MAX_DOCUMENTS,
      )
      .run();
    if (inserted.meta.changes !== 1)
      throw new Conflict(`A dossier holds at most ${MAX_DOCUMENTS} documents: delete some first`, "too_many_documents");
    return presentDocument(env.FILES_SIGNING_KEY, row, { kind: "user", userId });
  } catch (error) {
    await env.DOCS.delete(key);
    throw error;
  }
}

export async function deleteDocument(db: Db, env: Env, userId: string, id: string) {
  const [deleted] = await db
    .delete(dossierDocuments)
    .where(and(eq(dossierDocuments.id, id), eq(dossierDocuments.userId, userId)))
    .returning({ key: dossierDocuments.r2Key });
  if (!deleted) throw new NotFound("Document");
  await env.DOCS.delete(deleted.key);
}

export async function addGuarantor(db: Db, userId: string, input: GuarantorInput) {
  const row = {
    id: newId(),
    userId,
    name: input.name,
    email: input.email ?? null,
    phone: input.phone ?? null,
    relationship: input.relationship,
    incomeAmount: input.incomeAmount ?? null,
    incomeCurrency: input.incomeCurrency ?? null,
    createdAt: nowIso(),
  };
  const inserted = await db.$client
    .prepare(
      `insert into guarantors (id, user_id, name, email, phone, relationship, income_amount, income_currency, created_at)
       select ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 where (select count(*) from guarantors where user_id = ?2) < ?10`,
    )
    .bind(
      row.id,
      row.userId,
      row.name,
      row.email,
      row.phone,
      row.relationship,
      row.incomeAmount,
      row.incomeCurrency,
      row.createdAt,
      MAX_GUARANTORS,
    )
    .run();
  if (inserted.meta.changes !== 1)
    throw new Conflict(`A dossier holds at most ${MAX_GUARANTORS} guarantors`, "too_many_guarantors");
  const { userId: _, ...shown } = row;
  return { ...shown, documents: [] };
}

export async function deleteGuarantor(db: Db, env: Env, userId: string, id: string) {
  const [docs, [deleted]] = await db.batch([
    db
      .select({ key: dossierDocuments.r2Key })
      .from(dossierDocuments)
      .where(and(eq(dossierDocuments.guarantorId, id), eq(dossierDocuments.userId, userId))),
    db
      .delete(guarantors)
      .where(and(eq(guarantors.id, id), eq(guarantors.userId, userId)))
      .returning({ id: guarantors.id }),
  ]);
  if (!deleted) throw new NotFound("Guarantor");
  if (docs.length) await env.DOCS.delete(docs.map((d) => d.key));
}

/** The kinds of the renter's own documents, and which guarantors have at least one document. */
export function dossierFactsQueries(db: Db, userId: string, guarantorIds: string[]) {
  return [
    db
      .selectDistinct({ kind: dossierDocuments.kind })
      .from(dossierDocuments)
      .where(and(eq(dossierDocuments.userId, userId), isNull(dossierDocuments.guarantorId))),
    db
      // Drizzle leaves single-table columns unqualified inside raw SQL: the outer id is spelled out.
      .select({
        id: guarantors.id,
        name: guarantors.name,
        documents: sql<number>`(select count(*) from dossier_documents d where d.guarantor_id = "guarantors"."id")`,
      })
      .from(guarantors)
      .where(and(eq(guarantors.userId, userId), inArray(guarantors.id, guarantorIds.length ? guarantorIds : [""]))),
  ] as const;
}
