import { and, asc, eq, exists, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { countBelow, insertIf } from "../db/conditional";
import { Conflict, Invalid, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { receiveUpload } from "../lib/uploads";
import { documentKind, MAX_DOCUMENTS, MAX_GUARANTORS, type GuarantorInput } from "./contract";
import { dossierDocuments, guarantors } from "./schema";

/**
 * The rules of a renter's dossier: their documents and guarantors, owned by the user (not an org). Caps
 * ride in the inserts themselves (`insertIf` + `countBelow`): no count-then-insert race.
 */

/** What a dossier accepts: the content decides, never the name. */
const DOSSIER_FILE_TYPES = ["pdf", "jpeg", "png", "docx"] as const;

type DocumentRow = typeof dossierDocuments.$inferSelect;

const documentKey = (userId: string, id: string) => `users/${userId}/documents/${id}`;

/** All the user's dossier documents (their own and their guarantors'), oldest first. */
export function documentsQuery(db: Db, userId: string) {
  return db
    .select()
    .from(dossierDocuments)
    .where(eq(dossierDocuments.userId, userId))
    .orderBy(asc(dossierDocuments.createdAt));
}

/** The user's guarantors, oldest first. */
export function guarantorsQuery(db: Db, userId: string) {
  return db.select().from(guarantors).where(eq(guarantors.userId, userId)).orderBy(asc(guarantors.createdAt));
}

/** One of the user's guarantors, as a condition (the guarantor may be deleted while a file uploads). */
const ownGuarantor = (db: Db, userId: string, guarantorId: string) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(guarantors)
      .where(and(eq(guarantors.id, guarantorId), eq(guarantors.userId, userId))),
  );

/**
 * Streams an uploaded document into R2 and records it (the renter's own when `guarantorId` is null).
 * The row is written after the object; if the request is refused afterwards (400 bad `kind`, 404 guarantor
 * gone, 409 `too_many_documents`), the object is removed. 413/415 come from the upload itself.
 */
export async function uploadDocument(
  { db, docs, images }: Pick<Ports, "db" | "docs" | "images">,
  userId: string,
  request: Request,
  guarantorId: string | null,
): Promise<DocumentRow> {
  if (guarantorId) {
    const [g] = await db
      .select({ id: guarantors.id })
      .from(guarantors)
      .where(and(eq(guarantors.id, guarantorId), eq(guarantors.userId, userId)));
    if (!g) throw new NotFound("Guarantor");
  }
  const id = newId();
  const key = documentKey(userId, id);
  const upload = await receiveUpload(request, { bucket: docs, images, key, accept: DOSSIER_FILE_TYPES });
  try {
    const kind = documentKind.safeParse(upload.fields.kind);
    if (!kind.success)
      throw new Invalid(`kind: must be one of ${documentKind.options.join(", ")}`, [
        { path: "kind", message: `One of ${documentKind.options.join(", ")}` },
      ]);
    const row: DocumentRow = {
      id,
      userId,
      guarantorId,
      kind: kind.data,
      name: upload.file.name,
      contentType: upload.file.type.mime,
      size: upload.file.size,
      r2Key: key,
      createdAt: nowIso(),
    };
    const inserted = await insertIf(
      db,
      dossierDocuments,
      row,
      and(
        countBelow(dossierDocuments, eq(dossierDocuments.userId, userId), MAX_DOCUMENTS),
        guarantorId ? ownGuarantor(db, userId, guarantorId) : undefined,
      )!,
    );
    if (inserted.meta.changes !== 1)
      throw new Conflict(`A dossier holds at most ${MAX_DOCUMENTS} documents: delete some first`, "too_many_documents");
    return row;
  } catch (error) {
    await docs.delete(key);
    throw error;
  }
}

/** Deletes one of the user's documents and its file (404 for anyone else's). */
export async function deleteDocument({ db, docs }: Pick<Ports, "db" | "docs">, userId: string, id: string) {
  const [deleted] = await db
    .delete(dossierDocuments)
    .where(and(eq(dossierDocuments.id, id), eq(dossierDocuments.userId, userId)))
    .returning({ key: dossierDocuments.r2Key });
  if (!deleted) throw new NotFound("Document");
  await docs.delete(deleted.key);
}

/** Adds a guarantor (409 `too_many_guarantors` past `MAX_GUARANTORS`); answers it, with no documents yet. */
export async function addGuarantor(db: Db, userId: string, input: GuarantorInput) {
  const row: typeof guarantors.$inferSelect = {
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
  const inserted = await insertIf(
    db,
    guarantors,
    row,
    countBelow(guarantors, eq(guarantors.userId, userId), MAX_GUARANTORS),
  );
  if (inserted.meta.changes !== 1)
    throw new Conflict(`A dossier holds at most ${MAX_GUARANTORS} guarantors`, "too_many_guarantors");
  const { userId: _, ...shown } = row;
  return { ...shown, documents: [] };
}

/** Removes one of the user's guarantors, their documents and files (404 for anyone else's). */
export async function deleteGuarantor({ db, docs }: Pick<Ports, "db" | "docs">, userId: string, id: string) {
  const [files, [deleted]] = await db.batch([
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
  if (files.length) await docs.delete(files.map((d) => d.key));
}
