import { eq, sql, type SQL } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { users } from "../auth/schema";
import type { ScopedHandle } from "../db/scoped";
import { todayIn } from "../lib/calendar";
import { LANDLORD_KINDS, LEASE_KINDS } from "../lib/french-lease-law";
import { MOBILITY_REASONS } from "../lib/mobility-reasons";
import { memberships, orgs } from "../orgs/schema";
import { apartments } from "../portfolio/schema";

// ---------------------------------------------------------------- who sees which lease, as SQL

/**
 * Who reads, for visibility rules written in SQL: the signed-in user (`claims.sub`, or `actor.userId` once
 * the access check resolved them). Whether they act as the landlord side or as a renter is decided in SQL.
 */
export type Viewer = { userId: string };

/** SQL: `viewer` is a member (any role) of the org `orgId`, i.e. reads as the landlord side. */
export function isMemberOf(viewer: Viewer, orgId: SQL | AnySQLiteColumn): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${memberships} m where m.org_id = ${orgId} and m.user_id = ${viewer.userId})`;
}

/**
 * SQL: the lease a renter sees in an apartment: their current lease, else their latest (null when none).
 * The same lease the apartment access check hands routes as `actor.leaseId`. `today` is `YYYY-MM-DD`, UTC
 * until rent dates follow the org's time zone (issue 12).
 */
export function renterLeaseIn(
  viewer: Viewer,
  apartmentId: string | SQL | AnySQLiteColumn,
  today = todayIn("UTC"),
): SQL<string | null> {
  return sql<string | null>`(select lr.lease_id from ${leaseRenters} lr join ${leases} l on l.id = lr.lease_id
    where lr.user_id = ${viewer.userId} and lr.apartment_id = ${apartmentId} and lr.joined_at is not null
    order by (l.end_date is null or l.end_date >= ${today}) desc, l.start_date desc limit 1)`;
}

/**
 * SQL condition on a `leases` row: `viewer` may see it in its apartment's views. The landlord side sees
 * every lease; a renter only the lease `renterLeaseIn` picks (not a previous or a co-existing one).
 */
export function leaseVisibleTo(viewer: Viewer): SQL {
  return sql`(${isMemberOf(viewer, leases.orgId)} or ${eq(leases.id, renterLeaseIn(viewer, leases.apartmentId))})`;
}

/**
 * SQL condition selecting the lease row of a lease handle. `leases` has no `lease_id` column, so the handle
 * cannot filter it by itself: combine with `l.inScope(leases, …)` or pass to `l.select(leases, …)`.
 */
export function thisLease(l: ScopedHandle): SQL {
  return eq(leases.id, leaseIdOf(l));
}

/**
 * The lease id of a lease handle (a value, or the subquery the handle was built on), for correlating a
 * subquery with it. Prefer it to `${leases.id}` inside select fields: on a one-table query drizzle writes
 * that column unqualified (`"id"`), which a subquery would read as its own table's column.
 */
export function leaseIdOf(l: ScopedHandle): string | SQL<string> {
  const leaseId = l.filter.leaseId;
  if (leaseId === undefined) throw new Error("a lease handle is needed here (readLease / requireLease)");
  return leaseId;
}

/**
 * Who rents which apartment, from when, at what rent (and charges) and due day. Dates are ISO `YYYY-MM-DD`; `dueDay` is
 * 1–31, clamped to each month's length (31: the last day of every month).
 */
export const leases = sqliteTable(
  "leases",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    apartmentId: text("apartment_id")
      .notNull()
      .references(() => apartments.id, { onDelete: "cascade" }),
    startDate: text("start_date").notNull(),
    endDate: text("end_date"),
    /** The monthly rent excluding charges (minor units); the yearly IRL revision revises it alone. */
    rentAmount: integer("rent_amount").notNull(),
    /**
     * The monthly charges (minor units, ≥ 0): the provision sur charges or the forfait. The amount due each
     * month is rent + charges (lib/rent-dates.ts `chargeOf`); a receipt prints both (loi n° 89-462 art. 21).
     * Migration 0030 gave existing leases 0.
     */
    chargesAmount: integer("charges_amount").notNull().default(0),
    currency: text("currency").notNull(),
    dueDay: integer("due_day").notNull(),
    depositAmount: integer("deposit_amount"),
    /** The landlord's amount for the first month (minor units); null: pro-rated by days (rent/periods.ts). */
    firstMonthAmount: integer("first_month_amount"),
    /** The landlord's amount for the last month (minor units); null: pro-rated by days (rent/periods.ts). */
    lastMonthAmount: integer("last_month_amount"),
    /**
     * The kind of lease (worker/lib/french-lease-law.ts `LEASE_KINDS`: its term, deposit cap and charges under
     * French law). Migration 0021 made existing leases `unfurnished`, or `furnished` when an agreement was
     * drafted on a furnished template.
     */
    kind: text("kind", { enum: LEASE_KINDS }).notNull().default("unfurnished"),
    /** Who lets: `individual` (a family SCI included) or `company` (art. 10: 3 or 6 years unfurnished). */
    landlordKind: text("landlord_kind", { enum: LANDLORD_KINDS }).notNull().default("individual"),
    /** Why the renter takes a bail mobilité (art. 25-13; worker/lib/mobility-reasons.ts); null for other kinds. */
    mobilityReason: text("mobility_reason", { enum: MOBILITY_REASONS }),
    /** Rent reminder emails to the renters (before the due day, on it, weekly while overdue). */
    remindersEnabled: integer("reminders_enabled", { mode: "boolean" }).notNull().default(true),
    /** The yearly IRL revision clause (loi n° 89-462 art. 17-1): leases/revision/. */
    rentRevisionClause: integer("rent_revision_clause", { mode: "boolean" }).notNull().default(false),
    /** The IRL quarter of reference written in the clause, `YYYY-Qn` (the last published when signed). */
    rentIndexQuarter: text("rent_index_quarter"),
    /** That quarter's IRL value as written in the lease (`"140.59"`), when given. */
    rentIndexBaseValue: text("rent_index_base_value"),
    /** The date (`YYYY-MM-DD`, org time zone) of the last confirmed revision. */
    rentRevisedOn: text("rent_revised_on"),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
    /**
     * When the lease was called off before it started (ISO timestamp; migration 0037): status `cancelled`. Its
     * `endDate` is then the day before its start, so no day of tenure remains for rent, access or occupancy.
     */
    cancelledAt: text("cancelled_at"),
  },
  (t) => [index("leases_org_apartment_idx").on(t.orgId, t.apartmentId, t.startDate)],
);

/** The renters of a lease: invited by email, joined once they accept (co-renters each get their own). */
export const leaseRenters = sqliteTable(
  "lease_renters",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    leaseId: text("lease_id")
      .notNull()
      .references(() => leases.id, { onDelete: "cascade" }),
    apartmentId: text("apartment_id").notNull(),
    email: text("email").notNull(),
    userId: text("user_id").references(() => users.id),
    tokenHash: text("token_hash").notNull(),
    invitedAt: text("invited_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    joinedAt: text("joined_at"),
  },
  (t) => [
    uniqueIndex("lease_renters_token_unique").on(t.tokenHash),
    uniqueIndex("lease_renters_lease_email_unique").on(t.leaseId, t.email),
    index("lease_renters_user_idx").on(t.userId, t.apartmentId),
    index("lease_renters_org_lease_idx").on(t.orgId, t.leaseId),
  ],
);
