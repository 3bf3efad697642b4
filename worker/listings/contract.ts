import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { saneDate } from "../lib/date-input";
import { idList } from "../lib/lists";
import { searchSorts } from "../domain";
import { placeName } from "../lib/text";
import {
  chargesKinds,
  documentKinds,
  energyClassChoices,
  energyClasses,
  listingPhotos,
  listingPlaces,
  listings,
  listingTypes,
} from "./schema";

/**
 * The listings contract: what the API accepts and answers, shared by the routes, the services and the UI.
 * Money is integer minor units of the apartment's currency; dates are ISO `YYYY-MM-DD`. A listing's places
 * (one per bedroom of a shared flat, one for a whole flat) travel as `rooms` in the JSON, as they always have.
 */

/** The ad's choices (the UI imports the ones it shows from worker/domain.ts: no zod in the browser). */
export { chargesKinds, energyClassChoices, energyClasses } from "./schema";

/** At most 20 photos per listing. */
export const MAX_PHOTOS = 20;

const money = z.number().int().min(0).max(100_000_000).meta({ description: "Integer minor units" });
const isoDate = saneDate();

export const placeInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    capacity: z.number().int().min(1).max(20).meta({ description: "How many renters the place takes" }),
    rentAmount: money.meta({ description: "Monthly rent of the place, integer minor units" }),
  })
  .meta({ id: "ListingPlaceInput" });

/** A living area in m², to the hundredth (42.5, 18.25), as French ads state it ("surface habitable"). */
const livingArea = z
  .number()
  .positive()
  .max(100_000)
  .refine((m2) => Math.round(m2 * 100) / 100 === m2, "at most two decimals (m²)")
  .meta({ description: "Living area (surface habitable) in m², at most two decimals" });

/**
 * What a French ad must show (loi n° 89-462 art. 3-1 and décret n° 2022-780; the DPE display duty, Code de
 * la construction et de l'habitation art. L126-33). Each may be left out or `null`: a draft may lack them,
 * and `null` in a PATCH clears one. Publishing a listing whose property is in France needs `livingArea`, `furnished`,
 * `energyClass` (a class, or `not_required`) and `ghgClass` (unless the DPE is `not_required`): else 422
 * `listing_incomplete` naming each missing field.
 */
const frenchAdFields = {
  livingArea: livingArea.nullish(),
  furnished: z.boolean().nullish().meta({ description: "Furnished (meublé) or not" }),
  energyClass: z
    .enum(energyClassChoices)
    .nullish()
    .meta({ description: "DPE energy class, A (best) to G, or `not_required` (DPE vierge / non requis)" }),
  ghgClass: z.enum(energyClasses).nullish().meta({ description: "DPE greenhouse-gas (GES) class, A (best) to G" }),
  chargesKind: z
    .enum(chargesKinds)
    .nullish()
    .meta({ description: "How `chargesAmount` is paid: provision with yearly adjustment, flat amount, or included" }),
  energyCostMin: money
    .nullish()
    .meta({ description: "DPE estimate of yearly energy costs, low end, integer minor units (per year)" }),
  energyCostMax: money.nullish().meta({
    description: "DPE estimate of yearly energy costs, high end, integer minor units (per year); ≥ energyCostMin",
  }),
  energyPriceYear: z
    .number()
    .int()
    .min(2000)
    .max(2100)
    .nullish()
    .meta({ description: 'The year of the energy prices the estimate uses ("prix moyens indexés au 1er janvier")' }),
};

/** The listing's fields without defaults: a PATCH must leave out what it does not change (zod applies defaults inside `.partial()`). */
const listingFields = z.object({
  apartmentId: z.string().min(1).max(64),
  title: z.string().trim().min(3).max(120),
  description: z.string().trim().min(1).max(5000),
  city: placeName(80),
  address: placeName(200),
  type: z.enum(listingTypes),
  chargesAmount: money,
  depositAmount: money,
  availableFrom: isoDate,
  guarantorsRequired: z.number().int().min(0).max(50),
  requiredDocuments: z.array(z.enum(documentKinds)).max(documentKinds.length),
  rooms: z.array(placeInput).min(1, "at least one room (the whole place for a flat)").max(30),
  ...frenchAdFields,
});

/** A new listing (a draft). */
export const listingInput = listingFields
  .extend({
    chargesAmount: money.default(0),
    depositAmount: money.default(0),
    guarantorsRequired: z.number().int().min(0).max(50).default(0),
    requiredDocuments: z.array(z.enum(documentKinds)).max(documentKinds.length).default([]),
  })
  .meta({ id: "ListingInput" });
export type ListingInput = z.infer<typeof listingInput>;

/** An edit: any field but the apartment; `photoOrder` lists the photos to keep, in display order. */
export const listingPatch = listingFields
  .omit({ apartmentId: true })
  .partial()
  .extend({
    photoOrder: idList(z.string().max(64), "photo")
      .max(MAX_PHOTOS)
      .optional()
      .meta({ description: "The photos to keep, in display order; the others are deleted" }),
  })
  .meta({ id: "ListingPatch" });
export type ListingPatch = z.infer<typeof listingPatch>;

/** The public search's query string. */
export const searchQuery = z.object({
  city: placeName(80)
    .optional()
    .meta({
      description:
        "The whole city name (at least one letter: 422 `place_name_without_letter` otherwise), compared folded: Unicode case (not ASCII only), accents on Latin letters, " +
        "compatibility and composed/decomposed forms (NFKD), and punctuation (hyphens, spaces, both apostrophes " +
        "' and ’) — `saint-étienne`, `Saint Etienne` and `Saint-E\\u0301tienne` (decomposed) all find `Saint-Étienne`.",
    }),
  priceMax: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000_000)
    .optional()
    .meta({ description: "Integer minor units (of `currency` when given)" }),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/)
    .optional()
    .meta({
      description:
        "ISO 4217: with `priceMax`, only listings in this currency (amounts in different currencies do not compare)",
    }),
  type: z.enum(listingTypes).optional(),
  availableFrom: isoDate.optional().meta({ description: "Listings available on or before this date" }),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({
      description:
        "Free text over title, description and city: every word must appear, each as a word prefix; folded like " +
        "`city` (Unicode case, Latin accents, NFKC forms, punctuation). Chinese, Japanese and Korean text, written " +
        "without spaces, is matched by overlapping two-character pairs, so `公寓` finds `两室一厅公寓，靠近地铁站`.",
    }),
  areaMin: z.coerce
    .number()
    .min(0)
    .max(100_000)
    .optional()
    .meta({ description: "Smallest living area, m² (inclusive); listings without a stated area are left out" }),
  areaMax: z.coerce
    .number()
    .min(0)
    .max(100_000)
    .optional()
    .meta({ description: "Largest living area, m² (inclusive); listings without a stated area are left out" }),
  energyClassMin: z.enum(energyClasses).optional().meta({
    description:
      "DPE energy class at least this good (A best … G): `C` finds A, B and C, not D. Listings without a class or with `not_required` are left out.",
  }),
  furnished: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional()
    .meta({ description: "`true`: furnished only; `false`: unfurnished only; absent: both" }),
  sort: z.enum(searchSorts).default("newest"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof searchQuery>;

// ---------------------------------------------------------------- outputs

/** A place of a listing, as the API shows it. */
export const placeView = /* @__PURE__ */ createSelectSchema(listingPlaces)
  .omit({ orgId: true, listingId: true })
  .meta({ id: "ListingPlace" });

const photoLink = z.object({
  id: z.string(),
  url: z.string().meta({ description: "Public URL, while published" }),
  thumbUrl: z.string().meta({ description: "The same photo, small (at most 400 px)" }),
});

/** A listing without its places and photos (the org's list). */
export const listingRowView = /* @__PURE__ */ createSelectSchema(listings, {
  requiredDocuments: z.array(z.enum(documentKinds)),
}).omit({ orgId: true, createdBy: true, createdAt: true, cityKey: true, searchText: true });

/** A listing with its places (`rooms`) and photos. */
export const listingView = listingRowView
  .extend({ rooms: z.array(placeView), photos: z.array(photoLink) })
  .meta({ id: "Listing" });
export type ListingView = z.infer<typeof listingView>;

/** A published listing, for anyone, with its apartment's number of rooms (pièces). */
export const publicListingView = listingView
  .omit({ status: true, closedAt: true, takedownReason: true, takenDownAt: true, statusBeforeTakedown: true })
  .extend({ roomsCount: z.number().int().nullable().meta({ description: "The apartment's number of rooms (pièces)" }) })
  .meta({ id: "PublicListing" });

/** One search result. `photo` is the first photo's id. */
const listingSummary = /* @__PURE__ */ createSelectSchema(listings)
  .pick({
    id: true,
    title: true,
    city: true,
    type: true,
    rentAmount: true,
    chargesAmount: true,
    currency: true,
    availableFrom: true,
    publishedAt: true,
    livingArea: true,
    furnished: true,
    energyClass: true,
  })
  .extend({
    photo: z.string().nullable(),
    roomsCount: z.number().int().nullable().meta({ description: "The apartment's number of rooms (pièces)" }),
  })
  .meta({ id: "ListingSummary" });

/**
 * What the 410 problem (`listing_closed`) of a listing that was published and is now closed (let or
 * withdrawn) carries besides the problem's own members: the listing's name, and up to 4 similar published
 * listings (same city and currency, rent within ±30 %, closest rent first; docs/decisions/0007).
 */
export const closedListingExtras = z.object({
  listing: z.object({ id: z.string(), title: z.string(), city: z.string() }),
  similar: z.array(listingSummary).max(4),
});
export type ClosedListingExtras = z.infer<typeof closedListingExtras>;

export const searchResult = z
  .object({
    results: z.array(listingSummary),
    total: z.number().int(),
    page: z.number().int(),
    limit: z.number().int(),
    cities: z
      .array(z.object({ city: z.string(), count: z.number().int() }))
      .max(8)
      .meta({
        description:
          "The cities with the most published listings (at most 8, most first), whatever the other filters and never the city searched (folded: case, accents): for city suggestions",
      }),
  })
  .meta({ id: "ListingSearchResult" });
export type SearchResult = z.infer<typeof searchResult>;

/** An uploaded photo. */
export const photoView = /* @__PURE__ */ createSelectSchema(listingPhotos)
  .pick({ id: true, contentType: true, size: true })
  .extend({ url: z.string() })
  .meta({ id: "ListingPhoto" });

export const sitemapView = z.object({
  listings: z.array(z.object({ id: z.string(), updatedAt: z.string() })).max(50_000),
});

export const transitionResult = <S extends "published" | "closed">(status: S) =>
  z.object({ status: z.literal(status) });
