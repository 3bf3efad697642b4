import {
  chargesViolations,
  depositViolations,
  frenchLeaseViolations,
  isFrenchJurisdiction,
  isFurnishedKind,
  type LeaseKind,
  type LeaseLawField,
  type LeaseLawViolation,
  type LeaseTerms,
} from "../lib/french-lease-law";
import type { AgreementFields } from "./fields";

/**
 * An agreement's fields as French rental law reads them (worker/lib/french-lease-law.ts). The API checks
 * them when the agreement is sent; the editor runs the same functions to explain a violation before, so this
 * module stays free of zod and of the server's errors (the browser loads it: ./vocabulary.ts).
 */

/** Where each term the rules speak of lives in the agreement's fields (`templateFields.` + this). */
export const AGREEMENT_LAW_PATHS: Record<LeaseLawField, string> = {
  endDate: "lease.endDate",
  depositAmount: "deposit.amount",
  chargesMode: "rent.chargesMode",
  mobilityReason: "lease.mobilityReason",
  rentAmount: "rent.amount",
};

/** Whether a template (by name: `standard-fr-furnished`) is a furnished one. */
export const isFurnishedTemplate = (templateName: string) => templateName.endsWith("-furnished");

/** The agreement's kind: as chosen, else its template's (agreements drafted before migration 0021). */
export function agreementKind(f: AgreementFields, templateFurnished: boolean): LeaseKind {
  return f.lease.kind ?? (templateFurnished ? "furnished" : "unfurnished");
}

/**
 * The agreement's terms for the rules: an empty end date is an open-ended lease, a deposit not required is
 * none, absent choices are the defaults (individual landlord, provisions).
 */
export function agreementLawTerms(f: AgreementFields, templateFurnished: boolean): LeaseTerms {
  return {
    kind: agreementKind(f, templateFurnished),
    landlordKind: f.landlord.kind ?? "individual",
    startDate: f.lease.startDate,
    endDate: f.lease.endDate || null,
    rentAmount: f.rent.amount,
    depositAmount: f.deposit.required ? f.deposit.amount : 0,
    chargesMode: f.rent.chargesMode ?? "provision",
    mobilityReason: f.lease.mobilityReason || null,
  };
}

/**
 * The French rules the agreement breaks, for a dwelling in `country` (none elsewhere). The term is judged
 * only once the dates make sense (a start date, an end date not before it); deposit and charges always.
 */
export function agreementViolations(
  f: AgreementFields,
  templateFurnished: boolean,
  country: string | null | undefined,
): LeaseLawViolation[] {
  if (!isFrenchJurisdiction(country)) return [];
  const terms = agreementLawTerms(f, templateFurnished);
  const datesMakeSense = terms.startDate !== "" && (terms.endDate === null || terms.endDate >= terms.startDate);
  if (datesMakeSense) return frenchLeaseViolations(terms);
  return [...depositViolations(terms), ...chargesViolations(terms)];
}

/**
 * The template of the same kind and language that matches the lease kind's furnishing: choosing a furnished
 * kind on an unfurnished template moves the agreement to the furnished one (`standard-fr-unfurnished` →
 * `standard-fr-furnished`), so its title and text agree with its kind.
 */
export function templateNameFor(templateName: string, kind: LeaseKind | undefined): string {
  if (!kind) return templateName;
  return templateName.replace(/-(un)?furnished$/, isFurnishedKind(kind) ? "-furnished" : "-unfurnished");
}
