import { and, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { Temporal } from "temporal-polyfill";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import type { OrgReader } from "../db/scoped";
import { auditLog } from "../lib/audit";
import { AUDIT_CSV_MAX_ROWS, type AuditFilter } from "./contract";

/**
 * The audit trail's reads: one batch (a page, its total, and for an org what its filters offer). Entries
 * are newest first (`at`, then `id`), filtered in SQL; `at` is compared as ISO text, which orders like time
 * because every entry is written by `nowIso()` (`YYYY-MM-DDTHH:MM:SS.sssZ`).
 */

/** A bound as the ISO UTC text `at` is compared with; a bare date `to` includes its whole (UTC) day. */
function instant(bound: string, end: boolean): string {
  const utc = /^\d{4}-\d{2}-\d{2}$/.test(bound)
    ? Temporal.PlainDate.from(bound)
        .add({ days: end ? 1 : 0 })
        .toZonedDateTime("UTC")
        .toInstant()
    : Temporal.Instant.from(bound);
  return utc.toString({ fractionalSecondDigits: 3 });
}

/** `like` text matching what starts with `prefix` (its `%`, `_` and `\` taken literally). */
const startsWith = (prefix: string) => `${prefix.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

function matching(filter: Omit<AuditFilter, "page" | "limit" | "format">): SQL | undefined {
  return and(
    filter.orgId ? eq(auditLog.orgId, filter.orgId) : undefined,
    filter.actorUserId ? eq(auditLog.actorUserId, filter.actorUserId) : undefined,
    filter.action ? sql`${auditLog.action} like ${startsWith(filter.action)} escape '\\'` : undefined,
    filter.targetId ? eq(auditLog.targetId, filter.targetId) : undefined,
    filter.from ? gte(auditLog.at, instant(filter.from, false)) : undefined,
    filter.to ? lt(auditLog.at, instant(filter.to, true)) : undefined,
  );
}

const entryFields = {
  id: auditLog.id,
  at: auditLog.at,
  action: auditLog.action,
  orgId: auditLog.orgId,
  actorId: sql<string | null>`${users.id}`.as("actor_id"),
  actorName: sql<string | null>`${users.name}`.as("actor_name"),
  actorEmail: sql<string | null>`${users.email}`.as("actor_email"),
  targetType: auditLog.targetType,
  targetId: auditLog.targetId,
  requestId: auditLog.requestId,
  ip: auditLog.ip,
  details: auditLog.details,
};

/** Every org's entries matching `filter` (the admins'), each with its actor, and how many match. */
export function auditTrailReads(db: Db, filter: AuditFilter) {
  const where = matching(filter);
  const rows = db.select(entryFields).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorUserId)).where(where);
  return [
    rows.orderBy(desc(auditLog.at), desc(auditLog.id)).limit(pageSize(filter)).offset(pageStart(filter)),
    db.select({ total: count() }).from(auditLog).where(where),
  ] as const;
}
export type AuditRow = Awaited<ReturnType<typeof auditTrailReads>[0]>[number];

/**
 * One org's entries matching `filter` (its owners'), how many match, the people who acted in the org and the
 * actions it recorded (for the filters): every statement through the org's handle.
 */
export function orgAuditTrailReads(r: OrgReader, filter: AuditFilter) {
  const where = matching({ ...filter, orgId: undefined });
  return [
    r
      .selectFields(entryFields, auditLog, where)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(pageSize(filter))
      .offset(pageStart(filter)),
    r.count(auditLog, where),
    r
      .selectFields({ id: users.id, name: users.name, email: users.email }, auditLog)
      .innerJoin(users, eq(users.id, auditLog.actorUserId))
      .groupBy(users.id)
      .orderBy(users.name),
    r.selectFields({ action: auditLog.action }, auditLog).groupBy(auditLog.action).orderBy(auditLog.action).limit(500),
  ] as const;
}

const pageSize = (f: AuditFilter) => (f.format === "csv" ? AUDIT_CSV_MAX_ROWS : f.limit);
const pageStart = (f: AuditFilter) => (f.format === "csv" ? 0 : (f.page - 1) * f.limit);
