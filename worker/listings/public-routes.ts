import { createRoute, z } from "@hono/zod-openapi";
import { createRouter } from "../lib/context";
import { AppError, NotFound } from "../lib/errors";
import { errorResponses, idParam, json, problems, problemSchema } from "../lib/openapi";
import { closedListingExtras, publicListingView, searchQuery, searchResult, sitemapView } from "./contract";
import { thumbnailKeyOf } from "../lib/uploads";
import { publishedPhotoKey } from "./photos";
import { cachedSearch, sitemapQuery } from "./search";
import { publicListingQueries } from "./queries";
import { toView } from "./service";

/** What anyone may read, signed in or not: published listings only. */
const tags = ["Listings"];
const publicErrors = { 400: errorResponses[400], 404: errorResponses[404] };
/** The 410 of a closed listing: a problem with the listing's name and similar listings. */
const closedListingProblem = problemSchema.extend(closedListingExtras.shape).openapi("ClosedListingProblem");

export const publicListingRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/public/listings",
      operationId: "searchListings",
      summary: "Search published listings",
      tags,
      security: [],
      description:
        "Public search of published listings. Cached at the edge; any listing change bumps the search generation, which invalidates every cached answer (docs/decisions/0003). `x-cache` says `hit`, `miss` or `stale`. " +
        "Filters on the ad: `areaMin`/`areaMax` (m², inclusive), `energyClassMin` (DPE at least this class: `C` finds A, B, C), `furnished` (`true`/`false`); a listing that does not state the field is left out by its filter. " +
        "Text is compared folded, the same way for `city` (whole name) and `q` (words): Unicode lower case, accents removed from Latin letters (as SQLite FTS5's `unicode61 remove_diacritics 2`), Unicode compatibility and composed/decomposed forms unified (NFKD/NFKC), and punctuation — spaces, hyphens, both apostrophes ' and ’ — treated as one separator. Chinese, Japanese and Korean runs are matched by overlapping two-character pairs.",
      request: { query: searchQuery },
      responses: { 200: json(searchResult), ...problems(400, 422) },
    }),
    async (c) => {
      const { body, outcome } = await cachedSearch(c.get("db"), c.req.valid("query"), (p) =>
        c.executionCtx.waitUntil(p),
      );
      c.header("x-cache", outcome);
      return c.json(body, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/public/listings/{id}/photos/{photoId}",
      operationId: "getListingPhoto",
      summary: "Download a photo of a published listing",
      tags,
      security: [],
      description:
        "A photo of a published listing (404 otherwise); cacheable by browsers and the edge. `size=thumb`: its thumbnail (at most 400 px, JPEG), for lists.",
      request: {
        query: z.object({ size: z.enum(["thumb"]).optional() }),
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
          description: "The image (JPEG, PNG or WebP)",
          content: { "image/*": { schema: z.string().openapi({ format: "binary" }) } },
        },
        ...publicErrors,
      },
    }),
    async (c) => {
      const { id, photoId } = c.req.valid("param");
      const photo = await publishedPhotoKey(c.get("db"), id, photoId);
      const thumb = c.req.valid("query").size === "thumb";
      // A photo stored before thumbnails were has none: its thumbnail is the photo itself.
      const small = photo && thumb ? await c.env.DOCS.get(thumbnailKeyOf(photo.key)) : null;
      const object = small ?? (photo && (await c.env.DOCS.get(photo.key)));
      if (!photo || !object) throw new NotFound("Photo");
      return c.body(object.body, 200, {
        "content-type": small ? "image/jpeg" : photo.contentType,
        "cache-control": "public, max-age=3600",
        etag: object.httpEtag,
      });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/public/sitemap",
      operationId: "getListingSitemap",
      summary: "List published listings for the sitemap",
      tags,
      security: [],
      description:
        "Every published listing's id and last change, for /sitemap.xml (at most 50,000, the sitemap format's limit).",
      responses: { 200: json(sitemapView), 400: errorResponses[400] },
    }),
    async (c) => c.json({ listings: await sitemapQuery(c.get("db")) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/public/listings/{id}",
      operationId: "getPublicListing",
      summary: "Read a published listing",
      tags,
      security: [],
      description:
        "A published listing with its places (`rooms`), photos and apartment's number of rooms (`roomsCount`), for anyone; a closed one (let or withdrawn) or one taken down by Rentline answers 410 `listing_closed` with similar listings (docs/decisions/0007); 404 otherwise (never published, or no such id). " +
        "For a dwelling in France it carries what a French ad must show (loi n° 89-462 art. 3-1, décret n° 2022-780, CCH art. L126-33): `livingArea` (m²), `furnished`, the DPE `energyClass` and `ghgClass` (A best … G; `not_required`), `chargesKind`, `depositAmount` and the yearly energy cost estimate (`energyCostMin`/`energyCostMax`, minor units, prices of `energyPriceYear`).",
      request: { params: idParam },
      responses: {
        200: json(publicListingView),
        400: errorResponses[400],
        404: errorResponses[404],
        410: {
          description:
            "The listing was published and is now closed (let or withdrawn): `listing_closed`, with its title and city and up to 4 `similar` published listings (same city and currency, rent within ±30 %, closest first)",
          content: { "application/problem+json": { schema: closedListingProblem } },
        },
      },
    }),
    async (c) => {
      const db = c.get("db");
      const [[listing], places, photos, [apartment], similar] = await db.batch([
        ...publicListingQueries(db, c.req.valid("param").id),
      ]);
      if (!listing) throw new NotFound("Listing");
      // Taken down by Rentline answers like closed (docs/decisions/0007): gone, and nothing says it was moderated.
      if (listing.status === "closed" || listing.status === "taken_down") {
        // Through onError's problemResponse, like every problem: worded in the caller's language.
        const { id, title, city } = listing;
        throw new AppError(410, "listing_closed", "This listing is closed", undefined, undefined, {
          listing: { id, title, city },
          similar,
        });
      }
      const {
        status: _,
        closedAt: __,
        takedownReason: ___,
        takenDownAt: ____,
        statusBeforeTakedown: _____,
        ...shown
      } = toView(listing, places, photos);
      return c.json({ ...shown, roomsCount: apartment?.roomsCount ?? null }, 200);
    },
  );
