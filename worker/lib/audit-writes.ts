import type { Context } from "hono";
import { routePath } from "hono/route";
import type { AppEnv } from "./context";
import { newId } from "./ids";
import { nowIso } from "./time";

/**
 * The audit trail's floor (issue 16 §2): every API request that changes business data leaves one `audit_log`
 * row, written in the same D1 batch as its first change, so the change cannot land without it. Features
 * still write their own entries for the domain events a request causes (`auditEntry`: "payment.confirmed"
 * with its amount, "org.invite" with the role, old and new values for money and roles); those come on top
 * of the request's own row, which says which route did it. Wraps the request's D1 binding (like `countRoundTrips`):
 *
 * - a write statement run on its own becomes a batch of two (the write, then the audit row);
 * - a batch gets the audit row right after its first write statement;
 * - the row is conditional on `changes() > 0`: a guarded write that changed nothing (a refused transition, a
 *   lost race) records nothing, and the next write of the request is tried again;
 * - writes to bookkeeping tables (sessions, tokens, room read marks, idempotency keys, the dev mailbox) are
 *   not business changes and record nothing.
 *
 * One round trip either way (tests/integration/round-trips-integration holds reads to one).
 */

/** What the request does, worked out when it first writes (the route and its caller are known by then). */
export type WriteAction = {
  /** The route, e.g. `PATCH /api/apartments/:id`. */
  action: string;
  actorUserId: string | null;
  /** The org the request acts in when no target row names one (creations), else null. */
  orgId: string | null;
  /** The table the route's `:id` names (`apartments`), when it has an `org_id`: the row's org is read in SQL. */
  targetTable: string | null;
  targetType: string | null;
  targetId: string | null;
  /**
   * A creation's table (`POST /api/apartments` → `apartments`), when the route has no `:id`: if the request's
   * first write inserts into it, the row just inserted is the target (its id read in SQL).
   */
  createdTable: string | null;
  requestId: string;
  ip: string | null;
  details: Record<string, unknown>;
};

/** Tables whose rows are bookkeeping of the platform itself, not a change a person makes to business data. */
const BOOKKEEPING = new Set([
  "sessions",
  "refresh_tokens",
  "auth_tokens",
  "idempotency_keys",
  "room_reads",
  "room_connections",
  "room_chat_counts",
  "dev_mail",
  "search_generation",
  "stripe_events",
  "audit_log",
]);

const WRITE = /^\s*(?:insert\s+(?:or\s+\w+\s+)?into|update|delete\s+from|replace\s+into)\s+[`"]?(\w+)/i;

/** The table a statement writes, or null for a read. */
function writtenTable(query: string): string | null {
  const match = WRITE.exec(query);
  return match ? match[1]!.toLowerCase() : null;
}

/** True for a statement that changes business data (a write outside the bookkeeping tables). */
function isBusinessWrite(query: string): boolean {
  const table = writtenTable(query);
  return table !== null && !BOOKKEEPING.has(table) && !table.startsWith("listings_fts");
}

/**
 * Tables with an `org_id`: the audit row takes its org from the route's target row, else from the row the
 * request has just inserted (`last_insert_rowid()`, right after it in the batch). Held to the schema by
 * tests/integration/audit-trail-integration.
 */
export const ORG_TABLES = new Set([
  "activities",
  "application_status_history",
  "applications",
  "apartments",
  "documents",
  "expenses",
  "invitations",
  "lease_renters",
  "leases",
  "ledger_entries",
  "listing_photos",
  "listing_places",
  "listings",
  "maintenance_comments",
  "maintenance_costs",
  "maintenance_photos",
  "maintenance_request_history",
  "maintenance_requests",
  "memberships",
  "payments",
  "properties",
  "rent_reminders",
  "rent_revisions",
  "signatures",
  "vendors",
]);

function auditStatement(d1: D1Database, a: WriteAction, write: string): D1PreparedStatement {
  const written = writtenTable(write)!;
  const inserted = /^\s*(insert|replace)\b/i.test(write);
  const orgs: string[] = [];
  const orgParams: unknown[] = [];
  if (a.targetTable && ORG_TABLES.has(a.targetTable)) {
    orgs.push(`(select org_id from "${a.targetTable}" where id = ?)`);
    orgParams.push(a.targetId);
  }
  if (inserted && ORG_TABLES.has(written))
    orgs.push(`(select org_id from "${written}" where rowid = last_insert_rowid())`);
  orgs.push("?");
  orgParams.push(a.orgId);
  const org = orgs.length > 1 ? `coalesce(${orgs.join(", ")})` : "?";
  const created = !a.targetId && inserted && a.createdTable === written;
  const target = created ? `(select id from "${written}" where rowid = last_insert_rowid())` : "?";
  return d1
    .prepare(
      `insert into audit_log (id, at, actor_user_id, org_id, action, target_type, target_id, request_id, ip, details) ` +
        `select ?, ?, ?, ${org}, ?, ?, ${target}, ?, ?, ? where changes() > 0`,
    )
    .bind(
      newId(),
      nowIso(),
      a.actorUserId,
      ...orgParams,
      a.action,
      created ? a.action.split("/")[2] : a.targetType,
      ...(created ? [] : [a.targetId]),
      a.requestId,
      a.ip,
      JSON.stringify(a.details),
    );
}

/** Rows of a batch result as D1's `raw()` gives them (arrays in column order), as drizzle maps batches. */
function rawRows(result: D1Result): unknown[][] {
  return (result.results as Record<string, unknown>[]).map((row) => Object.values(row));
}

/** Business rows a request changed (counted by `auditWrites`; the `x-d1-changes` header outside production). */
export type Changes = { count: number };

/**
 * `d1` with the audit floor for one request. `describe` is called once, at the first business write; it
 * answers null for requests that are not audited (reads, jobs). `changes` counts the business rows written.
 */
export function auditWrites(d1: D1Database, describe: () => WriteAction | null, changes: Changes): D1Database {
  const sqlOf = new WeakMap<D1PreparedStatement, string>();
  let pending = true;
  let action: WriteAction | null | undefined;
  const current = () => (action === undefined ? (action = describe()) : action);

  /** The batch to run instead of `statements`, and where the audit row sits in it (or -1). */
  const withAudit = (statements: D1PreparedStatement[], queries: string[]): [D1PreparedStatement[], number] => {
    if (!pending) return [statements, -1];
    const first = queries.findIndex(isBusinessWrite);
    const a = first < 0 ? null : current();
    if (!a) return [statements, -1];
    const at = first + 1;
    const audit = auditStatement(d1, a, queries[first]!);
    return [[...statements.slice(0, at), audit, ...statements.slice(at)], at];
  };
  /** Runs `statements` as one batch with the audit row where due; answers their own results. */
  const batch = async <T>(statements: D1PreparedStatement[]): Promise<D1Result<T>[]> => {
    const queries = statements.map((s) => sqlOf.get(s) ?? "");
    const [all, at] = withAudit(statements, queries);
    const results = await d1.batch<T>(all);
    if (at >= 0 && (results[at]?.meta.changes ?? 0) > 0) pending = false;
    const own = at < 0 ? results : results.filter((_, i) => i !== at);
    queries.forEach((q, i) => {
      if (isBusinessWrite(q)) changes.count += own[i]?.meta.changes ?? 0;
    });
    return own;
  };

  const track = (stmt: D1PreparedStatement, query: string): D1PreparedStatement => {
    sqlOf.set(stmt, query);
    const bind = stmt.bind.bind(stmt);
    // A business write runs as a batch (of one, or with the audit row): one round trip either way.
    const run = <T>(direct: () => Promise<T>, fromBatch: (result: D1Result) => T) =>
      isBusinessWrite(query) ? batch([stmt]).then((results) => fromBatch(results[0]!)) : direct();
    const original = {
      run: stmt.run.bind(stmt),
      all: stmt.all.bind(stmt),
      first: stmt.first.bind(stmt),
      raw: stmt.raw.bind(stmt),
    };
    Object.assign(stmt, {
      bind: (...values: unknown[]) => track(bind(...values), query),
      run: () => run(original.run, (r) => r),
      all: () => run(original.all, (r) => r),
      first: (column?: string) =>
        run(
          () => (column === undefined ? original.first() : original.first(column)),
          (r) => {
            const row = (r.results[0] ?? null) as Record<string, unknown> | null;
            return column === undefined || row === null ? row : (row[column] ?? null);
          },
        ),
      raw: (options?: { columnNames?: boolean }) =>
        run(
          () => (options?.columnNames ? original.raw({ columnNames: true }) : original.raw()),
          (r) => {
            const rows = rawRows(r);
            if (!options?.columnNames) return rows;
            const names = Object.keys(r.results[0] ?? {});
            return [names, ...rows];
          },
        ),
    });
    return stmt;
  };

  return {
    prepare: (query: string) => track(d1.prepare(query), query),
    batch,
    exec: (query: string) => d1.exec(query),
    dump: () => d1.dump(),
    withSession: (constraint?: string) => d1.withSession(constraint),
  };
}

/** A route's first path segment after `/api` → the table its `:id` names (only tables with an `org_id`). */
const TARGETS: Record<string, string> = {
  activities: "activities",
  apartments: "apartments",
  applications: "applications",
  documents: "documents",
  expenses: "expenses",
  invitations: "invitations",
  leases: "leases",
  listings: "listings",
  "maintenance-requests": "maintenance_requests",
  properties: "properties",
  vendors: "vendors",
};

/** Input fields whose values the floor row keeps: money and roles (issue 16 §2); other fields by name only. */
const KEPT = /amount|rent|charges|deposit|price|fee|role|currency|status|stars/i;

function keptInput(body: unknown): Record<string, unknown> | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const entries = Object.entries(body as Record<string, unknown>);
  const values = entries.filter(([k, v]) => KEPT.test(k) && (typeof v !== "object" || v === null));
  return { fields: entries.map(([k]) => k), ...Object.fromEntries(values) };
}

function validatedJson(c: Context<AppEnv>): unknown {
  try {
    return (c.req.valid as (target: "json") => unknown)("json");
  } catch {
    return undefined;
  }
}

/**
 * The audit floor's description of an API write request (null for reads and non-API paths): the route as
 * `METHOD /api/path/:id`, the caller (the access token's user; null for webhooks; for a signed link, null and
 * `details.vendor` {id, name}, in the link's org and on its request), the target (`:id` of the route's first
 * segment) and the money and role values of the input.
 */
export function describeWrite(c: Context<AppEnv>): WriteAction | null {
  if (!["POST", "PUT", "PATCH", "DELETE"].includes(c.req.method)) return null;
  const path = routePath(c);
  if (!path.startsWith("/api/")) return null;
  const segment = path.split("/")[2] ?? "";
  const targetId = path.startsWith(`/api/${segment}/:id`) ? (c.req.param("id") ?? null) : null;
  const claims = c.get("claims");
  const requested = c.req.header("x-org-id");
  const orgId = claims && requested && claims.orgs.includes(requested) ? requested : null;
  const input = keptInput(validatedJson(c));
  const write: WriteAction = {
    action: `${c.req.method} ${path}`,
    actorUserId: claims?.sub ?? null,
    orgId,
    targetTable: targetId ? (TARGETS[segment] ?? null) : null,
    targetType: targetId ? segment : null,
    targetId,
    createdTable: !targetId && path === `/api/${segment}` ? (TARGETS[segment] ?? null) : null,
    requestId: c.get("requestId"),
    ip: c.req.header("cf-connecting-ip") ?? null,
    details: input ? { input } : {},
  };
  const link = c.get("linkActor");
  if (!link) return write;
  const { orgId: linkOrg, targetType, targetId: linkTarget, kind, id, name } = link;
  const credit = { [kind]: { id, name } };
  const at = { orgId: linkOrg, targetType, targetId: linkTarget, targetTable: TARGETS[targetType] ?? null };
  return { ...write, ...at, createdTable: null, details: { ...credit, ...write.details } };
}
