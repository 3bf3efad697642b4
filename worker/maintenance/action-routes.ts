import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { createRouter, type AppEnv } from "../lib/context";
import { Forbidden, invalidFromZod } from "../lib/errors";
import { errorResponses, idParam, json, jsonBody, problems } from "../lib/openapi";
import { MAX_IMAGE_BYTES } from "../lib/uploads";
import { requireRequestAccess, type MaintenanceAccess } from "./access";
import {
  actionInput,
  commentInput,
  commentResult,
  MAX_PHOTOS_PER_MESSAGE,
  photoView,
  ratingInput,
  ratingResult,
  requestResult,
} from "./contract";
import { addRequestPhoto, MAX_REQUEST_PHOTOS, photoView as photoLink } from "./photos";
import { rateRequest } from "./costs";
import * as service from "./service";
import type { MaintenanceAction } from "./state";
import { transition } from "./transition";

/**
 * The lifecycle actions `POST /maintenance-requests/{id}/{triage|schedule|start|resolve|close|cancel|reopen}`
 * (./state.ts), comments, the renter's rating and photos. Shared with the vendor's page (./vendor-routes.ts):
 * `takeAction`, `multipartBody`.
 */
const tags = ["Maintenance"];

/** The optional `{ note?, scheduledFor? }` body, documented but validated in `takeAction` (a bodiless POST is fine). */
export const actionBody = {
  body: {
    required: false,
    description: "Optional `{ note }` for the others; `schedule` may carry `scheduledFor` `{ date, from, to }`",
    content: {
      "application/json": {
        schema: {
          type: "object" as const,
          properties: {
            note: { type: "string" as const, maxLength: 1000 },
            scheduledFor: {
              type: "object" as const,
              properties: {
                date: { type: "string" as const, format: "date" },
                from: { type: "string" as const },
                to: { type: "string" as const },
              },
            },
          },
        },
      },
    },
  },
};

/** A multipart body with one image `file` (a plain schema: a zod one would buffer the streamed body). */
export const multipartBody = {
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
};

export const PHOTO_DESCRIPTION = `multipart/form-data with one \`file\`: JPEG, PNG or WebP (checked from its bytes, at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB), downscaled and re-encoded; at most ${MAX_REQUEST_PHOTOS} per request (409 \`too_many_photos\`). With the field \`message=report\` (the reporter only, else 403) it is one of the report's photos, at most ${MAX_PHOTOS_PER_MESSAGE}; otherwise it waits for a comment naming it in \`photoIds\`, at most ${MAX_PHOTOS_PER_MESSAGE} waiting per uploader (both 422 \`too_many_photos_per_message\`). A photo no comment names shows nowhere.`;

/** Parses the optional body and takes the action. */
export async function takeAction(c: Context<AppEnv>, access: MaintenanceAccess, action: MaintenanceAction) {
  let input = {};
  if (c.req.header("content-type")?.includes("json")) {
    const parsed = actionInput.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) throw invalidFromZod(parsed.error);
    input = parsed.data;
  }
  return transition(c.get("ports"), access, action, input);
}

/** The route of one lifecycle action; its path is passed whole so the typed client sees it literally. */
const actionRoute = <P extends `/maintenance-requests/{id}/${MaintenanceAction}`>(action: MaintenanceAction, path: P) =>
  createRoute({
    method: "post",
    path,
    operationId: `${action}MaintenanceRequest`,
    summary: `${action[0]!.toUpperCase()}${action.slice(1)} a maintenance request`,
    tags,
    description:
      "A lifecycle action (worker/maintenance/state.ts). The wrong actor: 403 (404 when they may not see the request); a status that does not allow it: 409 `illegal_transition` with the current status in `errors[0].message`; a renter's reopen more than 14 days after resolution: 409 `reopen_window_closed`; `schedule` without a visit: 409 `visit_required`.",
    request: { params: idParam, ...actionBody },
    responses: { 200: json(requestResult), ...errorResponses },
  });

/** Runs `action` on the request of the path (the handler's context is the route's own, so its path stays typed). */
async function act(c: Context<AppEnv>, action: MaintenanceAction) {
  const access = await requireRequestAccess(c, c.req.param("id")!);
  return takeAction(c, access, action);
}

/** The lifecycle actions, comments, rating and photos. */
export const actionRoutes = createRouter()
  .openapi(actionRoute("triage", "/maintenance-requests/{id}/triage"), async (c) => c.json(await act(c, "triage"), 200))
  .openapi(actionRoute("schedule", "/maintenance-requests/{id}/schedule"), async (c) =>
    c.json(await act(c, "schedule"), 200),
  )
  .openapi(actionRoute("start", "/maintenance-requests/{id}/start"), async (c) => c.json(await act(c, "start"), 200))
  .openapi(actionRoute("resolve", "/maintenance-requests/{id}/resolve"), async (c) =>
    c.json(await act(c, "resolve"), 200),
  )
  .openapi(actionRoute("close", "/maintenance-requests/{id}/close"), async (c) => c.json(await act(c, "close"), 200))
  .openapi(actionRoute("cancel", "/maintenance-requests/{id}/cancel"), async (c) => c.json(await act(c, "cancel"), 200))
  .openapi(actionRoute("reopen", "/maintenance-requests/{id}/reopen"), async (c) => c.json(await act(c, "reopen"), 200))
  .openapi(
    createRoute({
      method: "post",
      path: "/maintenance-requests/{id}/comments",
      operationId: "commentMaintenanceRequest",
      summary: "Comment on a maintenance request",
      tags,
      description:
        "Whoever may see the request writes in its thread, attaching photos uploaded before (`photoIds`, at most 10 per message: more → 422 `too_many_photos_per_message` and nothing written). The others are emailed; the rooms hear of it.",
      request: { params: idParam, ...jsonBody(commentInput) },
      responses: { 201: json(commentResult, "Posted"), ...errorResponses, ...problems(422) },
    }),
    async (c) => {
      const access = await requireRequestAccess(c, c.req.valid("param").id);
      const comment = await service.addComment(c.get("ports"), access, c.req.valid("json"));
      const photos = await Promise.all(comment.photos.map((p) => photoLink(c.env.FILES_SIGNING_KEY, p)));
      return c.json({ ...comment, photos }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/maintenance-requests/{id}/rating",
      operationId: "rateMaintenanceRequest",
      summary: "Rate the resolution",
      tags,
      description:
        "The renter rates the work (1–5 stars, a comment) once resolved or closed, once: 409 `not_resolved`, 409 `already_rated`; anyone else who sees the request 403.",
      request: { params: idParam, ...jsonBody(ratingInput) },
      responses: { 200: json(ratingResult), ...errorResponses },
    }),
    async (c) => {
      const access = await requireRequestAccess(c, c.req.valid("param").id);
      if (access.actor !== "renter") throw new Forbidden("Only the renter rates the work");
      return c.json(await rateRequest(c.get("ports"), access, c.req.valid("json")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/maintenance-requests/{id}/photos",
      operationId: "uploadMaintenancePhoto",
      summary: "Upload a photo of a maintenance request",
      tags,
      description: PHOTO_DESCRIPTION,
      request: { params: idParam, ...multipartBody },
      responses: { 201: json(photoView, "Stored"), ...errorResponses, ...problems(413, 415, 422) },
    }),
    async (c) => {
      const access = await requireRequestAccess(c, c.req.valid("param").id);
      const ports = c.get("ports");
      return c.json(await addRequestPhoto(ports, c.env.FILES_SIGNING_KEY, access, c.req.raw), 201);
    },
  );
