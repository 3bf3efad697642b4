import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { orgs } from "../../orgs/schema";
import { leases } from "../schema";

/**
 * The rent reference index values (IRL, INSEE series 001515333,
 * https://www.insee.fr/fr/statistiques/serie/001515333), one row per series and quarter, exactly as published:
 * `value` is the decimal text INSEE prints (`"145.17"`, base 100 = 4th quarter 1998), never a float.
 * Seeded with 2020–2024 (migrations/0022_rent_index.sql); a platform admin adds later quarters.
 */
export const rentIndexValues = sqliteTable(
  "rent_index_values",
  {
    /** `IRL` (metropolitan France; the only series used today). */
    series: text("series").notNull(),
    /** `YYYY-Qn`. */
    quarter: text("quarter").notNull(),
    value: text("value").notNull(),
    /** INSEE's publication date (`YYYY-MM-DD`), when known. */
    publishedAt: text("published_at"),
    updatedBy: text("updated_by"),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.series, t.quarter] })],
);

/**
 * Confirmed rent revisions: one per lease and anniversary (`YYYY-MM-DD`), with the index values used, the rent
 * before and after (minor units) and the first period charged the new rent (`YYYY-MM`). Rows are never
 * updated: charges before `effectivePeriod` keep `previousRent` (rent/charges.ts).
 */
export const rentRevisions = sqliteTable(
  "rent_revisions",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    apartmentId: text("apartment_id").notNull(),
    leaseId: text("lease_id")
      .notNull()
      .references(() => leases.id, { onDelete: "cascade" }),
    anniversary: text("anniversary").notNull(),
    previousRent: integer("previous_rent").notNull(),
    newRent: integer("new_rent").notNull(),
    currency: text("currency").notNull(),
    baseQuarter: text("base_quarter").notNull(),
    baseValue: text("base_value").notNull(),
    newQuarter: text("new_quarter").notNull(),
    newValue: text("new_value").notNull(),
    effectivePeriod: text("effective_period").notNull(),
    confirmedBy: text("confirmed_by").notNull(),
    confirmedAt: text("confirmed_at").notNull(),
  },
  (t) => [
    uniqueIndex("rent_revisions_lease_anniversary_unique").on(t.leaseId, t.anniversary),
    index("rent_revisions_org_lease_idx").on(t.orgId, t.leaseId),
  ],
);

export type RentRevisionRow = typeof rentRevisions.$inferSelect;

/**
 * SQL: the confirmed revisions of the lease of each `leases` row, as a JSON array of `{ effectivePeriod,
 * previousRent }` (what lib/rent-dates.ts `RentTerms.revisions` takes), for reads that charge or remind rent
 * across leases. Parse with `parseLeaseRevisions`.
 */
export const leaseRevisionsJson = sql<string>`(select json_group_array(json_object('effectivePeriod', r.effective_period, 'previousRent', r.previous_rent)) from ${rentRevisions} r where r.lease_id = ${leases.id})`;

const revisionList = z.array(z.object({ effectivePeriod: z.string(), previousRent: z.number().int() }));
/** The revisions of `leaseRevisionsJson`. */
export const parseLeaseRevisions = (json: string) => revisionList.parse(JSON.parse(json));
