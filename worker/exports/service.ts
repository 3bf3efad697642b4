import { and, desc, eq, inArray, lte, ne, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { inSlices } from "../db/chunks";
import { insertIf, updateIf } from "../db/conditional";
import { auditEntryIf } from "../lib/audit";
import { AppError } from "../lib/errors";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { signFileUrl } from "../lib/signed-urls";
import { isoIn, nowIso } from "../lib/time";
import { EXPORT_INTERVAL_MS, EXPORT_TTL_MS, type ExportJob, type ExportView } from "./contract";
import { dataExports, type DataExport } from "./schema";

/**
 * The rules of a person's data export (issue 16 §3; GDPR art. 15 and 20, and art. 12(5): requests may be
 * refused when "manifestly unfounded or excessive", hence one a day): ask, list, sign the download link,
 * mark the queue job's progress, and delete what expired.
 */

/** The R2 key of an export's ZIP. */
export const exportKey = (userId: string, exportId: string) => `exports/${userId}/${exportId}.zip`;

/** The export's row as read for the list (every column but none secret: the key is only used to sign). */
export const exportsOf = (db: Db, userId: string) =>
  db.select().from(dataExports).where(eq(dataExports.userId, userId)).orderBy(desc(dataExports.createdAt)).limit(20);

/**
 * A signed `/files` link to the ZIP that only `userId` can use (the `user` grant: another signed-in person
 * gets 404, a tampered link 404, an expired one 410 — worker/files/routes.ts), valid until `expiresAt`.
 */
export async function exportDownloadUrl(
  secret: string,
  row: Pick<DataExport, "userId" | "r2Key" | "readyAt" | "expiresAt">,
  now = Date.now(),
): Promise<string | null> {
  if (!row.r2Key || !row.expiresAt) return null;
  const ttlSeconds = Math.floor((Date.parse(row.expiresAt) - now) / 1000);
  if (ttlSeconds <= 0) return null;
  const day = (row.readyAt ?? row.expiresAt).slice(0, 10);
  return signFileUrl(
    secret,
    {
      key: row.r2Key,
      name: `rentline-data-${day}.zip`,
      type: "application/zip",
      disposition: "attachment",
      grant: { kind: "user", userId: row.userId },
    },
    { ttlSeconds, now },
  );
}

/** An export as its owner sees it, with the download link while it is valid. */
export async function showExport(secret: string, row: DataExport, now = Date.now()): Promise<ExportView> {
  return {
    id: row.id,
    status: row.status,
    createdAt: row.createdAt,
    readyAt: row.readyAt,
    expiresAt: row.expiresAt,
    bytes: row.bytes,
    downloadUrl: row.status === "ready" ? await exportDownloadUrl(secret, row, now) : null,
  };
}

/**
 * Asks for an export: one row `requested` and its audit entry in one batch, then the queue job. Refused with
 * 409 `export_in_progress` while another is requested or building, and 429 `export_too_soon` (with
 * `Retry-After`, seconds) within a day of the last one that did not fail. The insert's condition and the
 * partial unique index make the rule hold under racing requests.
 */
export async function requestExport(
  ports: Pick<Ports, "db" | "exportQueue" | "requestId">,
  userId: string,
  now = Date.now(),
): Promise<DataExport> {
  const { db } = ports;
  const id = newId();
  const since = isoIn(-EXPORT_INTERVAL_MS, now);
  const recent = and(eq(dataExports.userId, userId), ne(dataExports.status, "failed"));
  const [, , [created], [latest]] = await db.batch([
    insertIf(
      db,
      dataExports,
      {
        id,
        userId,
        status: "requested",
        r2Key: null,
        bytes: null,
        failureReason: null,
        createdAt: nowIso(now),
        readyAt: null,
        expiresAt: null,
      },
      sql`not exists (select 1 from ${dataExports} where ${recent} and ${dataExports.createdAt} > ${since})`,
    ).onConflictDoNothing(),
    auditEntryIf(
      db,
      {
        action: "privacy.export_requested",
        actorUserId: userId,
        targetType: "data_export",
        targetId: id,
        requestId: ports.requestId,
      },
      sql`exists (select 1 from ${dataExports} where ${dataExports.id} = ${id})`,
    ),
    db.select().from(dataExports).where(eq(dataExports.id, id)),
    db.select().from(dataExports).where(recent).orderBy(desc(dataExports.createdAt)).limit(1),
  ]);
  if (!created) throw refusal(latest, now);
  const job: ExportJob = { kind: "data_export", exportId: id, userId };
  try {
    await ports.exportQueue.send(job, { contentType: "json" });
  } catch (error) {
    // Not queued: the row must not block the next request for a day.
    await markExportFailed(db, id, "The export could not be queued");
    throw error;
  }
  return created;
}

/** Why a request was refused: one in progress (409), or the last one was less than a day ago (429). */
function refusal(latest: DataExport | undefined, now: number): AppError {
  if (!latest || latest.status === "requested" || latest.status === "building")
    return new AppError(409, "export_in_progress", "Your data export is already being prepared.");
  const retryAfter = Math.max(1, Math.ceil((Date.parse(latest.createdAt) + EXPORT_INTERVAL_MS - now) / 1000));
  return new AppError(429, "export_too_soon", "You can ask for your data once a day.", undefined, {
    "Retry-After": String(retryAfter),
  });
}

/** The queue job starts (or starts again after a failed try): `requested`/`building` → `building`. */
export async function markExportBuilding(db: Db, exportId: string): Promise<DataExport | null> {
  const [row] = await db
    .update(dataExports)
    .set({ status: "building" })
    .where(and(eq(dataExports.id, exportId), inArray(dataExports.status, ["requested", "building"])))
    .returning();
  return row ?? null;
}

/** The ZIP is in R2: ready for 7 days from `now`. Answers the row, or null if it was not building any more. */
export async function markExportReady(
  db: Db,
  exportId: string,
  file: { r2Key: string; bytes: number },
  now = Date.now(),
): Promise<DataExport | null> {
  const [row] = await db
    .update(dataExports)
    .set({ status: "ready", ...file, readyAt: nowIso(now), expiresAt: isoIn(EXPORT_TTL_MS, now) })
    .where(and(eq(dataExports.id, exportId), eq(dataExports.status, "building")))
    .returning();
  return row ?? null;
}

/** The export failed for good (the dead-letter queue, or it could not be queued); a ready one stays ready. */
export async function markExportFailed(db: Db, exportId: string, reason: string): Promise<boolean> {
  const rows = await updateIf(
    db,
    dataExports,
    { status: "failed", failureReason: reason },
    and(eq(dataExports.id, exportId), inArray(dataExports.status, ["requested", "building"]))!,
  );
  return rows.length > 0;
}

/**
 * Deletes the exports past their `expiresAt` (ISO instant ≤ `now`): their ZIPs from R2, then their rows.
 * Idempotent (a ZIP already gone is fine; a second run finds nothing). Answers how many rows went. The
 * retention rules call it (issue 16 §4, worker/jobs/retention-rules.ts). Storage limitation: GDPR art. 5(1)(e).
 */
export async function deleteExpiredExports(db: Db, bucket: R2Bucket, now = Date.now()): Promise<number> {
  const at = nowIso(now);
  const expired = await db
    .select({ id: dataExports.id, r2Key: dataExports.r2Key })
    .from(dataExports)
    .where(lte(dataExports.expiresAt, at))
    .limit(1000);
  if (!expired.length) return 0;
  // R2 takes up to 1 000 keys a call; D1 binds at most 100 parameters a statement: the rows go in slices.
  const keys = expired.flatMap((e) => (e.r2Key ? [e.r2Key] : []));
  if (keys.length) await bucket.delete(keys);
  let deleted = 0;
  for (const slice of inSlices(expired.map((e) => e.id))) {
    const gone = await db
      .delete(dataExports)
      .where(and(inArray(dataExports.id, slice), lte(dataExports.expiresAt, at)))
      .returning({ id: dataExports.id });
    deleted += gone.length;
  }
  return deleted;
}
