import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client";
import { leaseEnd } from "../lib/calendar";
import { isFrenchJurisdiction, leaseTermMonths, type LeaseTerms } from "../lib/french-lease-law";
import { assertLeaseTerms } from "../lib/lease-law-problem";
import { listingPlaces, listings } from "../listings/schema";
import { apartments, properties } from "../portfolio/schema";

/**
 * The lease an application would become, checked against French lease law (loi n° 89-462;
 * worker/lib/french-lease-law.ts) wherever its terms enter: applying (the renter's move-in date and
 * duration), accepting and confirming (the ad may have changed since). Its kind is the ad's (`furnished`:
 * a bail meublé, titre Ier bis; else unfurnished, titre Ier) let by an individual (the default of the lease
 * a confirmation creates); a 9-month student lease or a bail mobilité are kinds an ad does not offer.
 */

/** What the lease of an application to listing `listingId`, place `roomId`, is made of: one statement. */
export function adTermsQuery(db: Db, listingId: string | SQL, roomId: string | SQL) {
  return db
    .select({
      furnished: listings.furnished,
      depositAmount: listings.depositAmount,
      // The lease's monthly charges (provision or forfait); 0 when the ad says they are included in the rent.
      chargesAmount:
        sql<number>`case when ${listings.chargesKind} = 'included' then 0 else ${listings.chargesAmount} end`.as(
          "ad_charges_amount",
        ),
      rentAmount: listingPlaces.rentAmount,
      country: properties.country,
    })
    .from(listings)
    .innerJoin(listingPlaces, and(eq(listingPlaces.listingId, listings.id), eq(listingPlaces.id, roomId)))
    .innerJoin(apartments, eq(apartments.id, listings.apartmentId))
    .innerJoin(properties, eq(properties.id, apartments.propertyId))
    .where(eq(listings.id, listingId));
}
export type AdTerms = Awaited<ReturnType<typeof adTermsQuery>>[number];

/** The lease's terms: from `moveInDate` (`YYYY-MM-DD`) for `durationMonths`, rent, charges and deposit in minor units. */
function applicationLeaseTerms(
  ad: AdTerms,
  moveInDate: string,
  durationMonths: number,
): LeaseTerms & { chargesAmount: number } {
  return {
    kind: ad.furnished ? "furnished" : "unfurnished",
    landlordKind: "individual",
    startDate: moveInDate,
    endDate: leaseEnd(moveInDate, durationMonths),
    rentAmount: ad.rentAmount,
    chargesAmount: ad.chargesAmount,
    depositAmount: ad.depositAmount,
  };
}

/**
 * Refuses an application whose lease would break French law (a dwelling in France): 422 with the first
 * broken rule's code (`lease_too_short` for a term under the kind's minimum, 12 months furnished, 36
 * unfurnished; `deposit_above_cap`), `errors` at `durationMonths` (the term) or `depositAmount`.
 */
export function assertLawfulApplication(ad: AdTerms, moveInDate: string, durationMonths: number): void {
  assertLeaseTerms(ad.country, applicationLeaseTerms(ad, moveInDate, durationMonths), (field) =>
    field === "endDate" ? "durationMonths" : field,
  );
}

/**
 * The confirmation's guard that the ad still says what was checked: same deposit, same furnished flag, same
 * charges, same rent for the place (an edit racing the confirmation makes it lose instead of creating a lease on terms
 * nobody checked).
 */
export function adUnchanged(ad: AdTerms, listingId: string, roomId: string): SQL {
  return sql`exists (select 1 from ${listings} join ${listingPlaces} on ${listingPlaces.listingId} = ${listings.id}
    where ${listings.id} = ${listingId} and ${listingPlaces.id} = ${roomId}
    and ${listings.depositAmount} = ${ad.depositAmount} and ${listings.furnished} is ${ad.furnished === null ? null : Number(ad.furnished)}
    and ${listingPlaces.rentAmount} = ${ad.rentAmount}
    and (case when ${listings.chargesKind} = 'included' then 0 else ${listings.chargesAmount} end) = ${ad.chargesAmount})`;
}

/** The longest term an application may ask for (the apply contract's bound), in months. */
const MAX_APPLICATION_MONTHS = 120;

/**
 * The lawful lease durations of an application to an ad, in months: `min` to `max`, and `default`, what
 * the apply form proposes and the demo applies with. In France the ad's kind decides (unfurnished 36,
 * furnished 12, let by an individual: loi n° 89-462 art. 10 and 25-7); elsewhere 1 to 120, 12 by default.
 */
export function lawfulDuration(ad: Pick<AdTerms, "furnished" | "country">): {
  min: number;
  max: number;
  default: number;
} {
  if (!isFrenchJurisdiction(ad.country)) return { min: 1, max: MAX_APPLICATION_MONTHS, default: 12 };
  const term = leaseTermMonths(ad.furnished ? "furnished" : "unfurnished", "individual");
  return { min: term.min, max: term.max ?? MAX_APPLICATION_MONTHS, default: term.min };
}
