import { and, eq, isNotNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { ScopedDb } from "../db/scoped";
import { AppError, Invalid } from "../lib/errors";
import { isFrenchJurisdiction } from "../lib/french-lease-law";
import { assertDepositCap } from "../lib/lease-law-problem";
import { apartments, properties } from "../portfolio/schema";
import { energyClasses, listings, type EnergyClass } from "./schema";

/**
 * What a rental ad for a dwelling in France must show before it is published: the living area ("surface
 * habitable"), furnished or not (loi n° 89-462 du 6 juillet 1989, art. 3-1; décret n° 2022-780 du 4 mai 2022
 * on the energy information of property ads), and the energy performance diagnosis (Code de la
 * construction et de l'habitation art. L126-33: the DPE energy class and, since 2022, the greenhouse-gas
 * class; "DPE vierge / non requis" stated explicitly when there is no class). Elsewhere the fields are
 * optional. Drafts may lack them everywhere.
 */

/** The French ad fields of a new listing, null where not stated (the input may leave them out). */
export const adFieldsOf = (input: Partial<AdInput>) => ({
  chargesKind: input.chargesKind ?? null,
  livingArea: input.livingArea ?? null,
  furnished: input.furnished ?? null,
  energyClass: input.energyClass ?? null,
  ghgClass: input.ghgClass ?? null,
  energyCostMin: input.energyCostMin ?? null,
  energyCostMax: input.energyCostMax ?? null,
  energyPriceYear: input.energyPriceYear ?? null,
});

/** The fields a French ad needs, as the API names them. */
type FrenchAdField = "livingArea" | "furnished" | "energyClass" | "ghgClass";

type ListingRow = typeof listings.$inferSelect;
type AdFields = Pick<ListingRow, "livingArea" | "furnished" | "energyClass" | "ghgClass">;
type AdInput = AdFields & Pick<ListingRow, "chargesKind" | "energyCostMin" | "energyCostMax" | "energyPriceYear">;

/** The fields a French ad still lacks (empty when it may be published). GES is not asked when the DPE is `not_required`. */
export function missingAdFields(listing: AdFields): FrenchAdField[] {
  const missing: FrenchAdField[] = [];
  if (listing.livingArea === null) missing.push("livingArea");
  if (listing.furnished === null) missing.push("furnished");
  if (listing.energyClass === null) missing.push("energyClass");
  if (listing.ghgClass === null && listing.energyClass !== "not_required") missing.push("ghgClass");
  return missing;
}

/** The same rule in SQL, for the guarded publish UPDATE (a concurrent edit that clears a field stops it). */
const adComplete = (): SQL =>
  and(
    isNotNull(listings.livingArea),
    isNotNull(listings.furnished),
    isNotNull(listings.energyClass),
    or(isNotNull(listings.ghgClass), eq(listings.energyClass, "not_required")),
    depositWithinCap(),
  )!;

/** Art. 22 / 25-6 in SQL: the deposit is at most one (unfurnished) or two (furnished) months of the cheapest rent. */
const depositWithinCap = (): SQL =>
  lte(listings.depositAmount, sql`${listings.rentAmount} * (case when ${listings.furnished} then 2 else 1 end)`);

/**
 * 422 `deposit_above_cap` when a French ad asks a deposit above what its lease may ask (loi n° 89-462 art.
 * 22: one month's rent excluding charges unfurnished; art. 25-6: two months furnished). The cap is on the
 * cheapest place's rent (`rentAmount`), since the one deposit applies to every place. Not yet stated
 * furnished: nothing to check (publishing needs it).
 */
export function checkAdDeposit(ad: { furnished: boolean | null; rentAmount: number; depositAmount: number }) {
  if (ad.furnished === null) return;
  assertDepositCap({ furnished: ad.furnished, rentAmount: ad.rentAmount, depositAmount: ad.depositAmount });
}

const FIELD_NAMES: Record<FrenchAdField, string> = {
  livingArea: "the living area (m²)",
  furnished: "whether it is furnished",
  energyClass: "the DPE energy class (or “DPE not required”)",
  ghgClass: "the greenhouse-gas (GES) class",
};

/** 422 `listing_incomplete`: a listing in France cannot be published without `missing`; `errors` names each field. */
export class ListingIncomplete extends AppError {
  constructor(missing: FrenchAdField[]) {
    super(
      422,
      "listing_incomplete",
      `A listing in France must show ${missing.map((f) => FIELD_NAMES[f]).join(", ")} before it is published`,
      missing.map((f) => ({ path: f, message: `required to publish in France: ${FIELD_NAMES[f]}` })),
    );
  }
}

/** The energy classes at least as good as `worst` (A best … G): `C` → A, B, C. */
export function classesAtLeast(worst: EnergyClass): EnergyClass[] {
  return energyClasses.slice(0, energyClasses.indexOf(worst) + 1);
}

/** 400 when the yearly energy cost estimate's range is upside down (min above max). */
export function checkEnergyCosts(listing: { energyCostMin?: number | null; energyCostMax?: number | null }) {
  const { energyCostMin: min, energyCostMax: max } = listing;
  if (min != null && max != null && min > max)
    throw new Invalid("energyCostMax: must be at least energyCostMin", [
      { path: "energyCostMax", message: "must be at least energyCostMin" },
    ]);
}

/**
 * Before publishing listing `id` (one read: the listing's ad fields and its property's country): throws
 * 422 `listing_incomplete` when the property is in France and the ad lacks what French law asks, 422
 * `deposit_above_cap` when its deposit is above the cap of its kind (`checkAdDeposit`), and
 * answers the condition the guarded publish UPDATE must add (the same rule in SQL, so an edit racing the
 * publication cannot slip an incomplete ad out), or undefined outside France. A listing that is not the
 * org's answers undefined: the transition then reports the 404.
 */
export async function frenchAdGuard(s: ScopedDb, id: string): Promise<SQL | undefined> {
  const [row] = await adOf(s, id);
  if (!row || !isFrenchJurisdiction(row.country)) return undefined;
  const missing = missingAdFields(row);
  if (missing.length) throw new ListingIncomplete(missing);
  checkAdDeposit(row);
  return adComplete();
}

/** Listing `id`'s ad fields and its property's country (one statement, for a batch). */
export function adOf(s: ScopedDb, id: string) {
  return s
    .selectFields(
      {
        livingArea: listings.livingArea,
        furnished: listings.furnished,
        energyClass: listings.energyClass,
        ghgClass: listings.ghgClass,
        rentAmount: listings.rentAmount,
        depositAmount: listings.depositAmount,
        country: properties.country,
      },
      listings,
      eq(listings.id, id),
    )
    .innerJoin(apartments, and(eq(apartments.id, listings.apartmentId), eq(apartments.orgId, listings.orgId)))
    .innerJoin(properties, and(eq(properties.id, apartments.propertyId), eq(properties.orgId, listings.orgId)));
}

/**
 * An edit of a published listing in France may not take away what its ad must show: 422
 * `listing_incomplete` naming the fields the edit would clear (close the listing first to change them
 * freely); nor make its deposit unlawful (a new deposit, a change of furnished, cheaper places: 422
 * `deposit_above_cap`, `checkAdDeposit`).
 */
export function checkPublishedAd(
  status: string,
  ad: (AdFields & { country: string; rentAmount: number; depositAmount: number }) | undefined,
  patch: Partial<AdFields & { rentAmount: number; depositAmount: number }>,
) {
  if (status !== "published" || !ad || !isFrenchJurisdiction(ad.country)) return;
  const edited = { ...ad, ...patch };
  const missing = missingAdFields(edited);
  if (missing.length) throw new ListingIncomplete(missing);
  checkAdDeposit(edited);
}
