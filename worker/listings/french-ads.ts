import { and, eq, isNotNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { ScopedDb } from "../db/scoped";
import { AppError, Invalid, type FieldError } from "../lib/errors";
import { chargesViolations, depositViolations, isFrenchJurisdiction } from "../lib/french-lease-law";
import { describeViolation } from "../lib/lease-law-problem";
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
function missingAdFields(listing: AdFields): FrenchAdField[] {
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
    // Art. 23: no flat charges on an unfurnished home.
    sql`not (coalesce(${listings.chargesKind}, '') = 'flat' and ${listings.furnished} = 0)`,
  )!;

/** Art. 22 / 25-6 in SQL: the deposit is at most one (unfurnished) or two (furnished) months of the cheapest rent. */
const depositWithinCap = (): SQL =>
  lte(listings.depositAmount, sql`${listings.rentAmount} * (case when ${listings.furnished} then 2 else 1 end)`);

/**
 * Every rule of loi n° 89-462 a French ad breaks, at once: the deposit above what its lease may ask (art. 22:
 * one month's rent excluding charges unfurnished; art. 25-6: two months furnished; on the cheapest place's
 * rent, `rentAmount`, since the one deposit applies to every place) → `deposit_above_cap`; flat charges on an
 * unfurnished home (art. 23: provisions adjusted yearly; the forfait of art. 25-10 is for furnished leases) →
 * `flat_charges_unfurnished`. Not yet stated furnished: nothing to check (publishing needs it).
 */
function adLawErrors(ad: AdLawFields): FieldError[] {
  if (ad.furnished === null) return [];
  const kind = ad.furnished ? "furnished" : "unfurnished";
  const chargesMode = ad.chargesKind === "flat" || ad.chargesKind === "provision" ? ad.chargesKind : undefined;
  return [
    ...depositViolations({ kind, rentAmount: ad.rentAmount, depositAmount: ad.depositAmount }),
    ...chargesViolations({ kind, chargesMode }),
  ].map((v) => ({
    path: v.field === "chargesMode" ? "chargesKind" : v.field,
    message: describeViolation(v),
    code: v.code,
    params: v.params,
  }));
}

type AdLawFields = AdFields & Pick<ListingRow, "rentAmount" | "depositAmount" | "chargesKind">;

/**
 * Refuses a French ad that cannot be published, naming everything at once: 422 `listing_incomplete` when it
 * lacks fields French law asks (`missingAdFields`), else the code of its first law violation
 * (`adLawErrors`); `errors` lists every missing field and every violation, each with its own `code`.
 */
export function assertAdPublishable(ad: AdLawFields): void {
  const missing = missingAdFields(ad);
  const law = adLawErrors(ad);
  if (missing.length) throw new ListingIncomplete(missing, law);
  const [first] = law;
  if (first) throw new AppError(422, first.code!, law.map((e) => e.message).join("; "), law);
}

const FIELD_NAMES: Record<FrenchAdField, string> = {
  livingArea: "the living area (m²)",
  furnished: "whether it is furnished",
  energyClass: "the DPE energy class (or “DPE not required”)",
  ghgClass: "the greenhouse-gas (GES) class",
};

/** 422 `listing_incomplete`: a listing in France cannot be published without `missing`; `errors` names each field. */
class ListingIncomplete extends AppError {
  constructor(missing: FrenchAdField[], also: FieldError[] = []) {
    super(
      422,
      "listing_incomplete",
      `A listing in France must show ${missing.map((f) => FIELD_NAMES[f]).join(", ")} before it is published`,
      [
        ...missing.map((f) => ({
          path: f,
          message: `required to publish in France: ${FIELD_NAMES[f]}`,
          code: "listing_incomplete" as const,
        })),
        ...also,
      ],
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
  assertAdPublishable(row);
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
        chargesKind: listings.chargesKind,
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
  ad: (AdLawFields & { country: string }) | undefined,
  patch: Partial<AdLawFields>,
) {
  if (status !== "published" || !ad || !isFrenchJurisdiction(ad.country)) return;
  assertAdPublishable({ ...ad, ...patch });
}
