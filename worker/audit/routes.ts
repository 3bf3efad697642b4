import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { readAsPlatformAdmin, readOrg } from "../auth/access";
import { csvText } from "../lib/csv";
import { createRouter, type AppEnv } from "../lib/context";
import { invalidFromZod } from "../lib/errors";
import { json, problems } from "../lib/openapi";
import {
  adminAuditFilter,
  adminAuditPage,
  adminAuditQuery,
  orgAuditPage,
  orgAuditQuery,
  type AuditFilter,
  type OrgAuditEntry,
} from "./contract";
import { auditTrailReads, orgAuditTrailReads, type AuditRow } from "./queries";

/**
 * Reading the audit trail (issue 16 §2): an org's owners read their org's (`GET /orgs/current/audit`, the
 * `audit.read` permission), platform admins everyone's (`GET /admin/audit`, 404 for anyone else). Both answer
 * a JSON page or, with `format=csv`, the matching entries as a CSV file. One D1 round trip each.
 */
const tags = ["Audit"];

const CSV_COLUMNS = ["at", "action", "actor_user_id", "actor_name", "actor_email", "target_type", "target_id"];

const orgEntry = (r: AuditRow): OrgAuditEntry => ({
  id: r.id,
  at: r.at,
  action: r.action,
  actor: r.actorId ? { id: r.actorId, name: r.actorName ?? "", email: r.actorEmail ?? "" } : null,
  targetType: r.targetType,
  targetId: r.targetId,
  requestId: r.requestId,
  details: r.details,
});

/** The entries as a CSV download (comma-separated, UTC instants, details as JSON), named for its scope. */
function csvResponse(c: Context<AppEnv>, rows: AuditRow[], total: number, admin: boolean) {
  const header = [...CSV_COLUMNS, "request_id", "details", ...(admin ? ["org_id", "ip"] : [])];
  const lines = rows.map((r) => [
    r.at,
    r.action,
    r.actorId ?? "",
    r.actorName ?? "",
    r.actorEmail ?? "",
    r.targetType ?? "",
    r.targetId ?? "",
    r.requestId ?? "",
    r.details ? JSON.stringify(r.details) : "",
    ...(admin ? [r.orgId ?? "", r.ip ?? ""] : []),
  ]);
  return c.body(csvText([header, ...lines]), 200, {
    "content-type": "text/csv; charset=utf-8; header=present",
    "content-disposition": `attachment; filename="${admin ? "rentline-audit" : "audit"}.csv"`,
    "cache-control": "private, no-store",
    "x-total-count": String(total),
  });
}

const csvContent = { "text/csv": { schema: z.string() } };

export const auditRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/orgs/current/audit",
      operationId: "readOrgAudit",
      summary: "Read the org's audit trail (owners)",
      description:
        "Every recorded change in the caller's current org, newest first: who (the account, or null for the system), what (`action`: a domain event such as `payment.confirmed`, or the API request that changed rows, `PATCH /api/apartments/:id`), on what (`targetType`, `targetId`), when (`at`, ISO UTC), from which request (`requestId`), and the money (minor units) and roles involved (`details`). Filters: `actorUserId`, `action` (exact or a start), `targetId`, `from`/`to`. The page also lists the people who acted and the actions recorded, for the filters. `format=csv` answers every matching entry (newest 10 000; `X-Total-Count` says how many matched) as a CSV file. Owners only (`audit.read`): 403 for managers and maintenance staff, 404 outside the org. One D1 round trip.",
      tags,
      request: { query: orgAuditQuery },
      responses: {
        200: { description: "The trail", content: { ...json(orgAuditPage).content, ...csvContent } },
        ...problems(400, 401, 403, 404, 422),
      },
    }),
    async (c) => {
      const filter: AuditFilter = c.req.valid("query");
      const {
        results: [rows, [total], actors, actions],
      } = await readOrg(c, (r) => [...orgAuditTrailReads(r, filter)], "audit.read");
      if (filter.format === "csv") return csvResponse(c, rows, total?.total ?? 0, false);
      return c.json(
        {
          results: rows.map(orgEntry),
          total: total?.total ?? 0,
          page: filter.page,
          limit: filter.limit,
          actors,
          actions: actions.map((a) => a.action),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/admin/audit",
      operationId: "readPlatformAudit",
      summary: "Read the whole audit trail (platform admins)",
      description:
        "Every org's trail and the platform's own actions (bans, takedowns), newest first, with each entry's org and client address (`ip`). Filters as the org's trail, plus `orgId`; `format=csv` as there. 404 for anyone but a platform admin (before any 400). One D1 round trip.",
      tags,
      request: { query: adminAuditQuery },
      responses: {
        200: { description: "The trail", content: { ...json(adminAuditPage).content, ...csvContent } },
        ...problems(400, 401, 404, 422),
      },
    }),
    async (c) => {
      const raw = c.req.valid("query");
      const parsed = adminAuditFilter.safeParse(raw);
      // Lenient in the batch (the admin check comes first), strict after it.
      const filter: AuditFilter = parsed.success ? parsed.data : adminAuditFilter.parse({});
      const {
        results: [rows, [total]],
      } = await readAsPlatformAdmin(c, (db) => [...auditTrailReads(db, filter)]);
      if (!parsed.success) throw invalidFromZod(parsed.error);
      if (filter.format === "csv") return csvResponse(c, rows, total?.total ?? 0, true);
      const results = rows.map((r) => ({ ...orgEntry(r), orgId: r.orgId, ip: r.ip }));
      return c.json({ results, total: total?.total ?? 0, page: filter.page, limit: filter.limit }, 200);
    },
  );
