import type { LandlordKind } from "./french-lease-law";

/**
 * Who an org is in law (its settings, issue 13 §1) and what that makes it under loi n° 89-462. Plain functions
 * (no zod, no Temporal): the UI's forms use them too.
 *
 * - `legalKind`: a natural person (`individual`) or a legal person (`company`); null until the owner says.
 * - `familyCompany`: a company that is a société civile constituée exclusivement entre parents et alliés
 *   jusqu'au quatrième degré inclus (an SCI familiale, art. 13).
 *
 * Art. 10: an unfurnished lease lasts at least three years when the landlord is a natural person or an SCI
 * familiale, six when it is any other legal person.
 */
export type LegalIdentity = { legalKind: LandlordKind | null; familyCompany: boolean };

/**
 * The kind the org lets as (the minimum term of art. 10): `company` for a company that is not an SCI
 * familiale, `individual` for a person or an SCI familiale, null while the org has not said who it is.
 */
export function lettingKindOf(org: LegalIdentity): LandlordKind | null {
  if (org.legalKind === null) return null;
  return org.legalKind === "company" && !org.familyCompany ? "company" : "individual";
}

/** The combinations of legal identity fields that cannot be, each with its code and the fields it is about. */
export type IdentityClash = {
  code: "company_number_needs_company" | "family_company_needs_company" | "representative_needs_company";
  paths: ("legalKind" | "companyNumber" | "familyCompany" | "representative")[];
};

/**
 * What contradicts itself in an identity as it will be stored: a person with a company number (SIRET, RCS),
 * a person said to be an SCI familiale, a person with a representative. Empty when it holds together; null
 * `legalKind` (not said yet) contradicts nothing.
 */
export function identityClashes(org: {
  legalKind: LandlordKind | null;
  companyNumber: string | null;
  familyCompany: boolean;
  representative: string | null;
}): IdentityClash[] {
  const clashes: IdentityClash[] = [];
  if (org.legalKind === "company") return clashes;
  if (org.familyCompany) clashes.push({ code: "family_company_needs_company", paths: ["familyCompany", "legalKind"] });
  if (org.legalKind !== "individual") return clashes;
  if (org.companyNumber) clashes.push({ code: "company_number_needs_company", paths: ["companyNumber", "legalKind"] });
  if (org.representative)
    clashes.push({ code: "representative_needs_company", paths: ["representative", "legalKind"] });
  return clashes;
}
