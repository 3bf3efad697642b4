import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { orgs } from "../orgs/schema";
import { apartments } from "../portfolio/schema";
import { chargesKinds, energyClassChoices, energyClasses, listingTypes, type DocumentKind } from "../domain";

/** `taken_down`: removed by a platform admin (worker/admin/listings.ts); only an admin's restore brings it back. */
export const listingStatuses = ["draft", "published", "closed", "taken_down"] as const;
export type ListingStatus = (typeof listingStatuses)[number];
// The ad's vocabulary lives in worker/domain.ts (zod- and Drizzle-free, for the browser); re-exported here.
export {
  chargesKinds,
  documentKinds,
  energyClassChoices,
  energyClasses,
  listingTypes,
  type DocumentKind,
  type EnergyClass,
  type EnergyClassChoice,
} from "../domain";

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
    /** How the monthly `chargesAmount` is paid (`chargesKinds`); null while not stated. */
    chargesKind: text("charges_kind", { enum: chargesKinds }),
    /** Living area ("surface habitable", CCH art. R156-1) in m², to the hundredth; null while not stated. */
    livingArea: real("living_area"),
    /** Furnished ("meublé", loi n° 89-462 art. 25-4) or not; null while not stated. */
    furnished: integer("furnished", { mode: "boolean" }),
    /** The DPE energy class, or `not_required`; null while not stated. */
    energyClass: text("energy_class", { enum: energyClassChoices }),
    /** The DPE greenhouse-gas class (GES); null while not stated, and meaningless when the DPE is `not_required`. */
    ghgClass: text("ghg_class", { enum: energyClasses }),
    /**
     * The DPE's estimate of yearly energy costs for standard use, in integer minor units of `currency`
     * (décret n° 2022-780: shown on ads from 1 January 2023), and the year whose energy prices it uses.
     */
    energyCostMin: integer("energy_cost_min"),
    energyCostMax: integer("energy_cost_max"),
    energyPriceYear: integer("energy_price_year"),
    guarantorsRequired: integer("guarantors_required").notNull().default(0),
    /** JSON array of `documentKinds`. */
    requiredDocuments: text("required_documents", { mode: "json" })
      .$type<DocumentKind[]>()
      .notNull()
      .default(sql`'[]'`),
    status: text("status", { enum: listingStatuses }).notNull().default("draft"),
    publishedAt: text("published_at"),
    closedAt: text("closed_at"),
    /** Why a platform admin took it down (emailed to the landlord, shown in their listings); null otherwise. */
    takedownReason: text("takedown_reason"),
    takenDownAt: text("taken_down_at"),
    /** The status a restore puts back (what it was when taken down). */
    statusBeforeTakedown: text("status_before_takedown", { enum: listingStatuses }),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    index("listings_org_idx").on(t.orgId, t.status, t.updatedAt),
    index("listings_search_city_key_price_idx").on(t.status, t.cityKey, t.rentAmount),
    index("listings_search_city_key_date_idx").on(t.status, t.cityKey, t.publishedAt),
    index("listings_search_price_idx").on(t.status, t.rentAmount),
    // With `available_from` (migration 0043): "available by, newest first" skips inside the index.
    index("listings_search_date_idx").on(t.status, t.publishedAt, t.availableFrom),
    index("listings_search_type_newest_idx").on(t.status, t.type, t.publishedAt, t.availableFrom),
    index("listings_search_area_idx").on(t.status, t.livingArea),
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
 * How many published listings each spelling of each folded city key has (migration 0043): derived from
 * `listings` by triggers (insert, delete, updates of status, city or city key; a spelling's row goes at 0),
 * never written by the app. The search's city chips and its unfiltered total read it instead of grouping
 * every published listing.
 */
export const listingCities = sqliteTable(
  "listing_cities",
  {
    cityKey: text("city_key").notNull(),
    city: text("city").notNull(),
    listings: integer("listings").notNull(),
  },
  (t) => [primaryKey({ columns: [t.cityKey, t.city] })],
);

/**
 * One row (`id = 1`): a counter bumped by triggers on every write that changes what search shows (migration
 * 0046: listings, their photos, apartments' rooms while advertised). Cached public search answers
 * record the value they were computed at and are served only while it is current (docs/decisions/0003).
 */
export const searchGeneration = sqliteTable("search_generation", {
  id: integer("id").primaryKey(),
  value: integer("value").notNull(),
});
