import { createRoute, z } from "@hono/zod-openapi";
import { readOrg, requireOrg } from "../auth/access";
import { seesLeasePrivate } from "../auth/policy";
import type { Role } from "../domain";
import { createRouter } from "../lib/context";
import { NotFound } from "../lib/errors";
import { idParam, json, jsonBody, problems } from "../lib/openapi";
import { pageOf, pageQuery, pageSchema } from "../lib/pagination";
import { apartment, apartmentInput, apartmentPatch, property, propertyInput, propertyPatch } from "./contract";
import { deleteApartment, deleteProperty } from "./deletion";
import { removeStoredFiles } from "./stored-files";
import * as portfolio from "./service";

/**
 * /api/properties and /api/apartments: the org's portfolio. Every member reads it; changing it needs
 * `portfolio.edit` (owners and managers).
 */

const toProperty = ({ orgId: _, ...p }: portfolio.Property & { unread?: number }) => p;
/**
 * An apartment as `role` may read it: its rent only for who sees leases' money (auth/policy.ts
 * `seesLeasePrivate`); a maintenance member gets `rentAmount: null`.
 */
const apartmentFor =
  (role: Role) =>
  ({ orgId: _, rentAmount, ...a }: portfolio.Apartment & { unread?: number }) => ({
    ...a,
    rentAmount: seesLeasePrivate({ role }) ? rentAmount : null,
  });
const toApartment = apartmentFor("owner");

const tags = ["Portfolio"];
const READ_PROBLEMS = problems(400, 401, 403, 404);
const WRITE_PROBLEMS = problems(400, 401, 403, 404, 409);

const propertyRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/properties",
      operationId: "listProperties",
      summary: "The org's properties by name, with unread chat per property",
      tags,
      request: { query: pageQuery },
      responses: { 200: json(pageSchema(property)), ...READ_PROBLEMS },
    }),
    async (c) => {
      const page = c.req.valid("query");
      const {
        results: [rows, [total]],
      } = await readOrg(c, (s) => [...portfolio.propertyPageQueries(s, page)]);
      return c.json(pageOf(rows.map(toProperty), total?.total ?? 0, page), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/properties",
      operationId: "createProperty",
      summary: "Add a property to the org",
      tags,
      request: jsonBody(propertyInput),
      responses: { 201: json(property, "Created"), ...WRITE_PROBLEMS, ...problems(422) },
    }),
    async (c) => {
      const s = await requireOrg(c, "portfolio.edit");
      return c.json(toProperty(await portfolio.createProperty(s, c.req.valid("json"))), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/properties/{id}",
      operationId: "getProperty",
      summary: "One property, optionally with a page of its apartments",
      description:
        "With `include=apartments`, the property's apartments come along (paginated by page/limit) in the same round trip.",
      tags,
      request: { params: idParam, query: pageQuery.extend({ include: z.enum(["apartments"]).optional() }) },
      responses: { 200: json(property.extend({ apartments: pageSchema(apartment).optional() })), ...READ_PROBLEMS },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { include, ...page } = c.req.valid("query");
      if (include !== "apartments") {
        const {
          results: [[row]],
        } = await readOrg(c, (s) => [portfolio.propertyQuery(s, id)]);
        if (!row) throw new NotFound("Property");
        return c.json(toProperty(row), 200);
      }
      const {
        results: [[row], rows, [total]],
        s,
      } = await readOrg(c, (s) => [portfolio.propertyQuery(s, id), ...portfolio.apartmentPageQueries(s, page, id)]);
      if (!row) throw new NotFound("Property");
      const apartments = pageOf(rows.map(apartmentFor(s.scope.role)), total?.total ?? 0, page);
      return c.json({ ...toProperty(row), apartments }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/properties/{id}",
      operationId: "updateProperty",
      summary: "Change some fields of a property",
      tags,
      request: { params: idParam, ...jsonBody(propertyPatch) },
      responses: { 200: json(property), ...WRITE_PROBLEMS, ...problems(422) },
    }),
    async (c) => {
      const s = await requireOrg(c, "portfolio.edit");
      return c.json(toProperty(await portfolio.updateProperty(s, c.req.valid("param").id, c.req.valid("json"))), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/properties/{id}",
      operationId: "deleteProperty",
      summary: "Delete a property and its apartments",
      description:
        "409 `has_money_records` when a lease of one of its apartments has ledger entries or payments (kept for good), naming them.",
      tags,
      request: { params: idParam },
      responses: { 204: { description: "Deleted with its apartments" }, ...WRITE_PROBLEMS },
    }),
    async (c) => {
      const s = await requireOrg(c, "portfolio.edit");
      const deleted = await deleteProperty(s, c.req.valid("param").id);
      // Nobody keeps a socket in a room whose apartment is gone; no file outlives the rows naming it.
      await Promise.all(
        deleted.apartmentIds.map((room) => c.get("ports").rooms.revoke({ reason: "apartment_deleted", room })),
      );
      // Their rooms' stored chat goes with the rows (apartments' and their applications' conversations).
      await c.get("ports").rooms.roomsForgotten(deleted.rooms);
      await removeStoredFiles(c.get("ports").docs, deleted.files);
      return c.body(null, 204);
    },
  );

const apartmentRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/apartments",
      operationId: "listApartments",
      summary: "The org's apartments (of one property, if given), with unread chat",
      tags,
      request: { query: pageQuery.extend({ propertyId: z.string().max(64).optional() }) },
      responses: { 200: json(pageSchema(apartment)), ...READ_PROBLEMS },
    }),
    async (c) => {
      const { propertyId, ...page } = c.req.valid("query");
      const {
        results: [rows, [total]],
        s,
      } = await readOrg(c, (s) => [...portfolio.apartmentPageQueries(s, page, propertyId)]);
      return c.json(pageOf(rows.map(apartmentFor(s.scope.role)), total?.total ?? 0, page), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/apartments",
      operationId: "createApartment",
      summary: "Add an apartment to one of the org's properties",
      tags,
      request: jsonBody(apartmentInput),
      responses: { 201: json(apartment, "Created"), ...WRITE_PROBLEMS },
    }),
    async (c) => {
      const s = await requireOrg(c, "portfolio.edit");
      return c.json(toApartment(await portfolio.createApartment(s, c.req.valid("json"))), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/apartments/{id}",
      operationId: "getApartment",
      summary: "One apartment of the org",
      tags,
      request: { params: idParam },
      responses: { 200: json(apartment), ...READ_PROBLEMS },
    }),
    async (c) => {
      const {
        results: [[row]],
        s,
      } = await readOrg(c, (s) => [portfolio.apartmentQuery(s, c.req.valid("param").id)]);
      if (!row) throw new NotFound("Apartment");
      return c.json(apartmentFor(s.scope.role)(row), 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/apartments/{id}",
      operationId: "updateApartment",
      summary: "Change some fields of an apartment",
      description:
        "`sharedChat`: a shared flat, whose renters of separate current leases share the room's chat (never their ledgers); switching it reconnects the renters' open room sockets with the new view at once. `currency` changes only while no lease and no listing of the apartment is priced in it: else 409 `currency_locked` and nothing changes.",
      tags,
      request: { params: idParam, ...jsonBody(apartmentPatch) },
      responses: { 200: json(apartment), ...WRITE_PROBLEMS },
    }),
    async (c) => {
      const s = await requireOrg(c, "portfolio.edit");
      const { id } = c.req.valid("param");
      const input = c.req.valid("json");
      const updated = await portfolio.updateApartment(s, id, input);
      if (input.sharedChat !== undefined)
        await c.get("ports").rooms.revoke({ reason: "chat_setting_changed", room: id, side: "renter" });
      return c.json(toApartment(updated), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/apartments/{id}",
      operationId: "deleteApartment",
      summary: "Delete an apartment",
      description:
        "409 `has_money_records` when one of its leases has ledger entries or payments (kept for good), naming what it holds.",
      tags,
      request: { params: idParam },
      responses: { 204: { description: "Deleted" }, ...WRITE_PROBLEMS },
    }),
    async (c) => {
      const s = await requireOrg(c, "portfolio.edit");
      const { id } = c.req.valid("param");
      const { files, rooms } = await deleteApartment(s, id);
      // Nobody keeps a socket in a room whose apartment is gone; no chat or file outlives the rows naming it.
      await c.get("ports").rooms.revoke({ reason: "apartment_deleted", room: id });
      await c.get("ports").rooms.roomsForgotten(rooms);
      await removeStoredFiles(c.get("ports").docs, files);
      return c.body(null, 204);
    },
  );

/** Every portfolio route. */
export const portfolioRoutes = createRouter().route("/", propertyRoutes).route("/", apartmentRoutes);
