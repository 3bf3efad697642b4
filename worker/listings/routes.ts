import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { readOrg, requireOrg, requireVerifiedEmail } from "../auth/access";
import { createRouter, type AppEnv } from "../lib/context";
import { NotFound } from "../lib/errors";
import { idempotent } from "../lib/idempotency";
import { errorResponses, idParam, json, jsonBody, problems, problemSchema } from "../lib/openapi";
import { pageOf, pageQuery, pageSchema } from "../lib/pagination";
import { MAX_IMAGE_BYTES, thumbnailKeyOf } from "../lib/uploads";
import {
  listingInput,
  listingPatch,
  listingRowView,
  listingView,
  MAX_PHOTOS,
  photoView,
  transitionResult,
} from "./contract";
import { addPhoto, staffPhotoLinks } from "./photos";
import { publicListingRoutes } from "./public-routes";
import * as queries from "./queries";
import * as service from "./service";
import type { ListingAction } from "./state";

/**
 * The org's listings (owners and managers write: "listing.manage"; every member reads), then the public
 * routes (./public-routes.ts). Routes parse, authorize, call the service and answer; the rules live in
 * ./service.ts and ./state.ts.
 */
const tags = ["Listings"];
const ok = z.object({ ok: z.literal(true) });
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});

const transitionRoute = (action: ListingAction, summary: string, description: string) =>
  createRoute({
    method: "post",
    path: `/listings/{id}/${action}`,
    operationId: `${action}Listing`,
    summary,
    tags,
    description,
    request: { params: idParam },
    responses: {
      200: json(transitionResult(action === "publish" ? "published" : "closed")),
      ...errorResponses,
      ...(action === "publish" ? problems(422) : {}),
    },
  });

async function transition(c: Context<AppEnv>, id: string, action: ListingAction) {
  const s = await requireOrg(c, "listing.manage");
  // Publishing puts the org's name in public: the acting address must be verified (closing never needs it).
  if (action === "publish") await requireVerifiedEmail(c);
  await service.transitionListing(s, id, action);
}

const orgListingRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/listings",
      operationId: "createListing",
      summary: "Create a draft listing",
      tags,
      description:
        "Creates a draft listing for one of the org's apartments (owners and managers). The French ad fields (area, furnished, DPE and GES classes, charges kind, energy costs) may be left out of a draft; a city or address without a letter is 422 `place_name_without_letter`. With an `Idempotency-Key`, a replay (a double submit) answers the listing the first request created; while the first still runs, 409 `idempotency_in_progress`; the same key with another body 422 `idempotency_key_reused`.",
      // The Idempotency-Key header is read by `idempotent` (optional here: declared in the description only).
      request: jsonBody(listingInput),
      responses: { 201: json(listingView, "Created"), ...errorResponses, ...problems(422) },
    }),
    async (c) => {
      const s = await requireOrg(c, "listing.manage");
      const input = c.req.valid("json");
      const created = await idempotent(c, s.scope.userId, input, () => service.createListing(s, input));
      return c.json(created, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/listings",
      operationId: "listListings",
      summary: "List the org's listings",
      tags,
      description: "The org's listings, newest change first.",
      request: { query: pageQuery },
      responses: { 200: json(pageSchema(listingRowView)), ...errorResponses },
    }),
    async (c) => {
      const page = c.req.valid("query");
      const {
        results: [rows, [total]],
      } = await readOrg(c, (s) => [...queries.orgListingsQueries(s, page)]);
      return c.json(pageOf(rows.map(service.shownListing), total?.total ?? 0, page), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/listings/{id}",
      operationId: "getListing",
      summary: "Read one of the org's listings",
      tags,
      description:
        "A listing of the org, whatever its status, with its places (`rooms`) and photos, each behind a signed `/files` link for the org's members (drafts' photos included).",
      request: { params: idParam },
      responses: { 200: json(listingView), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const {
        s,
        results: [[listing], places, photos],
      } = await readOrg(c, (s) => [...queries.listingQueries(s, id)]);
      if (!listing) throw new NotFound("Listing");
      const links = await staffPhotoLinks(c.env.FILES_SIGNING_KEY, s.scope.orgId, photos);
      return c.json({ ...service.toView(listing, places), photos: links }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/listings/{id}",
      operationId: "updateListing",
      summary: "Edit a listing",
      tags,
      description:
        "Edits a listing. New `rooms` replace its places (409 `rooms_taken` once one is filled). `photoOrder` lists the photos to keep, in display order (the others are deleted). `null` clears a French ad field; a published listing in France cannot lose one (422 `listing_incomplete`) nor be edited into a deposit above its cap (422 `deposit_above_cap`).",
      request: { params: idParam, ...jsonBody(listingPatch) },
      responses: { 200: json(ok), ...errorResponses, ...problems(422) },
    }),
    async (c) => {
      const s = await requireOrg(c, "listing.manage");
      const { removedPhotoKeys } = await service.updateListing(s, c.req.valid("param").id, c.req.valid("json"));
      if (removedPhotoKeys.length)
        c.executionCtx.waitUntil(c.env.DOCS.delete(removedPhotoKeys.flatMap((k) => [k, thumbnailKeyOf(k)])));
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    transitionRoute(
      "publish",
      "Publish a listing",
      "draft or closed → published; anything else is a 409 naming the current status. A listing whose property is in France needs its living area, furnished flag, DPE energy class (or `not_required`) and GES class: 422 `listing_incomplete`, `errors` naming each missing field (loi n° 89-462 art. 3-1; décret n° 2022-780; CCH art. L126-33); and a deposit within the cap of its kind, one month of the cheapest rent unfurnished, two furnished: 422 `deposit_above_cap` (art. 22, 25-6).",
    ),
    async (c) => {
      await transition(c, c.req.valid("param").id, "publish");
      return c.json({ status: "published" as const }, 200);
    },
  )
  .openapi(transitionRoute("close", "Close a listing", "published → closed; anything else is a 409."), async (c) => {
    await transition(c, c.req.valid("param").id, "close");
    return c.json({ status: "closed" as const }, 200);
  })
  .openapi(
    createRoute({
      method: "post",
      path: "/listings/{id}/photos",
      operationId: "uploadListingPhoto",
      summary: "Upload a listing photo",
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
        201: json(photoView, "Stored"),
        413: problem("Too large"),
        415: problem("Not an image"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const s = await requireOrg(c, "listing.manage");
      return c.json(await addPhoto(s, c.get("ports"), c.req.valid("param").id, c.req.raw), 201);
    },
  );

export const listingRoutes = createRouter().route("/", orgListingRoutes).route("/", publicListingRoutes);
