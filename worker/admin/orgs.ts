import { createRoute } from "@hono/zod-openapi";
import { count, desc, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client";
import { listings } from "../listings/schema";
import { idParam, json, jsonBody, problems } from "../lib/openapi";
import { memberships, orgs } from "../orgs/schema";
import {
  adminActionInput,
  adminOrgPage,
  adminSearchQuery,
  readAdminSearch,
  disableOrgInput,
  orgState,
  type AdminSearchQuery,
} from "./contract";
import { actingAdmin, createAdminRouter } from "./guard";
import { readAsPlatformAdmin } from "../auth/access";
import { setOrgDisabled } from "./service";

/** /api/admin/orgs: the list, and disable / enable (platform admins; 404 for everyone else). */
const tags = ["Admin"];

/** `%q%` for LIKE (ASCII case-insensitive in SQLite), its wildcards escaped. */
export function likePart(q: string): string {
  return `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

function orgMatching(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const part = likePart(q);
  return or(sql`${orgs.name} like ${part} escape '\\'`, sql`${orgs.slug} like ${part} escape '\\'`);
}

/** A page of orgs (newest first) with their members and listings counted, and the total. */
function orgSearchQueries(db: Db, query: AdminSearchQuery) {
  const where = orgMatching(query.q);
  return [
    db
      .select({
        id: orgs.id,
        name: orgs.name,
        slug: orgs.slug,
        isDisabled: orgs.isDisabled,
        disabledReason: orgs.disabledReason,
        createdAt: orgs.createdAt,
        membersCount: sql<number>`(select count(*) from ${memberships} m where m.org_id = "orgs"."id")`.as(
          "members_count",
        ),
        listingsCount: sql<number>`(select count(*) from ${listings} l where l.org_id = "orgs"."id")`.as(
          "listings_count",
        ),
      })
      .from(orgs)
      .where(where)
      .orderBy(desc(orgs.createdAt), desc(orgs.id))
      .limit(query.limit)
      .offset((query.page - 1) * query.limit),
    db.select({ total: count() }).from(orgs).where(where),
  ] as const;
}

export const orgRoutes = createAdminRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/admin/orgs",
      operationId: "searchOrgs",
      summary: "List orgs (platform admins)",
      description:
        "A page of orgs, newest first; `q` matches part of the name or slug (case-insensitive for ASCII letters). Each with its members and listings counted and whether it is disabled (and why). 404 for anyone but a platform admin. One D1 round trip.",
      tags,
      request: { query: adminSearchQuery },
      responses: { 200: json(adminOrgPage), ...problems(401, 403, 404) },
    }),
    async (c) => {
      const query = readAdminSearch(c.req.valid("query"));
      const {
        results: [results, [total]],
      } = await readAsPlatformAdmin(c, (db) => [...orgSearchQueries(db, query)]);
      return c.json({ results, total: total?.total ?? 0, page: query.page, limit: query.limit }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/admin/orgs/{id}/disable",
      operationId: "disableOrg",
      summary: "Disable an org (platform admins)",
      description:
        "Its members can still sign in and read why; every org route answers 403 `org_disabled`, room tickets are refused and every open socket in its rooms is closed. 422 `reason_required` without a reason.",
      tags,
      request: { params: idParam, ...jsonBody(disableOrgInput) },
      responses: { 200: json(orgState), ...problems(400, 401, 403, 404, 422) },
    }),
    async (c) => {
      const { reason } = c.req.valid("json");
      const orgId = c.req.valid("param").id;
      const state = await setOrgDisabled(c.get("ports"), actingAdmin(c), orgId, { disabled: true, reason });
      // Every open socket in the org's rooms closes now (members and renters alike are refused).
      await c.get("ports").rooms.revoke({ reason: "org_disabled", orgId });
      return c.json(state, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/admin/orgs/{id}/enable",
      operationId: "enableOrg",
      summary: "Enable a disabled org again (platform admins)",
      description: "`reason` (kept in the audit log) is required: 422 `reason_required` without it.",
      tags,
      request: { params: idParam, ...jsonBody(adminActionInput) },
      responses: { 200: json(orgState), ...problems(400, 401, 403, 404, 422) },
    }),
    async (c) => {
      const { reason } = c.req.valid("json");
      const orgId = c.req.valid("param").id;
      return c.json(await setOrgDisabled(c.get("ports"), actingAdmin(c), orgId, { disabled: false, reason }), 200);
    },
  );
