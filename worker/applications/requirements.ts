import type { renterProfiles } from "../dossier/schema";
import type { ProblemCode } from "../lib/problem-codes";
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

export type DossierFacts = {
  snapshot: ProfileSnapshot;
  /** The kinds of the renter's own documents. */
  ownKinds: DocumentKind[];
  /** The chosen guarantors, with how many documents each has. */
  chosen: { id: string; name: string; documents: number }[];
  guarantorCount: number;
};

/** One requirement of a listing, met or not: its stable `code` (the one a 422 item carries) and `path`. */
export type ChecklistItem = {
  code: Extract<
    ProblemCode,
    "profile_field_missing" | "document_missing" | "guarantors_missing" | "guarantor_documents_missing"
  >;
  path: string;
  ok: boolean;
  message: string;
};

/**
 * Every requirement of `listing` checked against the dossier, met or not, in a fixed order: the profile
 * fields, the required documents, the number of guarantors, then each guarantor's documents. `path` is
 * `profile.<field>`, `documents.<kind>`, `guarantorIds` or `guarantors.<id>`.
 */
export function requirementChecklist(
  listing: Pick<typeof listings.$inferSelect, "requiredDocuments" | "guarantorsRequired">,
  facts: DossierFacts,
): ChecklistItem[] {
  const items: ChecklistItem[] = REQUIRED_PROFILE.map(([key, label]) => ({
    code: "profile_field_missing",
    path: `profile.${key}`,
    ok: Boolean(facts.snapshot[key]),
    message: `${label} is missing from your profile`,
  }));
  const have = new Set(facts.ownKinds);
  for (const kind of listing.requiredDocuments)
    items.push({
      code: "document_missing",
      path: `documents.${kind}`,
      ok: have.has(kind),
      message: `This listing requires your ${KIND_LABELS[kind]}`,
    });
  const required = listing.guarantorsRequired;
  if (required > 0)
    items.push({
      code: "guarantors_missing",
      path: "guarantorIds",
      ok: facts.guarantorCount >= required,
      message: `This listing requires ${required} guarantor${required === 1 ? "" : "s"}; you chose ${facts.guarantorCount}`,
    });
  for (const g of facts.chosen)
    items.push({
      code: "guarantor_documents_missing",
      path: `guarantors.${g.id}`,
      ok: g.documents > 0,
      message: `Your guarantor ${g.name} has no document yet`,
    });
  return items;
}

/**
 * Everything `listing` requires that the dossier lacks, as problem `errors` (empty: the dossier qualifies),
 * each with its stable `code`: `profile_field_missing`, `document_missing`, `guarantors_missing`,
 * `guarantor_documents_missing`.
 */
export function missingRequirements(
  listing: Pick<typeof listings.$inferSelect, "requiredDocuments" | "guarantorsRequired">,
  facts: DossierFacts,
): { path: string; message: string; code: ChecklistItem["code"] }[] {
  return requirementChecklist(listing, facts)
    .filter((item) => !item.ok)
    .map(({ code, path, message }) => ({ code, path, message }));
}
