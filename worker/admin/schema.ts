import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Append-only record of security and admin actions (triggers reject UPDATE and DELETE). */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: text("id").primaryKey(),
    at: text("at").notNull(),
    actorUserId: text("actor_user_id"),
    orgId: text("org_id"),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    requestId: text("request_id"),
    ip: text("ip"),
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_log_org_idx").on(t.orgId, t.at), index("audit_log_actor_idx").on(t.actorUserId, t.at)],
);
