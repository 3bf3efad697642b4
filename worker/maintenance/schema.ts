import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "../auth/schema";
import { leases } from "../leases/schema";
import { orgs } from "../orgs/schema";
import { apartments } from "../portfolio/schema";
import {
  MAINTENANCE_ACTOR_KINDS,
  MAINTENANCE_CATEGORIES,
  MAINTENANCE_COST_KINDS,
  MAINTENANCE_PRIORITIES,
  MAINTENANCE_STATUSES,
  MAINTENANCE_URGENCIES,
} from "./vocabulary";

/**
 * Maintenance requests (issue 15 §1–5, migration 0031): tickets on an apartment, their history, comments,
 * photos and logged costs, and the org's vendors. Every table is org-owned (`org_id`, indexes lead with it or
 * with the parent id). Times ISO-8601 UTC; `visitDate` is `YYYY-MM-DD` and `visitFrom`/`visitTo` `HH:MM`, both
 * in the org's time zone; money in integer minor units with an ISO currency.
 */

/** The feature's lists (./vocabulary.ts: zod- and table-free, for the browser too), kept here for the tables' enums. */
export {
  MAINTENANCE_ACTOR_KINDS,
  MAINTENANCE_CATEGORIES,
  MAINTENANCE_COST_KINDS,
  MAINTENANCE_PRIORITIES,
  MAINTENANCE_STATUSES,
  MAINTENANCE_URGENCIES,
  type MaintenanceActorKind,
  type MaintenanceCategory,
  type MaintenanceCostKind,
  type MaintenancePriority,
  type MaintenanceStatus,
  type MaintenanceUrgency,
} from "./vocabulary";
export { MAINTENANCE_EVENTS } from "../domain";

/** An org's external contractors (plumbers, electricians…): assigned to requests, reached by email. */
export const vendors = sqliteTable(
  "vendors",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The vendor's trade as the org writes it ("Plombier", "Electrician"). */
    trade: text("trade").notNull(),
    email: text("email"),
    phone: text("phone"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("vendors_org_name_idx").on(t.orgId, t.name)],
);

/**
 * A maintenance request on an apartment. Status changes are conditional UPDATEs on the expected status that
 * stamp `transition_id` with the new history row's id (the history row is inserted only if that stamp is
 * there). `acknowledgedAt`: the first transition out of `open` (escalation stops there); `escalatedAt`: the
 * owners were emailed (once).
 */
export const maintenanceRequests = sqliteTable(
  "maintenance_requests",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    apartmentId: text("apartment_id")
      .notNull()
      .references(() => apartments.id, { onDelete: "cascade" }),
    /** The reporting renter's lease (null when staff opened it). */
    leaseId: text("lease_id").references(() => leases.id, { onDelete: "set null" }),
    reporterUserId: text("reporter_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reporterSide: text("reporter_side", { enum: ["renter", "landlord"] }).notNull(),
    category: text("category", { enum: MAINTENANCE_CATEGORIES }).notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    urgency: text("urgency", { enum: MAINTENANCE_URGENCIES }).notNull(),
    priority: text("priority", { enum: MAINTENANCE_PRIORITIES }).notNull().default("normal"),
    /** The renter lets staff in when nobody is home. */
    entryPermission: integer("entry_permission", { mode: "boolean" }).notNull().default(false),
    /** When the renter is available, in their words. */
    availability: text("availability"),
    status: text("status", { enum: MAINTENANCE_STATUSES }).notNull().default("open"),
    assigneeUserId: text("assignee_user_id").references(() => users.id, { onDelete: "set null" }),
    vendorId: text("vendor_id").references(() => vendors.id, { onDelete: "set null" }),
    /** When the current vendor was assigned (ISO UTC): their link names it, so each assignment has its own. */
    vendorAssignedAt: text("vendor_assigned_at"),
    /** The visit: a day and a time window (`HH:MM`), in the org's time zone. */
    visitDate: text("visit_date"),
    visitFrom: text("visit_from"),
    visitTo: text("visit_to"),
    ratingStars: integer("rating_stars"),
    ratingComment: text("rating_comment"),
    ratedAt: text("rated_at"),
    acknowledgedAt: text("acknowledged_at"),
    resolvedAt: text("resolved_at"),
    escalatedAt: text("escalated_at"),
    transitionId: text("transition_id"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    index("maintenance_requests_org_status_idx").on(t.orgId, t.status, t.createdAt),
    index("maintenance_requests_org_assignee_idx").on(t.orgId, t.assigneeUserId, t.createdAt),
    index("maintenance_requests_apartment_idx").on(t.apartmentId, t.createdAt),
  ],
);

/** Every transition with who did it, when and why (rows are only inserted). */
export const maintenanceRequestHistory = sqliteTable(
  "maintenance_request_history",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    requestId: text("request_id")
      .notNull()
      .references(() => maintenanceRequests.id, { onDelete: "cascade" }),
    /** The action (worker/maintenance/state.ts `MAINTENANCE_ACTIONS`), `report` for the creation, `escalate`. */
    action: text("action").notNull(),
    fromStatus: text("from_status", { enum: MAINTENANCE_STATUSES }),
    toStatus: text("to_status", { enum: MAINTENANCE_STATUSES }).notNull(),
    /** Null for a vendor (no account) and for the system. */
    actorUserId: text("actor_user_id"),
    actorName: text("actor_name").notNull(),
    actorKind: text("actor_kind", { enum: MAINTENANCE_ACTOR_KINDS }).notNull(),
    note: text("note"),
    at: text("at").notNull(),
  },
  (t) => [index("maintenance_history_request_idx").on(t.requestId, t.at)],
);

/** The request's thread: renter, staff and vendor. */
export const maintenanceComments = sqliteTable(
  "maintenance_comments",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    requestId: text("request_id")
      .notNull()
      .references(() => maintenanceRequests.id, { onDelete: "cascade" }),
    authorUserId: text("author_user_id"),
    authorName: text("author_name").notNull(),
    authorKind: text("author_kind", { enum: MAINTENANCE_ACTOR_KINDS }).notNull(),
    text: text("text").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("maintenance_comments_request_idx").on(t.requestId, t.createdAt)],
);

/** Photos of a request (re-encoded on upload, R2), optionally attached to one comment. */
export const maintenancePhotos = sqliteTable(
  "maintenance_photos",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    requestId: text("request_id")
      .notNull()
      .references(() => maintenanceRequests.id, { onDelete: "cascade" }),
    commentId: text("comment_id").references(() => maintenanceComments.id, { onDelete: "set null" }),
    r2Key: text("r2_key").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    uploadedByUserId: text("uploaded_by_user_id"),
    uploadedByKind: text("uploaded_by_kind", { enum: MAINTENANCE_ACTOR_KINDS }).notNull(),
    /** One of the report's own photos (uploaded by its reporter with `message=report`), not a comment's. */
    forReport: integer("for_report", { mode: "boolean" }).notNull().default(false),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    index("maintenance_photos_request_idx").on(t.requestId, t.createdAt),
    uniqueIndex("maintenance_photos_key_unique").on(t.r2Key),
  ],
);

/** Labour and materials logged by staff on a request (expenses may be recorded from them). */
export const maintenanceCosts = sqliteTable(
  "maintenance_costs",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    requestId: text("request_id")
      .notNull()
      .references(() => maintenanceRequests.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: MAINTENANCE_COST_KINDS }).notNull(),
    description: text("description").notNull(),
    /** Integer minor units of `currency`. */
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    /** Hours worked (labour), e.g. 1.5. */
    hours: real("hours"),
    loggedByUserId: text("logged_by_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("maintenance_costs_request_idx").on(t.requestId, t.createdAt)],
);
