import { createRoute } from "@hono/zod-openapi";
import { createRouter } from "../lib/context";
import { problems, json, jsonBody } from "../lib/openapi";
import { readAsVendor, requireVendorAccess, VENDOR_TOKEN_HEADER } from "./access";
import { actionBody, multipartBody, PHOTO_DESCRIPTION, takeAction } from "./action-routes";
import { commentInput, commentResult, photoView, requestDetail, requestResult } from "./contract";
import { addRequestPhoto, photoView as photoLink } from "./photos";
import { threadReads } from "./queries";
import * as service from "./service";
import { requestDetailOf } from "./view";

/**
 * The vendor's page, without an account: every route takes the signed link's token in the `X-Vendor-Token`
 * header (or `?token=`), scoped to one request and valid 30 days (./vendor-link.ts), checked again against
 * the request's current vendor. 401 without a token, 410 `link_expired`, 404 forged or reassigned. The vendor
 * reads the request, comments with photos, starts and resolves it; never costs, ledgers or other requests.
 */
const tags = ["Maintenance"];
const vendorAnswers = problems(400, 401, 404, 409, 410);
const security = [{ vendorToken: [] as string[] }];
const BASE = "/vendor-link/maintenance-request";
const tokenOf = (h: (name: string) => string | undefined, q: (name: string) => string | undefined) =>
  h(VENDOR_TOKEN_HEADER) ?? q("token") ?? q("vendor");

const vendorAction = <P extends `${typeof BASE}/${"start" | "resolve"}`>(action: "start" | "resolve", path: P) =>
  createRoute({
    method: "post",
    path,
    operationId: `${action}MaintenanceRequestAsVendor`,
    summary: `${action === "start" ? "Start" : "Resolve"} the job (vendor link)`,
    tags,
    security,
    description:
      "The vendor's lifecycle action: 409 `illegal_transition` with the current status when not allowed now.",
    request: actionBody,
    responses: { 200: json(requestResult), ...vendorAnswers },
  });

export const vendorRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: BASE,
      operationId: "getMaintenanceRequestAsVendor",
      summary: "The job, as its vendor sees it",
      tags,
      security,
      description: "The request with its history, comments and photos (no costs), for the vendor's signed link.",
      responses: { 200: json(requestDetail), ...vendorAnswers },
    }),
    async (c) => {
      const {
        access,
        results: [history, comments, photos, costs],
      } = await readAsVendor(c, (db, id) => [...threadReads(db, id)]);
      const token = tokenOf(c.req.header.bind(c.req), c.req.query.bind(c.req));
      const thread = { history, comments, photos, costs };
      return c.json(await requestDetailOf(c.env.FILES_SIGNING_KEY, access, thread, token), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${BASE}/comments` as const,
      operationId: "commentMaintenanceRequestAsVendor",
      summary: "Post an update (vendor link)",
      tags,
      security,
      description: "The vendor writes in the request's thread, with photos uploaded before (`photoIds`).",
      request: jsonBody(commentInput),
      responses: { 201: json(commentResult, "Posted"), ...vendorAnswers, ...problems(422) },
    }),
    async (c) => {
      const access = await requireVendorAccess(c);
      const comment = await service.addComment(c.get("ports"), access, c.req.valid("json"));
      const token = tokenOf(c.req.header.bind(c.req), c.req.query.bind(c.req));
      const photos = await Promise.all(comment.photos.map((p) => photoLink(c.env.FILES_SIGNING_KEY, p, token)));
      return c.json({ ...comment, photos }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${BASE}/photos` as const,
      operationId: "uploadMaintenancePhotoAsVendor",
      summary: "Upload a photo (vendor link)",
      tags,
      security,
      description: PHOTO_DESCRIPTION,
      request: multipartBody,
      responses: { 201: json(photoView, "Stored"), ...vendorAnswers, ...problems(413, 415, 422) },
    }),
    async (c) => {
      const access = await requireVendorAccess(c);
      const token = tokenOf(c.req.header.bind(c.req), c.req.query.bind(c.req));
      return c.json(await addRequestPhoto(c.get("ports"), c.env.FILES_SIGNING_KEY, access, c.req.raw, token), 201);
    },
  )
  .openapi(vendorAction("start", `${BASE}/start`), async (c) =>
    c.json(await takeAction(c, await requireVendorAccess(c), "start"), 200),
  )
  .openapi(vendorAction("resolve", `${BASE}/resolve`), async (c) =>
    c.json(await takeAction(c, await requireVendorAccess(c), "resolve"), 200),
  );
