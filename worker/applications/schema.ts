import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "../auth/schema";
import { leases } from "../leases/schema";
import { listingPlaces, listings } from "../listings/schema";
import { SIDES } from "../domain";
import { orgs } from "../orgs/schema";

export const applicationStatuses = [
  "pending",
  "withdrawn",
  "rejected",
  "accepted_pending_payment",
  "confirmed",
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/**
 * The statuses in which an application's conversation takes new messages: while it is decided, and once
 * confirmed (the landlord and the new renter keep talking there). Withdrawn or rejected: read only. The
 * one rule for the UI (applications/view.ts `canChat`) and the room (rooms/rights.ts, on every post).
 */
export const conversationOpenStatuses: readonly ApplicationStatus[] = [
  "pending",
  "accepted_pending_payment",
  "confirmed",
];

/**
 * The profile stored on an application (its `profile` JSON column): the dossier's, with this application's
 * overrides. Budget in integer minor units of `budgetCurrency`; `birthDate` ISO `YYYY-MM-DD`. The contract's
 * `profileSnapshot` schema is checked against this type.
 */
export type ProfileSnapshot = {
  firstName: string;
  lastName: string;
  phone: string;
  birthDate: string;
  nationality: string | null;
  education: string | null;
  budgetAmount: number | null;
  budgetCurrency: string | null;
};

/**
 * A renter's application to a listing (org-owned: the listing's org reviews it). One per renter and
 * listing. Status changes are conditional UPDATEs on the current status; `transition_id` marks the one
 * confirmation batch that won, so the place, the lease and the history row are written exactly once.
 */
export const applications = sqliteTable(
  "applications",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    listingId: text("listing_id")
      .notNull()
      .references(() => listings.id, { onDelete: "cascade" }),
    /** The place applied for (a place of the listing; `room_id` from before the glossary). */
    roomId: text("room_id")
      .notNull()
      .references(() => listingPlaces.id, { onDelete: "cascade" }),
    renterUserId: text("renter_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: applicationStatuses }).notNull().default("pending"),
    moveInDate: text("move_in_date").notNull(),
    durationMonths: integer("duration_months").notNull(),
    /** JSON array of guarantor ids chosen for this application. */
    guarantorIds: text("guarantor_ids", { mode: "json" }).$type<string[]>().notNull(),
    message: text("message"),
    profile: text("profile", { mode: "json" }).$type<ProfileSnapshot>().notNull(),
    /** The history row of the latest transition: later statements of its batch apply only if it won. */
    transitionId: text("transition_id"),
    leaseId: text("lease_id").references(() => leases.id, { onDelete: "set null" }),
    /** The applicant's monthly income as stated on this application, integer minor units of the listing's currency. */
    incomeAmount: integer("income_amount"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("applications_listing_renter_unique").on(t.listingId, t.renterUserId),
    index("applications_org_listing_idx").on(t.orgId, t.listingId, t.createdAt),
    index("applications_renter_idx").on(t.renterUserId, t.createdAt),
  ],
);

/** Every transition with who did it and when (append-only by convention: rows are only inserted). */
export const applicationStatusHistory = sqliteTable(
  "application_status_history",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    fromStatus: text("from_status", { enum: applicationStatuses }),
    toStatus: text("to_status", { enum: applicationStatuses }).notNull(),
    actorUserId: text("actor_user_id").notNull(),
    actorName: text("actor_name").notNull(),
    actorSide: text("actor_side", { enum: SIDES }).notNull(),
    note: text("note"),
    at: text("at").notNull(),
  },
  (t) => [index("application_history_idx").on(t.applicationId, t.at)],
);
