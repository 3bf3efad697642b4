import { createRoute, z } from "@hono/zod-openapi";
import { PORTFOLIO_EDITORS, readInOrg, requireOrgRole } from "../auth/access";
import { createRouter } from "../lib/context";
import { NotFound } from "../lib/errors";
import { errorResponses, idParam, json, jsonBody } from "../lib/openapi";
import { pageOf, pageQuery, pageSchema } from "../lib/pagination";
import * as portfolio from "./service";

const text = (max: number) => z.string().trim().min(1).max(max);
const currency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "must be a 3-letter ISO 4217 code");

export const propertyInput = z
  .object({ name: text(120), address: text(200), city: text(100), postalCode: text(20), country: text(60) })
  .openapi("PropertyInput");
export const apartmentInput = z
  .object({
    propertyId: text(64),
    unitNumber: text(20),
    roomsCount: z.number().int().min(1).max(50),
    rentAmount: z.number().int().min(0).max(100_000_000).openapi({ description: "Integer minor units (cents)" }),
    currency,
  })
  .openapi("ApartmentInput");

const property = z
  .object({
    id: z.string(),
    name: z.string(),
    address: z.string(),
    city: z.string(),
    postalCode: z.string(),
    country: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    unread: z
      .number()
      .int()
      .optional()
      .openapi({ description: "Unread chat messages for the caller across its apartments (lists only)" }),
  })
  .openapi("Property");
const apartment = z
  .object({
    id: z.string(),
    propertyId: z.string(),
    unitNumber: z.string(),
    roomsCount: z.number().int(),
    rentAmount: z.number().int(),
    currency: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    unread: z.number().int().optional().openapi({ description: "Unread chat messages for the caller (lists only)" }),
  })
  .openapi("Apartment");

const toProperty = ({ orgId: _, ...p }: portfolio.Property & { unread?: number }) => p;
const toApartment = ({ orgId: _, ...a }: portfolio.Apartment & { unread?: number }) => a;

const tags = ["Portfolio"];

export const portfolioRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/properties",
      tags,
      request: { query: pageQuery },
      responses: { 200: json(pageSchema(property)), ...errorResponses },
    }),
    async (c) => {
      const page = c.req.valid("query");
      const {
        results: [rows, [total]],
      } = await readInOrg(c, (s) => [...portfolio.propertyPageQueries(s, page)]);
      return c.json(pageOf(rows.map(toProperty), total?.total ?? 0, page), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/properties",
      tags,
      request: jsonBody(propertyInput),
      responses: { 201: json(property, "Created"), ...errorResponses },
    }),
    async (c) => {
      const s = await requireOrgRole(c, PORTFOLIO_EDITORS);
      return c.json(toProperty(await portfolio.createProperty(s, c.req.valid("json"))), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/properties/{id}",
      tags,
      description:
        "With `include=apartments`, the property's apartments come along (paginated by page/limit) in the same round trip.",
      request: { params: idParam, query: pageQuery.extend({ include: z.enum(["apartments"]).optional() }) },
      responses: { 200: json(property.extend({ apartments: pageSchema(apartment).optional() })), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { include, ...page } = c.req.valid("query");
      if (include !== "apartments") {
        const {
          results: [[row]],
        } = await readInOrg(c, (s) => [portfolio.propertyQuery(s, id)]);
        if (!row) throw new NotFound("Property");
        return c.json(toProperty(row), 200);
      }
      const {
        results: [[row], rows, [total]],
      } = await readInOrg(c, (s) => [portfolio.propertyQuery(s, id), ...portfolio.apartmentPageQueries(s, page, id)]);
      if (!row) throw new NotFound("Property");
      return c.json({ ...toProperty(row), apartments: pageOf(rows.map(toApartment), total?.total ?? 0, page) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/properties/{id}",
      tags,
      request: { params: idParam, ...jsonBody(propertyInput.partial()) },
      responses: { 200: json(property), ...errorResponses },
    }),
    async (c) => {
      const s = await requireOrgRole(c, PORTFOLIO_EDITORS);
      return c.json(toProperty(await portfolio.updateProperty(s, c.req.valid("param").id, c.req.valid("json"))), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/properties/{id}",
      tags,
      request: { params: idParam },
      responses: { 204: { description: "Deleted with its apartments" }, ...errorResponses },
    }),
    async (c) => {
      const s = await requireOrgRole(c, PORTFOLIO_EDITORS);
      await portfolio.deleteProperty(s, c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/apartments",
      tags,
      request: { query: pageQuery.extend({ propertyId: z.string().max(64).optional() }) },
      responses: { 200: json(pageSchema(apartment)), ...errorResponses },
    }),
    async (c) => {
      const { propertyId, ...page } = c.req.valid("query");
      const {
        results: [rows, [total]],
      } = await readInOrg(c, (s) => [...portfolio.apartmentPageQueries(s, page, propertyId)]);
      return c.json(pageOf(rows.map(toApartment), total?.total ?? 0, page), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/apartments",
      tags,
      request: jsonBody(apartmentInput),
      responses: { 201: json(apartment, "Created"), ...errorResponses },
    }),
    async (c) => {
      const s = await requireOrgRole(c, PORTFOLIO_EDITORS);
      return c.json(toApartment(await portfolio.createApartment(s, c.req.valid("json"))), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/apartments/{id}",
      tags,
      request: { params: idParam },
      responses: { 200: json(apartment), ...errorResponses },
    }),
    async (c) => {
      const {
        results: [[row]],
      } = await readInOrg(c, (s) => [portfolio.apartmentQuery(s, c.req.valid("param").id)]);
      if (!row) throw new NotFound("Apartment");
      return c.json(toApartment(row), 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/apartments/{id}",
      tags,
      request: { params: idParam, ...jsonBody(apartmentInput.partial()) },
      responses: { 200: json(apartment), ...errorResponses },
    }),
    async (c) => {
      const s = await requireOrgRole(c, PORTFOLIO_EDITORS);
      return c.json(toApartment(await portfolio.updateApartment(s, c.req.valid("param").id, c.req.valid("json"))), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/apartments/{id}",
      tags,
      request: { params: idParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      const s = await requireOrgRole(c, PORTFOLIO_EDITORS);
      await portfolio.deleteApartment(s, c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
