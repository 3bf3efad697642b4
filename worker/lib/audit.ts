import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client";
import { insertIf } from "../db/conditional";
import { newId } from "./ids";
import { nowIso } from "./time";

/**
 * The audit log: an append-only record of security and admin actions (SQLite triggers reject UPDATE and
 * DELETE). Every feature writes it, so it lives in lib/ (like the idempotency keys); admin/schema.ts lists the
 * table for the schema index.
 */
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

/**
 * The domain events features record on top of a request's own row (see ./audit-writes.ts). A new one is added
 * here first: the UI words each one (auditActions.ts of each UI catalogue; tests/unit/audit-labels-unit.test.ts
 * fails on a missing word).
 */
export const DOMAIN_AUDIT_ACTIONS = [
  "account.erased",
  "admin.listing_restore",
  "admin.listing_takedown",
  "admin.org_disable",
  "admin.org_enable",
  "admin.rent_index_put",
  "admin.user_ban",
  "admin.user_unban",
  "auth.login_failed",
  "auth.password_reset",
  "auth.session_start",
  "document.send",
  "expense.updated",
  "lease.cancel",
  "lease.charges",
  "lease.create",
  "lease.end",
  "lease.join",
  "lease.leave",
  "lease.rent_revision",
  "lease.rent_revision_clause",
  "org.closed",
  "org.create",
  "org.invite",
  "org.invite_revoke",
  "org.join",
  "org.logo",
  "org.member_remove",
  "org.member_role",
  "org.purged",
  "org.settings",
  "payment.confirmed",
  "payment.recorded",
  "payment.reported",
  "privacy.export_requested",
  "user.signup",
] as const;

/** What an audit row records: a domain event, or a request's own row (`PATCH /api/apartments/:id`). */
export type AuditAction =
  (typeof DOMAIN_AUDIT_ACTIONS)[number] | `${"POST" | "PUT" | "PATCH" | "DELETE"} /api/${string}`;

/** One audited action: what (`action`, e.g. "org.invite"), who, in which org, on what, from where. */
export type AuditEvent = {
  action: AuditAction;
  actorUserId?: string | null;
  orgId?: string | null;
  targetType?: string;
  targetId?: string;
  requestId?: string;
  ip?: string | null;
  details?: Record<string, unknown>;
};

/** An audit row to put in the same batch as the change it records (both land, or neither). */
export function auditEntry(db: Db, event: AuditEvent) {
  return db.insert(auditLog).values({ id: newId(), at: nowIso(), ...event, details: event.details ?? null });
}

/** The same, written only when `condition` holds (in SQL, evaluated in the batch): no audit row for a refused change. */
export function auditEntryIf(db: Db, event: AuditEvent, condition: SQL) {
  const row = {
    id: newId(),
    at: nowIso(),
    actorUserId: event.actorUserId ?? null,
    orgId: event.orgId ?? null,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    requestId: event.requestId ?? null,
    ip: event.ip ?? null,
    details: event.details ? sql`${JSON.stringify(event.details)}` : null,
  };
  return insertIf(db, auditLog, row, condition);
}
