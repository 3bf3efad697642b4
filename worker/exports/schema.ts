import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "../auth/schema";

/** An export's life: asked for, being built by the queue, ready to download (7 days), or failed. */
export const EXPORT_STATUSES = ["requested", "building", "ready", "failed"] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/**
 * A person's requests for their data as a ZIP (issue 16 §3, GDPR art. 15 right of access and art. 20
 * portability; migration 0040). Owned by the user, not an org. `r2Key` is `exports/<userId>/<id>.zip` once
 * built, `bytes` its size; times are ISO-8601 UTC; `expiresAt` = `readyAt` + 7 days, after which the link
 * answers 410 and `deleteExpiredExports` removes the object and the row. At most one export per person is
 * `requested` or `building` at a time (a partial unique index).
 */
export const dataExports = sqliteTable(
  "data_exports",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: EXPORT_STATUSES }).notNull().default("requested"),
    r2Key: text("r2_key"),
    bytes: integer("bytes"),
    /** Why the build failed for good (the dead-letter consumer), in English for the logs; null otherwise. */
    failureReason: text("failure_reason"),
    createdAt: text("created_at").notNull(),
    readyAt: text("ready_at"),
    expiresAt: text("expires_at"),
  },
  (t) => [
    index("data_exports_user_idx").on(t.userId, t.createdAt),
    index("data_exports_expires_idx").on(t.expiresAt),
    uniqueIndex("data_exports_one_in_progress")
      .on(t.userId)
      .where(sql`${t.status} in ('requested', 'building')`),
  ],
);
export type DataExport = typeof dataExports.$inferSelect;
