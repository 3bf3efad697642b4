import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { resolveCountry } from "../lib/countries";
import { canonicalTimeZone } from "../orgs/contract";
import { isKnownCurrency } from "../lib/money";
import { placeName, typedText } from "../lib/text";
import { apartments, properties } from "./schema";

/**
 * The portfolio API's shapes: properties (buildings) and their apartments. Routes, services and the UI's
 * forms share them (import `z` from "zod" here, never from @hono/zod-openapi: the UI bundles this file).
 */

/**
 * Names and addresses print on agreements and receipts: NFC, trimmed, bounded (worker/lib/text.ts); the
 * address and city must hold a letter (`placeName`: 422 `place_name_without_letter` otherwise).
 */
const text = (max: number) => typedText(max).min(1);
const currency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "must be a 3-letter ISO 4217 code")
  .refine(isKnownCurrency, "must be an ISO 4217 currency")
  .meta({ description: "ISO 4217 code, e.g. EUR; amounts in its minor unit (JPY 0 decimals, KWD 3)" });

// ---------------------------------------------------------------- inputs

/**
 * A property's country: an ISO 3166-1 alpha-2 code ("FR"), or, for compatibility, a country's name in a
 * language CLDR knows ("France", "Франція", "צרפת", "République française": worker/lib/countries.ts
 * `resolveCountry`); stored as the code. Without a letter it is 422 `place_name_without_letter` (as before);
 * anything else (a withdrawn code like FX, a name nobody uses) is 422
 * `unknown_country`: its law decides the leases' rules, so it is never guessed.
 */
const countryInput = placeName(100)
  .transform((value, ctx) => {
    const code = resolveCountry(value);
    if (code) return code;
    ctx.addIssue({
      code: "custom",
      message: "must be an ISO 3166-1 alpha-2 country code",
      params: { code: "unknown_country" },
    });
    return z.NEVER;
  })
  .meta({
    description:
      "ISO 3166-1 alpha-2 code, e.g. FR (a country's name in any common language is accepted and stored as its code)",
  });

/**
 * A property's own IANA time zone (issue 13 §4), checked against Intl's supported values and stored in its
 * canonical spelling (400 `invalid_timezone` otherwise); null or "" clears it: the org's time zone then applies
 * (./zone.ts).
 */
const propertyTimezone = z
  .string()
  .trim()
  .nullable()
  .optional()
  .refine((v) => !v || canonicalTimeZone(v) !== null, { params: { code: "invalid_timezone" } })
  .transform((v) => (v === undefined ? undefined : v ? canonicalTimeZone(v) : null))
  .meta({
    description:
      "IANA time zone of the building (e.g. Europe/Paris); null or empty: the org's time zone. The apartment's dates and times (rent due dates, visits, lease dates) are in it",
  });

const propertyFields = z.object({
  name: text(120),
  address: placeName(200),
  city: placeName(100),
  postalCode: text(20),
  country: countryInput,
  timezone: propertyTimezone,
});
/** A new property: its name and postal address. */
export const propertyInput = propertyFields.meta({ id: "PropertyInput" });
export type PropertyInput = z.infer<typeof propertyInput>;
/** Some fields of a property. */
export const propertyPatch = propertyFields.partial().meta({ id: "PropertyPatch" });
export type PropertyPatch = z.infer<typeof propertyPatch>;

const apartmentFields = z.object({
  propertyId: text(64),
  unitNumber: text(20),
  roomsCount: z.number().int().min(1).max(50),
  rentAmount: z
    .number()
    .int()
    .min(0)
    .max(100_000_000)
    .meta({ description: "Monthly rent, integer minor units of `currency` (cents for EUR)" }),
  currency: currency.optional().meta({
    description: "ISO 4217; without it, the org's currency (its settings): the API fills it, nothing is guessed",
  }),
  sharedChat: z
    .boolean()
    .optional()
    .meta({ description: "A shared flat: renters of its separate current leases share the chat (default false)" }),
});
/** A new apartment: its property, unit number, rooms and monthly rent. */
export const apartmentInput = apartmentFields.meta({ id: "ApartmentInput" });
export type ApartmentInput = z.infer<typeof apartmentInput>;
/** Some fields of an apartment. */
export const apartmentPatch = apartmentFields.partial().meta({ id: "ApartmentPatch" });
export type ApartmentPatch = z.infer<typeof apartmentPatch>;

// ---------------------------------------------------------------- outputs

const unread = (what: string) =>
  z
    .number()
    .int()
    .optional()
    .meta({ description: `Unread chat messages ${what}` });

/** A property as the API answers it. */
export const property = /* @__PURE__ */ createSelectSchema(properties)
  .omit({ orgId: true })
  .extend({ unread: unread("for the caller across its apartments (lists only)") })
  .meta({ id: "Property" });

/** An apartment as the API answers it. */
export const apartment = /* @__PURE__ */ createSelectSchema(apartments)
  .omit({ orgId: true })
  .extend({
    rentAmount: z.number().int().nullable().meta({
      description:
        "Monthly rent, integer minor units of `currency`; null for members who do not see leases' money (maintenance)",
    }),
    unread: unread("for the caller (lists only)"),
  })
  .meta({ id: "Apartment" });
