import type { renterProfiles } from "../dossier/schema";
import type { DocumentKind, listings } from "../listings/schema";
import type { ApplyInput, ProfileSnapshot } from "./contract";

/**
 * What a listing asks of an applicant, checked against their dossier: pure functions, so that everything
 * missing comes back as one list (the 422 `errors`), not one error at a time.
 */

const REQUIRED_PROFILE: [keyof ProfileSnapshot, string][] = [
  ["firstName", "First name"],
  ["lastName", "Last name"],
  ["phone", "Phone"],
  ["birthDate", "Birth date"],
  ["nationality", "Nationality"],
];

const KIND_LABELS: Record<DocumentKind, string> = {
  id_card: "ID card",
  proof_of_study: "proof of study",
  proof_of_income: "proof of income",
  rib: "bank details (RIB)",
  visa: "visa",
  other: "other document",
};

/** The profile sent with the application: the stored one, with this application's overrides on top. */
export function profileSnapshotOf(
  profile: typeof renterProfiles.$inferSelect | undefined,
  overrides: ApplyInput["profile"] = {},
): ProfileSnapshot {
  const stored: ProfileSnapshot = {
    firstName: profile?.firstName ?? "",
    lastName: profile?.lastName ?? "",
    phone: profile?.phone ?? "",
    birthDate: profile?.birthDate ?? "",
    nationality: profile?.nationality ?? null,
    education: profile?.education ?? null,
    budgetAmount: profile?.budgetAmount ?? null,
    budgetCurrency: profile?.budgetCurrency ?? null,
  };
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return { ...stored, ...given };
}

type DossierFacts = {
  snapshot: ProfileSnapshot;
  /** The kinds of the renter's own documents. */
  ownKinds: DocumentKind[];
  /** The chosen guarantors, with how many documents each has. */
  chosen: { id: string; name: string; documents: number }[];
  guarantorCount: number;
};

/** Everything `listing` requires that the dossier lacks, as problem `errors` (empty: the dossier qualifies). */
export function missingRequirements(
  listing: Pick<typeof listings.$inferSelect, "requiredDocuments" | "guarantorsRequired">,
  facts: DossierFacts,
): { path: string; message: string }[] {
  const missing: { path: string; message: string }[] = [];
  for (const [key, label] of REQUIRED_PROFILE)
    if (!facts.snapshot[key])
      missing.push({ path: `profile.${key}`, message: `${label} is missing from your profile` });
  const have = new Set(facts.ownKinds);
  for (const kind of listing.requiredDocuments)
    if (!have.has(kind))
      missing.push({ path: `documents.${kind}`, message: `This listing requires your ${KIND_LABELS[kind]}` });
  const required = listing.guarantorsRequired;
  if (facts.guarantorCount < required)
    missing.push({
      path: "guarantorIds",
      message: `This listing requires ${required} guarantor${required === 1 ? "" : "s"}; you chose ${facts.guarantorCount}`,
    });
  for (const g of facts.chosen)
    if (g.documents === 0)
      missing.push({ path: `guarantors.${g.id}`, message: `Your guarantor ${g.name} has no document yet` });
  return missing;
}
