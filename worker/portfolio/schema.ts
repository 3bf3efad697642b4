import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
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
