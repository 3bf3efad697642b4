import { and, asc, eq, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { auditLog } from "../lib/audit";
import { sha256Hex } from "../lib/ids";
import type { Logger } from "../lib/log";
import { nowIso } from "../lib/time";
import type { AuditArchiveJob } from "./contract";
import { auditArchiveDays } from "./schema";

/**
 * The audit archive (issue 16 §2): every audit entry also ends up in R2, one NDJSON object per org and UTC
 * day, `audit/<orgId or "platform">/<YYYY-MM-DD>.ndjson`, so the history outlives D1's retention
 * (worker/privacy/retention.ts) and can be shipped elsewhere.
 *
 * D1 stays the source of truth and the archive is append-only:
 * - Only closed days are archived: the daily run (06:00 UTC) enqueues each (org, day) before today (UTC)
 *   that has entries and no `audit_archive_days` row. An entry's `at` is the instant it was written
 *   (lib/audit.ts), so no entry can arrive for a closed day (up to clock skew between machines, far below
 *   the six hours between midnight and the run). Today's entries wait for tomorrow.
 * - The consumer reads the day in one query, writes the object with a conditional put (`If-None-Match: *`:
 *   an existing object is never overwritten), then records the day. A redelivered message finds the day
 *   recorded and writes nothing; one whose put landed but whose record did not finds the object, checks it
 *   holds the same bytes (SHA-256 in its metadata) and records it. Different bytes: an error, nothing written.
 * - A day that failed every retry is enqueued again by the next daily run.
 */

/** How many days one daily run enqueues at most (the rest follow the next day). */
const MAX_DAYS_PER_RUN = 1000;

/** The org key of an entry: its org's id, or "platform" for entries of no org (admin, sign-ups). */
const orgKeyOf = sql<string>`coalesce(${auditLog.orgId}, 'platform')`;
const dayOf = sql<string>`substr(${auditLog.at}, 1, 10)`;

/** The R2 key of a day's archive. */
function auditArchiveKey(orgKey: string, day: string): string {
  return `audit/${orgKey}/${day}.ndjson`;
}

/**
 * Enqueues on `queue` one `audit_archive_day` message per (org, closed UTC day) with entries and no archive
 * yet, oldest first, at most 1000 per run. `now` in ms since the epoch. Answers how many were enqueued.
 */
export async function enqueueAuditArchiveDays(
  { db, queue }: { db: Db; queue: Queue },
  now: number,
): Promise<{ enqueued: number }> {
  const today = nowIso(now).slice(0, 10);
  const pending = await db
    .select({ orgKey: orgKeyOf, day: dayOf })
    .from(auditLog)
    .where(
      and(
        lt(auditLog.at, today),
        sql`not exists (select 1 from ${auditArchiveDays} a where a.org_key = ${orgKeyOf} and a.day = ${dayOf})`,
      ),
    )
    .groupBy(orgKeyOf, dayOf)
    .orderBy(dayOf, orgKeyOf)
    .limit(MAX_DAYS_PER_RUN);
  for (let i = 0; i < pending.length; i += 100) {
    const jobs: AuditArchiveJob[] = pending.slice(i, i + 100).map((p) => ({ kind: "audit_archive_day", ...p }));
    await queue.sendBatch(jobs.map((body) => ({ body, contentType: "json" })));
  }
  return { enqueued: pending.length };
}

type AuditRow = typeof auditLog.$inferSelect;

/**
 * One entry as an NDJSON line: always the same fields in the same order, instants as written (ISO 8601
 * UTC), absent values as null.
 */
function archiveLine(row: AuditRow): string {
  return JSON.stringify({
    id: row.id,
    at: row.at,
    orgId: row.orgId,
    action: row.action,
    actorUserId: row.actorUserId,
    targetType: row.targetType,
    targetId: row.targetId,
    requestId: row.requestId,
    ip: row.ip,
    details: row.details ?? null,
  });
}

/** What archiving a day did. */
export type ArchiveOutcome = "written" | "already_archived" | "recorded_existing" | "empty" | "not_closed";

/**
 * Archives one (org, day) at `now` (ms): writes `audit/<orgKey>/<day>.ndjson` to `bucket` unless it exists,
 * and records the day in `audit_archive_days`. Idempotent; never overwrites an object. Throws (the message is
 * retried) when R2 or D1 fail, or when an existing object holds other bytes than D1's entries.
 */
export async function archiveAuditDay(
  { db, docs, log }: { db: Db; docs: R2Bucket; log: Logger },
  job: AuditArchiveJob,
  now: number,
): Promise<ArchiveOutcome> {
  const { orgKey, day } = job;
  if (day >= nowIso(now).slice(0, 10)) return "not_closed";
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const [recorded, rows] = await db.batch([
    db
      .select({ day: auditArchiveDays.day })
      .from(auditArchiveDays)
      .where(and(eq(auditArchiveDays.orgKey, orgKey), eq(auditArchiveDays.day, day))),
    db
      .select()
      .from(auditLog)
      .where(
        and(
          orgKey === "platform" ? isNull(auditLog.orgId) : eq(auditLog.orgId, orgKey),
          gte(auditLog.at, day),
          lt(auditLog.at, next),
        ),
      )
      .orderBy(asc(auditLog.at), asc(auditLog.id)),
  ]);
  if (recorded.length) return "already_archived";
  if (!rows.length) return "empty";
  const body = rows.map((r) => `${archiveLine(r)}\n`).join("");
  const sha256 = await sha256Hex(body);
  const key = auditArchiveKey(orgKey, day);
  const put = await docs.put(key, body, {
    onlyIf: new Headers({ "if-none-match": "*" }),
    httpMetadata: { contentType: "application/x-ndjson; charset=utf-8" },
    customMetadata: { sha256, entries: String(rows.length) },
  });
  let outcome: ArchiveOutcome = "written";
  if (!put) {
    const existing = await docs.head(key);
    if (existing?.customMetadata?.sha256 !== sha256) {
      log.error("audit archive object differs from the database", { key, expected: sha256 });
      throw new Error(`The audit archive ${key} exists with other content; it was left as it is`);
    }
    outcome = "recorded_existing";
  }
  await db
    .insert(auditArchiveDays)
    .values({ orgKey, day, objectKey: key, entries: rows.length, sha256, archivedAt: nowIso(now) })
    .onConflictDoNothing();
  return outcome;
}

/**
 * The archive's retention: deletes the objects of days before `cutoff` (an ISO instant; 10 years before the
 * run) and then their `audit_archive_days` rows, 100 days at a time (D1's bound-parameter limit), at most
 * 1000 per run. A day whose entries are still in D1 keeps its object (deleting its row would let it be
 * archived again). Idempotent: deleting a missing R2 key succeeds. Answers how many objects went.
 */
export async function purgeAuditArchive(
  { db, docs }: { db: Db; docs: R2Bucket },
  cutoff: string,
): Promise<{ deleted: number }> {
  const stillInD1 = sql`exists (select 1 from ${auditLog} l where coalesce(l.org_id, 'platform') = ${auditArchiveDays.orgKey}
    and l.at >= ${auditArchiveDays.day} and l.at < date(${auditArchiveDays.day}, '+1 day'))`;
  let deleted = 0;
  for (let round = 0; round < 10; round++) {
    const old = await db
      .select({ objectKey: auditArchiveDays.objectKey })
      .from(auditArchiveDays)
      .where(and(lt(auditArchiveDays.day, cutoff.slice(0, 10)), sql`not ${stillInD1}`))
      .limit(100);
    if (!old.length) break;
    const keys = old.map((d) => d.objectKey);
    await docs.delete(keys);
    await db.delete(auditArchiveDays).where(inArray(auditArchiveDays.objectKey, keys));
    deleted += keys.length;
  }
  return { deleted };
}
