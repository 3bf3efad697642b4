import { createRoute } from "@hono/zod-openapi";
import { and, count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { enqueueEmail } from "../email/contract";
import { listings } from "../listings/schema";
import { auditEntryIf } from "../lib/audit";
import { appUrl } from "../lib/context";
import { Conflict, NotFound } from "../lib/errors";
import { idParam, json, jsonBody, problems } from "../lib/openapi";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { memberships, orgs } from "../orgs/schema";
import {
  adminActionInput,
  adminListingPage,
  adminSearchQuery,
  readAdminSearch,
  listingState,
  takedownInput,
  type AdminSearchQuery,
} from "./contract";
import { actingAdmin, createAdminRouter } from "./guard";
import { readAsPlatformAdmin } from "../auth/access";
import { likePart } from "./orgs";

/**
 * Listing moderation: platform admins find listings (title, city, org) and take one down with a reason, or
 * restore it. Taken down (`status = taken_down`) a listing leaves search, the sitemap and its public page at
 * once (they read published listings only; the page answers 410 like a closed one, docs/decisions/0007),
 * every cached search is invalidated (the generation bumped in the same batch), the org's owners are
 * emailed the reason, and the landlord sees it taken down with the reason and cannot republish it (the
 * listing state table starts no action from `taken_down`). A restore puts back the status it had.
 */
const tags = ["Admin"];

function listingMatching(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const part = likePart(q);
  const like = (column: SQL) => sql`${column} like ${part} escape '\\'`;
  return or(like(sql`${listings.title}`), like(sql`${listings.city}`), like(sql`${orgs.name}`));
}

/** A page of listings (latest change first) with their org, and the total. */
function listingSearchQueries(db: Db, query: AdminSearchQuery) {
  const where = listingMatching(query.q);
  return [
    db
      .select({
        id: listings.id,
        title: listings.title,
        city: listings.city,
        status: listings.status,
        orgId: listings.orgId,
        orgName: sql<string>`${orgs.name}`.as("org_name"),
        updatedAt: listings.updatedAt,
        takedownReason: listings.takedownReason,
        takenDownAt: listings.takenDownAt,
      })
      .from(listings)
      .innerJoin(orgs, eq(orgs.id, listings.orgId))
      .where(where)
      .orderBy(desc(listings.updatedAt), desc(listings.id))
      .limit(query.limit)
      .offset((query.page - 1) * query.limit),
    db.select({ total: count() }).from(listings).innerJoin(orgs, eq(orgs.id, listings.orgId)).where(where),
  ] as const;
}

/** The listing's org, title and the addresses of its org's owners (who are emailed). */
function listingAndOwners(db: Db, id: string) {
  return db.batch([
    db
      .select({ orgId: listings.orgId, title: listings.title, status: listings.status })
      .from(listings)
      .where(eq(listings.id, id)),
    db
      .select({ email: users.email })
      .from(memberships)
      .innerJoin(listings, eq(listings.orgId, memberships.orgId))
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(listings.id, id), eq(memberships.role, "owner"))),
  ]);
}

type Moderation = { action: "takedown" | "restore"; reason: string; link: string };

/**
 * Takes the listing down or restores it, audited in the same batch, and emails the org's owners. 404 when
 * no such listing; 409 `illegal_transition` when it is already taken down (takedown) or is not (restore).
 */
async function moderateListing(ports: Ports, adminUserId: string, id: string, m: Moderation) {
  const { db } = ports;
  const [[listing], owners] = await listingAndOwners(db, id);
  if (!listing) throw new NotFound("Listing");
  const now = nowIso();
  const takedown = m.action === "takedown";
  const change = takedown
    ? db
        .update(listings)
        .set({
          status: "taken_down",
          statusBeforeTakedown: sql`${listings.status}`,
          takedownReason: m.reason,
          takenDownAt: now,
          updatedAt: now,
        })
        .where(and(eq(listings.id, id), sql`${listings.status} <> 'taken_down'`))
    : db
        .update(listings)
        .set({
          status: sql`coalesce(${listings.statusBeforeTakedown}, 'closed')`,
          statusBeforeTakedown: null,
          takedownReason: null,
          takenDownAt: null,
          updatedAt: now,
        })
        .where(and(eq(listings.id, id), eq(listings.status, "taken_down")));
  const landed = sql`exists (select 1 from ${listings} where ${listings.id} = ${id} and ${listings.updatedAt} = ${now})`;
  const [updated, , [after]] = await db.batch([
    change,
    auditEntryIf(
      db,
      {
        action: takedown ? "admin.listing_takedown" : "admin.listing_restore",
        actorUserId: adminUserId,
        orgId: listing.orgId,
        targetType: "listing",
        targetId: id,
        requestId: ports.requestId,
        details: { reason: m.reason },
      },
      landed,
    ),
    db.select({ status: listings.status }).from(listings).where(eq(listings.id, id)),
  ]);
  // At most one row (by id); D1's `changes` also counts what the listing triggers wrote (search index and
  // per-city counts, migration 0043), so "nothing changed" is 0, not "not 1".
  if (updated.meta.changes < 1 || !after)
    throw new Conflict(
      `A ${listing.status} listing cannot be ${takedown ? "taken down" : "restored"}`,
      "illegal_transition",
    );
  const data = {
    event: takedown ? "taken_down" : "restored",
    title: listing.title,
    reason: m.reason,
    link: m.link,
  } as const;
  for (const { email } of owners)
    await enqueueEmail(ports.queues.email, { template: "listing_moderated", to: email, orgId: listing.orgId, data });
  return { id, status: after.status };
}

export const adminListingRoutes = createAdminRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/admin/listings",
      operationId: "searchAdminListings",
      summary: "Search listings of every org (platform admins)",
      description:
        "A page of listings of every status, latest change first; `q` matches part of the title, the city or the org's name (case-insensitive for ASCII letters). Taken-down listings carry the reason. 404 for anyone but a platform admin. One D1 round trip.",
      tags,
      request: { query: adminSearchQuery },
      responses: { 200: json(adminListingPage), ...problems(401, 403, 404) },
    }),
    async (c) => {
      const query = readAdminSearch(c.req.valid("query"));
      const {
        results: [results, [total]],
      } = await readAsPlatformAdmin(c, (db) => [...listingSearchQueries(db, query)]);
      return c.json({ results, total: total?.total ?? 0, page: query.page, limit: query.limit }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/admin/listings/{id}/takedown",
      operationId: "takeDownListing",
      summary: "Take a listing down (platform admins)",
      description:
        "At once: gone from search (every cached search invalidated), the sitemap and its public page (410, like a closed listing); the org's owners are emailed the `reason` in their language; the landlord sees it taken down and cannot republish it. Audited in the same batch. 409 `illegal_transition` when already taken down; 422 `reason_required` without a reason.",
      tags,
      request: { params: idParam, ...jsonBody(takedownInput) },
      responses: { 200: json(listingState), ...problems(400, 401, 403, 404, 409, 422) },
    }),
    async (c) => {
      const { reason } = c.req.valid("json");
      const link = `${appUrl(c)}/manage/listings`;
      const id = c.req.valid("param").id;
      return c.json(
        await moderateListing(c.get("ports"), actingAdmin(c), id, { action: "takedown", reason, link }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/admin/listings/{id}/restore",
      operationId: "restoreListing",
      summary: "Restore a taken-down listing (platform admins)",
      description:
        "Puts the listing back as it was (the status it had when taken down: a published one is public again) and emails the org's owners. Audited in the same batch. 409 `illegal_transition` when it is not taken down; 422 `reason_required` without a reason.",
      tags,
      request: { params: idParam, ...jsonBody(adminActionInput) },
      responses: { 200: json(listingState), ...problems(400, 401, 403, 404, 409, 422) },
    }),
    async (c) => {
      const { reason } = c.req.valid("json");
      const link = `${appUrl(c)}/manage/listings`;
      const id = c.req.valid("param").id;
      return c.json(
        await moderateListing(c.get("ports"), actingAdmin(c), id, { action: "restore", reason, link }),
        200,
      );
    },
  );
