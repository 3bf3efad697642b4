import { AppError } from "../lib/errors";
import type { LandlordKind } from "../lib/french-lease-law";
import { lettingKindOf, type LegalIdentity } from "../lib/landlord-identity";

/**
 * The kind a new lease's landlord lets as (loi n° 89-462 art. 10: the minimum term of an unfurnished lease),
 * from the org's legal identity (its settings): a company that is not an SCI familiale lets as a company (6
 * years), a person or an SCI familiale as a person (3 years). `told` (the request's `landlordKind`) is taken
 * only while the org has not said who it is; contradicting what it said is 422 `landlord_kind_contradicts_org`
 * at `landlordKind` (the settings are where that is changed). Nothing said anywhere: individual.
 */
export function landlordKindFor(org: LegalIdentity, told: LandlordKind | undefined): LandlordKind {
  const known = lettingKindOf(org);
  if (known && told && told !== known) {
    const message = `The org's legal identity makes it let as ${known === "company" ? "a company" : "a person (a natural person or an SCI familiale)"}; change its settings if that is wrong`;
    throw new AppError(422, "landlord_kind_contradicts_org", `landlordKind: ${message}`, [
      { path: "landlordKind", message },
    ]);
  }
  return known ?? told ?? "individual";
}
