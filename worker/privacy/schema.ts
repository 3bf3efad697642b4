import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * The audit archive's ledger (issue 16 §2, migration 0042): one row per (org, closed UTC day) whose audit
 * entries are in R2 at `objectKey` (`audit/<orgKey>/<day>.ndjson`). The audit_log delete trigger reads it:
 * an entry can be deleted only once its day is here. `orgKey` is the org's id or "platform".
 */
export const auditArchiveDays = sqliteTable(
  "audit_archive_days",
  {
    orgKey: text("org_key").notNull(),
    /** The UTC day, `YYYY-MM-DD`. */
    day: text("day").notNull(),
    objectKey: text("object_key").notNull(),
    /** How many entries (lines) the object holds. */
    entries: integer("entries").notNull(),
    /** SHA-256 (hex) of the object's bytes. */
    sha256: text("sha256").notNull(),
    archivedAt: text("archived_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgKey, t.day] }), index("audit_archive_days_day_idx").on(t.day)],
);
