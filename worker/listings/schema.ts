import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { orgs } from "../orgs/schema";
import { apartments } from "../portfolio/schema";

export const listingTypes = ["studio", "room", "flat", "house"] as const;
export const listingStatuses = ["draft", "published", "closed"] as const;
/** Document kinds a listing may require and a renter's dossier may hold. */
export const documentKinds = ["id_card", "proof_of_study", "proof_of_income", "rib", "visa", "other"] as const;
export type ListingStatus = (typeof listingStatuses)[number];
export type DocumentKind = (typeof documentKinds)[number];

/**
 * A published offer for an apartment: draft → published → closed. Public search reads only published
 * rows, so its indexes lead with `status`; org-side reads lead with `org_id`.
 */
export const listings = sqliteTable(
  "listings",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    apartmentId: text("apartment_id")
      .notNull()
      .references(() => apartments.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull(),
    city: text("city").notNull(),
    /** The city filter's key: `city` folded (./search-text `cityKey`: case, Latin accents, apostrophes, forms). */
    cityKey: text("city_key").notNull().default(""),
    /** What the FTS5 index reads: title, description and city with CJK bigrams (./search-text `searchText`). */
    searchText: text("search_text").notNull().default(""),
    address: text("address").notNull(),
    type: text("type", { enum: listingTypes }).notNull(),
    /** Integer minor units in `currency`. For shared flats, the cheapest room's rent (what search filters on). */
    rentAmount: integer("rent_amount").notNull(),
    chargesAmount: integer("charges_amount").notNull().default(0),
    depositAmount: integer("deposit_amount").notNull().default(0),
    currency: text("currency").notNull(),
    availableFrom: text("available_from").notNull(),
    guarantorsRequired: integer("guarantors_required").notNull().default(0),
    /** JSON array of `documentKinds`. */
    requiredDocuments: text("required_documents", { mode: "json" })
      .$type<DocumentKind[]>()
      .notNull()
      .default(sql`'[]'`),
    status: text("status", { enum: listingStatuses }).notNull().default("draft"),
    publishedAt: text("published_at"),
    closedAt: text("closed_at"),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    index("listings_org_idx").on(t.orgId, t.status, t.updatedAt),
    index("listings_search_city_key_price_idx").on(t.status, t.cityKey, t.rentAmount),
    index("listings_search_city_key_date_idx").on(t.status, t.cityKey, t.publishedAt),
    index("listings_search_price_idx").on(t.status, t.rentAmount),
    index("listings_search_date_idx").on(t.status, t.publishedAt),
  ],
);

/**
 * The places to let in a listing: one for a whole flat, one per bedroom (each with its capacity) for a
 * shared flat. "Room" is kept for the live apartment room only; the API still calls these `rooms`.
 */
export const listingPlaces = sqliteTable(
  "listing_places",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    listingId: text("listing_id")
      .notNull()
      .references(() => listings.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    capacity: integer("capacity").notNull(),
    /** Integer minor units in the listing's currency, per month. */
    rentAmount: integer("rent_amount").notNull(),
    /** Confirmed occupants; a conditional `filled < capacity` UPDATE claims a place. */
    filled: integer("filled").notNull().default(0),
    position: integer("position").notNull(),
  },
  (t) => [
    index("listing_places_listing_idx").on(t.listingId, t.position),
    index("listing_places_org_idx").on(t.orgId, t.listingId),
  ],
);

/** Listing photos in R2 (re-encoded on upload); served publicly only while the listing is published. */
export const listingPhotos = sqliteTable(
  "listing_photos",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    listingId: text("listing_id")
      .notNull()
      .references(() => listings.id, { onDelete: "cascade" }),
    r2Key: text("r2_key").notNull(),
    contentType: text("content_type").notNull(),
    width: integer("width"),
    height: integer("height"),
    size: integer("size").notNull(),
    position: integer("position").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    index("listing_photos_listing_idx").on(t.listingId, t.position),
    uniqueIndex("listing_photos_key_unique").on(t.r2Key),
  ],
);

/**
 * One row (`id = 1`): a counter every listing write bumps in its own batch. Cached public search answers
 * record the value they were computed at and are served only while it is current (docs/decisions/0003).
 */
export const searchGeneration = sqliteTable("search_generation", {
  id: integer("id").primaryKey(),
  value: integer("value").notNull(),
});
