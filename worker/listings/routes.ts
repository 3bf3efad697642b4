import { createRoute, z } from "@hono/zod-openapi";
import { desc, eq } from "drizzle-orm";
import { PORTFOLIO_EDITORS, readInOrg, requireOrgRole } from "../auth/access";
import { createRouter } from "../lib/context";
import { NotFound } from "../lib/errors";
import { errorResponses, idParam, json, jsonBody } from "../lib/openapi";
import { pageOf, pageQuery, pageSchema } from "../lib/pagination";
import { documentKinds, listings, listingStatuses, listingTypes } from "./schema";
import { addPhoto, MAX_PHOTOS, publishedPhotoKey } from "./photos";
import * as service from "./service";
import { MAX_IMAGE_BYTES } from "../lib/uploads";

const tags = ["Listings"];
const money = z.number().int().min(0).max(100_000_000);
const date = z.iso.date("a date (YYYY-MM-DD)");
const room = z.object({
  name: z.string().trim().min(1).max(100),
  capacity: z.number().int().min(1).max(20),
  rentAmount: money,
});
/** The listing's fields without defaults: a PATCH must leave out what it does not change (zod applies defaults inside `.partial()`). */
const listingFields = z.object({
  apartmentId: z.string().min(1).max(64),
  title: z.string().trim().min(3).max(120),
  description: z.string().trim().min(1).max(5000),
  city: z.string().trim().min(1).max(80),
  address: z.string().trim().min(1).max(200),
  type: z.enum(listingTypes),
  chargesAmount: money,
  depositAmount: money,
  availableFrom: date,
  guarantorsRequired: z.number().int().min(0).max(50),
  requiredDocuments: z.array(z.enum(documentKinds)).max(documentKinds.length),
  rooms: z.array(room).min(1, "at least one room (the whole place for a flat)").max(30),
});
const listingInput = listingFields.extend({
  chargesAmount: money.default(0),
  depositAmount: money.default(0),
  guarantorsRequired: z.number().int().min(0).max(50).default(0),
  requiredDocuments: z.array(z.enum(documentKinds)).max(documentKinds.length).default([]),
});
const roomView = z.object({
  id: z.string(),
  name: z.string(),
  capacity: z.number().int(),
  rentAmount: z.number().int(),
  filled: z.number().int(),
  position: z.number().int(),
});
const listingView = z
  .object({
    id: z.string(),
    apartmentId: z.string(),
    title: z.string(),
    description: z.string(),
    city: z.string(),
    address: z.string(),
    type: z.enum(listingTypes),
    rentAmount: z.number().int(),
    chargesAmount: z.number().int(),
    depositAmount: z.number().int(),
    currency: z.string(),
    availableFrom: z.string(),
    guarantorsRequired: z.number().int(),
    requiredDocuments: z.array(z.enum(documentKinds)),
    status: z.enum(listingStatuses),
    publishedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    updatedAt: z.string(),
    rooms: z.array(roomView),
    photos: z.array(z.object({ id: z.string(), url: z.string() })),
  })
  .openapi("Listing");
const summary = z
  .object({
    id: z.string(),
    title: z.string(),
    city: z.string(),
    type: z.enum(listingTypes),
    rentAmount: z.number().int(),
    chargesAmount: z.number().int(),
    currency: z.string(),
    availableFrom: z.string(),
    publishedAt: z.string().nullable(),
    photo: z.string().nullable(),
  })
  .openapi("ListingSummary");

type Row = service.ListingRow;
const view = (l: Row, rooms: service.RoomRow[], photos: { id: string }[] = []) => {
  const { orgId: _, createdBy: __, createdAt: ___, ...rest } = l;
  return {
    ...rest,
    rooms: rooms.map(({ orgId: _o, listingId: _l, ...r }) => r),
    photos: photos.map((p) => ({ id: p.id, url: `/api/public/listings/${l.id}/photos/${p.id}` })),
  };
};

export const listingRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/listings",
      tags,
      description: "Creates a draft listing for one of the org's apartments (owners and managers).",
      request: jsonBody(listingInput),
      responses: { 201: json(listingView, "Created"), ...errorResponses },
    }),
    async (c) => {
      const s = await requireOrgRole(c, PORTFOLIO_EDITORS);
      const created = await service.createListing(s, c.req.valid("json"));
      return c.json(view(created, created.rooms), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/listings",
      tags,
      description: "The org's listings, newest change first.",
      request: { query: pageQuery },
      responses: { 200: json(pageSchema(listingView.omit({ rooms: true, photos: true }))), ...errorResponses },
    }),
    async (c) => {
      const page = c.req.valid("query");
      const {
        results: [rows, [total]],
      } = await readInOrg(c, (s) => [...service.orgListingsQueries(s, page)]);
      return c.json(
        pageOf(
          rows.map(({ orgId: _, createdBy: __, createdAt: ___, ...l }) => l),
          total?.total ?? 0,
          page,
        ),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/listings/{id}",
      tags,
      request: { params: idParam },
      responses: { 200: json(listingView), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const {
        results: [[listing], rooms, photos],
      } = await readInOrg(c, (s) => [...service.listingQueries(s.db, eq(listings.orgId, s.scope.orgId), id)]);
      if (!listing) throw new NotFound("Listing");
      return c.json(view(listing, rooms, photos), 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/listings/{id}",
      tags,
      description: "Edits a listing. `photoOrder` lists the photos to keep, in display order (the others are deleted).",
      request: {
        params: idParam,
        ...jsonBody(
          listingFields
            .omit({ apartmentId: true })
            .partial()
            .extend({ photoOrder: z.array(z.string().max(64)).max(MAX_PHOTOS).optional() }),
        ),
      },
      responses: { 200: json(z.object({ ok: z.literal(true) })), ...errorResponses },
    }),
    async (c) => {
      const s = await requireOrgRole(c, PORTFOLIO_EDITORS);
      const { removedPhotoKeys } = await service.updateListing(s, c.req.valid("param").id, c.req.valid("json"));
      if (removedPhotoKeys.length) c.executionCtx.waitUntil(c.env.DOCS.delete(removedPhotoKeys));
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/listings/{id}/publish",
      tags,
      description: "draft or closed → published; anything else is a 409 naming the current status.",
      request: { params: idParam },
      responses: { 200: json(z.object({ status: z.literal("published") })), ...errorResponses },
    }),
    async (c) => {
      const s = await requireOrgRole(c, PORTFOLIO_EDITORS);
      await service.transitionListing(s, c.req.valid("param").id, "publish");
      return c.json({ status: "published" as const }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/listings/{id}/close",
      tags,
      description: "published → closed.",
      request: { params: idParam },
      responses: { 200: json(z.object({ status: z.literal("closed") })), ...errorResponses },
    }),
    async (c) => {
      const s = await requireOrgRole(c, PORTFOLIO_EDITORS);
      await service.transitionListing(s, c.req.valid("param").id, "close");
      return c.json({ status: "closed" as const }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/public/listings",
      tags,
      security: [],
      description:
        "Public search of published listings. Cached at the edge; any listing change bumps the search generation, which invalidates every cached answer (docs/decisions/0003).",
      request: {
        query: z.object({
          city: z.string().trim().min(1).max(80).optional(),
          priceMax: z.coerce.number().int().min(0).max(100_000_000).optional(),
          type: z.enum(listingTypes).optional(),
          availableFrom: date.optional(),
          q: z.string().trim().min(1).max(200).optional(),
          sort: z.enum(["price_asc", "price_desc", "newest"]).default("newest"),
          page: z.coerce.number().int().min(1).max(10_000).default(1),
          limit: z.coerce.number().int().min(1).max(50).default(20),
        }),
      },
      responses: {
        200: json(
          z.object({
            results: z.array(summary),
            total: z.number().int(),
            page: z.number().int(),
            limit: z.number().int(),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const db = c.get("db");
      const normalized = new URLSearchParams(
        Object.entries(q)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, String(v)])
          .sort(),
      );
      const key = new Request(`https://search-cache.rentline.internal/search?${normalized}`);
      const cache = (caches as unknown as { default: Cache }).default;
      // A cached answer records the search generation it was computed at: it is served only while that is
      // still current (one tiny read); a miss reads the generation with the search, in the same batch.
      const hit = await cache.match(key);
      if (hit) {
        const cached = (await hit.json()) as { generation: number; body: unknown };
        const [current] = await service.generationQuery(db);
        if (current?.value === cached.generation) {
          c.header("x-cache", "hit");
          return c.json(cached.body as never, 200);
        }
      }
      const [[generation], rows, [total]] = await db.batch([
        service.generationQuery(db),
        ...service.searchQueries(db, q),
      ]);
      const body = { results: rows, total: total?.total ?? 0, page: q.page, limit: q.limit };
      c.executionCtx.waitUntil(
        cache.put(
          key,
          new Response(JSON.stringify({ generation: generation?.value ?? 0, body }), {
            headers: { "content-type": "application/json", "cache-control": "public, max-age=300" },
          }),
        ),
      );
      c.header("x-cache", hit ? "stale" : "miss");
      return c.json(body, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/listings/{id}/photos",
      tags,
      description: `multipart/form-data with one \`file\`: JPEG, PNG or WebP (checked from its bytes, at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB), downscaled and re-encoded; at most ${MAX_PHOTOS} per listing.`,
      // A plain schema, not zod: a zod form schema would make the router buffer the body the handler streams.
      request: {
        params: idParam,
        body: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object" as const,
                required: ["file"],
                properties: { file: { type: "string" as const, format: "binary" } },
              },
            },
          },
        },
      },
      responses: {
        201: json(
          z.object({ id: z.string(), contentType: z.string(), size: z.number().int(), url: z.string() }),
          "Stored",
        ),
        413: json(z.object({}), "Too large"),
        415: json(z.object({}), "Not an image"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const s = await requireOrgRole(c, PORTFOLIO_EDITORS);
      const { id } = c.req.valid("param");
      const photo = await addPhoto(s, c.env.DOCS, id, c.req.raw);
      return c.json({ ...photo, url: `/api/public/listings/${id}/photos/${photo.id}` }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/public/listings/{id}/photos/{photoId}",
      tags,
      security: [],
      description: "A photo of a published listing (404 otherwise); cacheable by browsers and the edge.",
      request: {
        params: idParam.extend({
          photoId: z
            .string()
            .min(1)
            .max(64)
            .openapi({ param: { name: "photoId", in: "path" } }),
        }),
      },
      responses: {
        200: {
          description: "The image",
          content: { "image/jpeg": { schema: z.string().openapi({ format: "binary" }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id, photoId } = c.req.valid("param");
      const photo = await publishedPhotoKey(c.get("db"), id, photoId);
      const object = photo && (await c.env.DOCS.get(photo.key));
      if (!photo || !object) throw new NotFound("Photo");
      return c.body(object.body, 200, {
        "content-type": photo.contentType,
        "cache-control": "public, max-age=3600",
        etag: object.httpEtag,
      }) as never;
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/public/sitemap",
      tags,
      security: [],
      description:
        "Every published listing's id and last change, for /sitemap.xml (at most 50,000, the sitemap format's limit).",
      responses: {
        200: json(z.object({ listings: z.array(z.object({ id: z.string(), updatedAt: z.string() })) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const db = c.get("db");
      const rows = await db
        .select({ id: listings.id, updatedAt: listings.updatedAt })
        .from(listings)
        .where(eq(listings.status, "published"))
        .orderBy(desc(listings.publishedAt))
        .limit(50_000);
      return c.json({ listings: rows }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/public/listings/{id}",
      tags,
      security: [],
      description: "A published listing, for anyone.",
      request: { params: idParam },
      responses: { 200: json(listingView.omit({ status: true, closedAt: true })), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const db = c.get("db");
      const [[listing], rooms, photos] = await db.batch([
        ...service.listingQueries(db, eq(listings.status, "published"), id),
      ]);
      if (!listing) throw new NotFound("Listing");
      const { status: _, closedAt: __, ...rest } = view(listing, rooms, photos);
      return c.json(rest, 200);
    },
  );
