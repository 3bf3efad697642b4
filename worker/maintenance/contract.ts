import { z } from "zod";
import { ROLES } from "../domain";
import { expenseView } from "../expenses/contract";
import { plannedDate, TIME_WINDOW_ORDER } from "../lib/date-input";
import { idList } from "../lib/lists";
import { pageQuery, pageSchema } from "../lib/pagination";
import { typedText } from "../lib/text";
import {
  MAINTENANCE_ACTOR_KINDS,
  MAINTENANCE_CATEGORIES,
  MAINTENANCE_COST_KINDS,
  MAINTENANCE_PRIORITIES,
  MAINTENANCE_STATUSES,
  MAINTENANCE_URGENCIES,
  MAX_PHOTOS_PER_MESSAGE,
  type MaintenancePriority,
  type MaintenanceUrgency,
} from "./vocabulary";
import { vendorView } from "./vendor-contract";
import { requestViewer } from "./viewer-contract";

/**
 * Lists, limits and types for the UI's server modules and `import type`s (./vocabulary.ts, zod-free: a browser
 * module imports its lists from there, or it ships this contract's zod).
 */
export {
  MAINTENANCE_ACTIONS,
  MAX_PHOTOS_PER_MESSAGE,
  type MaintenanceStatus,
  type MaintenanceUrgency,
} from "./vocabulary";
export { vendorInput, vendorView } from "./vendor-contract";

/**
 * The maintenance contract (issue 15, API section: clients depend on these paths and shapes). Times are
 * ISO-8601 UTC; a visit is a `YYYY-MM-DD` day with an `HH:MM`–`HH:MM` window in the org's time zone (named in
 * `timezone`); money is integer minor units with an ISO currency. Renters never see costs; maintenance members
 * see only the requests assigned to them; a vendor reads and writes one request through a signed link.
 */

const status = z.enum(MAINTENANCE_STATUSES);
const urgency = z.enum(MAINTENANCE_URGENCIES);
const priority = z.enum(MAINTENANCE_PRIORITIES);
const category = z.enum(MAINTENANCE_CATEGORIES);
const actorKind = z.enum(MAINTENANCE_ACTOR_KINDS);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time (HH:MM)");
const id = z.string().min(1).max(64);

// ---------------------------------------------------------------- inputs

/** `POST /apartments/{id}/maintenance-requests`: a renter of the current lease, or staff. */
export const createRequestInput = z
  .object({
    category,
    title: typedText(120).min(3),
    description: typedText(4000).min(1),
    urgency,
    entryPermission: z.boolean().meta({ description: "Staff may enter when nobody is home" }),
    availability: typedText(500).optional().meta({ description: "When the renter is available, in their words" }),
  })
  .meta({ id: "MaintenanceRequestInput" });
export type CreateRequestInput = z.infer<typeof createRequestInput>;

/** A visit: a day and a time window in the org's time zone (`from` before `to`). */
const visitInput = z
  .object({ date: plannedDate("The visit date"), from: hhmm, to: hhmm })
  .refine((v) => v.from < v.to, {
    message: "The window must end after it starts",
    path: ["to"],
    params: { code: TIME_WINDOW_ORDER },
  })
  .meta({ id: "MaintenanceVisit" });

/** `PATCH /maintenance-requests/{id}` (owner/manager): null clears the assignee, vendor or visit. */
export const patchRequestInput = z
  .object({
    priority: priority.optional(),
    assigneeUserId: id.nullable().optional().meta({ description: "A member with the maintenance role (or staff)" }),
    vendorId: id.nullable().optional(),
    scheduledFor: visitInput.nullable().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: "Nothing to change" })
  .meta({ id: "MaintenanceRequestPatch" });
export type PatchRequestInput = z.infer<typeof patchRequestInput>;

/** The optional body of a lifecycle action; `schedule` may carry the visit (else the one set by PATCH). */
export const actionInput = z.object({
  note: typedText(1000).min(1).optional(),
  scheduledFor: visitInput.optional(),
});
export type ActionInput = z.infer<typeof actionInput>;

/** `POST /maintenance-requests/{id}/comments`: text, with photos uploaded before (their ids). */
export const commentInput = z
  .object({
    text: typedText(4000).min(1),
    photoIds: idList(id, "photo")
      .default([])
      .meta({
        description: `Photos of this request uploaded before and not yet sent; at most ${MAX_PHOTOS_PER_MESSAGE} (more: 422 \`too_many_photos_per_message\`, nothing written)`,
      }),
  })
  .meta({ id: "MaintenanceCommentInput" });
export type CommentInput = z.infer<typeof commentInput>;

/** `POST /maintenance-requests/{id}/rating`: the renter, once resolved (or closed), once. */
export const ratingInput = z
  .object({ stars: z.number().int().min(1).max(5), comment: typedText(1000).optional() })
  .meta({ id: "MaintenanceRatingInput" });
export type RatingInput = z.infer<typeof ratingInput>;

/** `POST /maintenance-requests/{id}/costs`: labour or materials, in the org's currency (another: 422). */
export const costInput = z
  .object({
    kind: z.enum(MAINTENANCE_COST_KINDS),
    description: typedText(300).min(1),
    amount: z.number().int().min(0).max(100_000_000).meta({ description: "Integer minor units" }),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, "must be an ISO currency code")
      .optional(),
    hours: z.number().min(0).max(1000).optional().meta({ description: "Hours worked (labour)" }),
  })
  .meta({ id: "MaintenanceCostInput" });
export type CostInput = z.infer<typeof costInput>;

/** `GET /maintenance-requests` filters (staff; a maintenance member always gets their own). */
export const listQuery = pageQuery.extend({
  status: status.optional(),
  propertyId: id.optional(),
  assigneeUserId: id.optional(),
  urgency: urgency.optional(),
  overdue: z
    .enum(["0", "1"])
    .optional()
    .meta({ description: "`1`: only requests still open past their urgency's acknowledgement time" }),
});

// ---------------------------------------------------------------- outputs

export const photoView = z
  .object({
    id: z.string(),
    commentId: z.string().nullable(),
    contentType: z.string(),
    url: z.string().meta({ description: "A signed, expiring /files link" }),
    thumbUrl: z
      .string()
      .meta({ description: "The same photo, small (at most 400 px): a signed, expiring /files link" }),
    uploadedByKind: actorKind,
    createdAt: z.string(),
  })
  .meta({ id: "MaintenancePhoto" });

const historyView = z
  .object({
    id: z.string(),
    action: z.string(),
    fromStatus: status.nullable(),
    toStatus: status,
    actorName: z.string(),
    actorKind: actorKind,
    note: z.string().nullable(),
    at: z.string(),
  })
  .meta({ id: "MaintenanceHistoryEntry" });

const commentView = z
  .object({
    id: z.string(),
    authorName: z.string(),
    authorKind: actorKind,
    authorRole: z.enum(ROLES).nullable().meta({
      description: "The author's role in the org (owner, manager, maintenance…); null for renters and vendors",
    }),
    text: z.string(),
    createdAt: z.string(),
    photos: z.array(photoView),
  })
  .meta({ id: "MaintenanceComment" });

export const costView = z
  .object({
    id: z.string(),
    kind: z.enum(MAINTENANCE_COST_KINDS),
    description: z.string(),
    amount: z.number().int().meta({ description: "Integer minor units" }),
    currency: z.string(),
    hours: z.number().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "MaintenanceCost" });

/** A request as every reader sees it (the board row, the renter's list, the work order). */
export const requestView = z
  .object({
    id: z.string(),
    apartmentId: z.string(),
    propertyId: z.string(),
    propertyName: z.string(),
    address: z.string().meta({ description: "The property's street, postcode and city" }),
    unitNumber: z.string(),
    category,
    title: z.string(),
    description: z.string(),
    urgency,
    priority,
    entryPermission: z.boolean(),
    availability: z.string().nullable(),
    status,
    reporterName: z.string(),
    assigneeUserId: z.string().nullable(),
    assigneeName: z.string().nullable(),
    vendorId: z.string().nullable(),
    vendorName: z.string().nullable(),
    scheduledFor: z
      .object({ date: z.string(), from: z.string(), to: z.string() })
      .nullable()
      .meta({ description: "The visit, in `timezone`" }),
    timezone: z.string().meta({ description: "The org's IANA time zone" }),
    rating: z.object({ stars: z.number().int(), comment: z.string().nullable() }).nullable(),
    overdue: z.boolean().meta({ description: "Urgent open > 4 h, emergency open > 1 h" }),
    acknowledgedAt: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    escalatedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "MaintenanceRequest" });
export type RequestView = z.infer<typeof requestView>;

/** `GET /maintenance-requests/{id}` (and the vendor link's): the request with its thread. */
export const requestDetail = z
  .object({
    request: requestView,
    history: z.array(historyView),
    comments: z.array(commentView),
    photos: z.array(photoView).meta({ description: "Every photo, comment photos included" }),
    costs: z.array(costView).nullable().meta({ description: "Staff only; null for renters and vendors" }),
    recordedExpense: expenseView
      .pick({ id: true, propertyId: true, amount: true, currency: true, incurredOn: true })
      .nullable()
      .meta({
        description:
          "The expense the logged costs were recorded as (owners and managers; null otherwise or when not recorded)",
      }),
    viewer: requestViewer,
    currency: z.string().meta({ description: "The org's ISO 4217 currency (costs and expenses are in it)" }),
  })
  .meta({ id: "MaintenanceRequestDetail" });
export type RequestDetail = z.infer<typeof requestDetail>;

/** A lifecycle action's answer. */
export const requestResult = z.object({ request: requestView });

const requestPage = pageSchema(requestView);

/** The board: a page, and per status the count of the whole filtered set (all pages, without `status`). */
export const boardPage = requestPage
  .extend({
    counts: z.record(status, z.number().int()).meta({
      description: "Per status: how many requests match every filter but `status`, over all pages",
    }),
  })
  .meta({ id: "MaintenanceBoardPage" });

/** `GET /apartments/{id}/maintenance-requests`: the reader's requests there, and whom to call first. */
export const apartmentRequests = z.object({
  results: z.array(requestView),
  emergencyPhone: z.string().nullable().meta({ description: "The org's emergency number, else its contact phone" }),
  categories: z.array(category),
  urgencies: z.array(urgency),
});

export const vendorList = z.object({ results: z.array(vendorView) });

/** The answer to `PATCH` on a vendor assignment: the link the vendor got by email (staff may copy it). */
export const patchResult = z.object({
  request: requestView,
  vendorLink: z.string().nullable().meta({ description: "The vendor's signed page link, when a vendor is set" }),
});

export const commentResult = commentView;
export const ratingResult = z.object({ request: requestView });

/**
 * The priority a request starts with, from the urgency its reporter chose: an urgent or emergency report starts
 * high (the owner's panel never says "normal" beside an "urgent" badge), low stays low; staff change it after.
 */
export function priorityOfUrgency(urgency: MaintenanceUrgency): MaintenancePriority {
  return urgency === "urgent" || urgency === "emergency" ? "high" : urgency;
}
