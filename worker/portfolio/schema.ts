import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { Column, getTableName, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { orgs } from "../orgs/schema";

/** An org's buildings (the seeds' properties). */
export const properties = sqliteTable(
  "properties",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    address: text("address").notNull(),
    city: text("city").notNull(),
    postalCode: text("postal_code").notNull(),
    /** ISO 3166-1 alpha-2 (worker/lib/countries.ts); rows typed before migration 0024 whose name no language knew keep their text. */
    country: text("country").notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    /** IANA time zone of the building (migration 0034); null: the org's (./zone.ts `placeZone`). */
    timezone: text("timezone"),
  },
  (t) => [index("properties_org_idx").on(t.orgId, t.name)],
);

/** The units of a property: rooms and monthly rent (integer minor units of `currency`). */
export const apartments = sqliteTable(
  "apartments",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    propertyId: text("property_id")
      .notNull()
      .references(() => properties.id, { onDelete: "cascade" }),
    unitNumber: text("unit_number").notNull(),
    roomsCount: integer("rooms_count").notNull(),
    /** Integer minor units (cents) in `currency`. */
    rentAmount: integer("rent_amount").notNull(),
    currency: text("currency").notNull(),
    /** A shared flat: renters of its separate current leases share the room's chat (never their ledgers). */
    sharedChat: integer("shared_chat", { mode: "boolean" }).notNull().default(false),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    index("apartments_org_idx").on(t.orgId, t.propertyId, t.unitNumber),
    uniqueIndex("apartments_unit_unique").on(t.orgId, t.propertyId, t.unitNumber),
  ],
);

/**
 * THE time zone of an apartment (issue 13 §4: a renter abroad sees the apartment's time): its property's
 * `timezone` (IANA, migration 0034), else its org's. Every date or time of a place — rent due dates and
 * "today" for charges and reminders, the renter's home, maintenance visits, lease dates, receipts — reads it
 * through one of these two SQL expressions, aliased `place_timezone` (D1 collapses duplicate column names).
 */

/** The zone where `properties` is in the FROM clause (joined): the property's own, else its org's. */
export function propertyZone(): SQL.Aliased<string> {
  return sql<string>`coalesce(${properties.timezone}, (select zo.timezone from ${orgs} zo where zo.id = ${properties.orgId}))`.as(
    "place_timezone",
  );
}

/** The zone of the apartment whose id is `apartmentId` (a column of the outer query, e.g. `leases.apartmentId`). */
export function apartmentZone(column: AnyColumn | SQL): SQL.Aliased<string> {
  // A single-table select renders its columns unqualified ("id"): qualify it, or the subquery's own tables
  // would take it (an ambiguous `id`).
  const apartmentId = column instanceof Column ? sql.raw(`"${getTableName(column.table)}"."${column.name}"`) : column;
  return sql<string>`(select coalesce(zp.timezone, zo.timezone) from ${apartments} za join ${properties} zp on zp.id = za.property_id join ${orgs} zo on zo.id = za.org_id where za.id = ${apartmentId})`.as(
    "place_timezone",
  );
}
