import { createRoute, z } from "@hono/zod-openapi";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { readApartment, readAsUser, readOrg, requireApartment, requireClaims, requireOrg } from "../auth/access";
import { createRouter } from "../lib/context";
import { AppError, Forbidden } from "../lib/errors";
import { errorResponses, idParam, json, jsonBody, problems } from "../lib/openapi";
import { newId } from "../lib/ids";
import { nowIso } from "../lib/time";
import { orgs } from "../orgs/schema";
import { readInRequest, requireRequestAccess } from "./access";
import { actionRoutes } from "./action-routes";
import { boardOf, boardReads } from "./board";
import {
  apartmentRequests,
  costInput,
  costView,
  createRequestInput,
  listQuery,
  patchRequestInput,
  patchResult,
  requestDetail,
  boardPage,
  requestView,
  vendorInput,
  vendorList,
  vendorView,
} from "./contract";
import { currentLeasesOf, loggedCostsExpenseRead, requestSelect, threadReads, toView, visibleTo } from "./queries";
import { MAINTENANCE_CATEGORIES, MAINTENANCE_URGENCIES, maintenanceRequests, vendors } from "./schema";
import { logCost } from "./costs";
import * as service from "./service";
import { vendorRoutes } from "./vendor-routes";
import { requestDetailOf } from "./view";

/**
 * Maintenance requests (issue 15 §1–5): reporting on an apartment, the board, one request with its thread,
 * triage edits, logged costs and the org's vendors; the lifecycle, comments, rating and photos in
 * ./action-routes.ts; the vendor's signed page in ./vendor-routes.ts. Reads cost one D1 round trip.
 */
const tags = ["Maintenance"];
const newest = desc(maintenanceRequests.createdAt);

const readRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/apartments/{id}/maintenance-requests",
      operationId: "listApartmentMaintenanceRequests",
      summary: "The apartment's maintenance requests, and the emergency number",
      tags,
      description:
        "What the reader may see of the apartment's requests (a renter: those of their current lease; staff: all; a maintenance member: those assigned to them), newest first, with the org's emergency phone (its contact phone when none is set) that the report form shows before an emergency.",
      request: { params: idParam },
      responses: { 200: json(apartmentRequests), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const userId = requireClaims(c).sub;
      const db = c.get("db");
      const {
        results: [rows, [org]],
      } = await readApartment(c, id, (a) => [
        requestSelect(db, userId, and(eq(maintenanceRequests.apartmentId, id), visibleTo(db, userId))!).orderBy(newest),
        db
          .select({ emergencyPhone: orgs.emergencyPhone, phone: orgs.phone })
          .from(orgs)
          .where(eq(orgs.id, a.filter.orgId)),
      ]);
      return c.json(
        {
          results: rows.map((r) => toView(r)),
          emergencyPhone: org?.emergencyPhone ?? org?.phone ?? null,
          categories: [...MAINTENANCE_CATEGORIES],
          urgencies: [...MAINTENANCE_URGENCIES],
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/maintenance-requests",
      operationId: "listMaintenanceRequests",
      summary: "The maintenance board",
      tags,
      description:
        "The org's requests, newest first, filtered by status, property, assignee, urgency and `overdue=1` (open past its urgency's acknowledgement time) (owners and managers: all; a maintenance member: those assigned to them, whatever `assigneeUserId` says), with `counts`: per status, the whole filtered set without the `status` filter (every page). Renters use `/me/maintenance-requests`.",
      request: { query: listQuery },
      responses: { 200: json(boardPage), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const userId = requireClaims(c).sub;
      const db = c.get("db");
      const now = Date.now();
      const {
        results: [rows, [total], counted],
      } = await readOrg(c, (s) => [...boardReads(db, userId, s.scope.orgId, q, now)], "maintenance.work");
      return c.json(boardOf(rows, total?.n ?? 0, counted, q, now), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me/maintenance-requests",
      operationId: "listMyMaintenanceRequests",
      summary: "A renter's maintenance requests",
      tags,
      description: "The requests of the caller's current leases, in every org, newest first.",
      responses: { 200: json(z.object({ results: z.array(requestView) })), ...problems(401, 403) },
    }),
    async (c) => {
      const {
        results: [rows],
      } = await readAsUser(c, (db, claims) => [
        requestSelect(db, null, inArray(maintenanceRequests.leaseId, currentLeasesOf(db, claims.sub))).orderBy(newest),
      ]);
      return c.json({ results: rows.map((r) => toView(r)) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/maintenance-requests/{id}",
      operationId: "getMaintenanceRequest",
      summary: "One maintenance request with its thread",
      tags,
      description:
        "The request, its history (actor, time, note), comments with photos, photos (signed links), costs (staff and the assigned member only), the expense its logged costs were recorded as (owners and managers), and what the reader may do now. 404 for whoever may not see it.",
      request: { params: idParam },
      responses: { 200: json(requestDetail), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const {
        access,
        results: [history, comments, photos, costs, [recordedExpense]],
      } = await readInRequest(c, id, (db) => [...threadReads(db, id), loggedCostsExpenseRead(db, id)]);
      const thread = { history, comments, photos, costs, recordedExpense };
      return c.json(await requestDetailOf(c.env.FILES_SIGNING_KEY, access, thread), 200);
    },
  );

const writeRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/apartments/{id}/maintenance-requests",
      operationId: "reportMaintenanceRequest",
      summary: "Report a problem",
      tags,
      description:
        "A renter of a current lease of the apartment, or staff (e.g. found during an inspection), files a request (`open`). The org's owners and managers are emailed; the apartment and org rooms hear of it. 403 `read_only` for a renter whose lease has ended.",
      request: { params: idParam, ...jsonBody(createRequestInput) },
      responses: { 201: json(z.object({ request: requestView }), "Reported"), ...errorResponses },
    }),
    async (c) => {
      const { actor } = await requireApartment(c, c.req.valid("param").id);
      if (actor.side === "landlord" && actor.role === "maintenance")
        throw new Forbidden("Your role (maintenance) does not allow opening requests");
      const request = await service.createRequest(c.get("ports"), actor, c.req.valid("json"));
      return c.json({ request }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/maintenance-requests/{id}",
      operationId: "updateMaintenanceRequest",
      summary: "Triage: priority, assignee, vendor, visit",
      tags,
      description:
        "Owners and managers (others who see the request: 403). `null` clears. A new assignee is emailed the work order; a new vendor gets the details and a signed page link (30 days), answered as `vendorLink`; a visit (day and `HH:MM` window in the org's time zone) is told to the renter. 422 `assignee_not_member`; another org's vendor 404.",
      request: { params: idParam, ...jsonBody(patchRequestInput) },
      responses: { 200: json(patchResult), ...errorResponses, ...problems(422) },
    }),
    async (c) => {
      const access = await requireRequestAccess(c, c.req.valid("param").id);
      if (access.actor !== "staff") throw new Forbidden("Only owners and managers triage maintenance requests");
      return c.json(await service.patchRequest(c.get("ports"), c.env.JWT_SECRET, access, c.req.valid("json")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/maintenance-requests/{id}/costs",
      operationId: "logMaintenanceCost",
      summary: "Log labour or materials",
      tags,
      description:
        "Staff and the assigned maintenance member log a cost (integer minor units; the org's currency unless given). Renters: 403.",
      request: { params: idParam, ...jsonBody(costInput) },
      responses: { 201: json(costView, "Logged"), ...errorResponses },
    }),
    async (c) => {
      const access = await requireRequestAccess(c, c.req.valid("param").id);
      if (access.kind !== "staff") throw new Forbidden("Only staff log costs");
      return c.json(await logCost(c.get("ports"), access, c.req.valid("json")), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/vendors",
      operationId: "listVendors",
      summary: "The org's vendors",
      tags,
      description: "Owners and managers (`maintenance.triage`), by name.",
      responses: { 200: json(vendorList), ...errorResponses },
    }),
    async (c) => {
      const {
        results: [rows],
      } = await readOrg(c, (s) => [s.select(vendors).orderBy(vendors.name)], "maintenance.triage");
      return c.json({ results: rows.map(({ orgId: _, ...v }) => v) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/vendors",
      operationId: "createVendor",
      summary: "Add a vendor",
      tags,
      description:
        "Owners and managers add an external contractor (name, trade, email, phone). The same contractor twice (the same name, case aside, with the same email or phone) is refused: 409 `vendor_exists` naming the one already listed as `vendorId` (assign that one instead).",
      request: jsonBody(vendorInput),
      responses: { 201: json(vendorView, "Added"), ...errorResponses },
    }),
    async (c) => {
      const s = await requireOrg(c, "maintenance.triage");
      const input = c.req.valid("json");
      await refuseDuplicateVendor(s, input);
      const row = {
        id: newId(),
        name: input.name,
        trade: input.trade,
        email: input.email ?? null,
        phone: input.phone ?? null,
        createdAt: nowIso(),
      };
      await s.insert(vendors, row);
      return c.json(row, 201);
    },
  );

/**
 * 409 `vendor_exists` (extension `vendorId`) when the org already lists this contractor: the same name, case
 * and spaces aside, with the same email or the same phone (digits compared).
 */
async function refuseDuplicateVendor(s: Awaited<ReturnType<typeof requireOrg>>, input: z.infer<typeof vendorInput>) {
  const digits = (phone: string | null | undefined) => (phone ?? "").replace(/\D/g, "");
  const named = await s.select(vendors, sql`lower(trim(${vendors.name})) = ${input.name.trim().toLowerCase()}`);
  const same = named.find(
    (v) => (input.email && v.email === input.email) || (digits(input.phone) && digits(v.phone) === digits(input.phone)),
  );
  if (same)
    throw new AppError(409, "vendor_exists", "This contractor is already in the list", undefined, undefined, {
      vendorId: same.id,
    });
}

/** Every maintenance route. */
export const maintenanceRoutes = createRouter()
  .route("/", readRoutes)
  .route("/", writeRoutes)
  .route("/", actionRoutes)
  .route("/", vendorRoutes);
