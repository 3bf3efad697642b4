import { isValidPostcode } from "../../worker/lib/countries";
import { identityClashes } from "../../worker/lib/landlord-identity";
import type { Locale } from "../../worker/lib/i18n/locales";
import { isValidSiret } from "../../worker/orgs/contract";
import { translatorFor } from "../i18n/translate.server";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
};

/**
 * The identity section's checks across fields, on the values posted (the API runs the same ones on the row
 * as it will be, worker/orgs/settings.ts `checkAcrossFields`): in France (the address's country, else the
 * org's, posted as `orgCountry`) a company number is a SIRET and a postcode has 5 digits; and who the org is
 * must hold together (a person has no company number, SCI familiale or representative). Run with the
 * contract's own checks, so one submit shows every field to fix at once. Answers a sentence per field, in
 * `locale`; empty when all hold.
 */
export function identityFieldErrors(form: FormData, locale: Locale): Record<string, string[]> {
  const p = translatorFor(locale, "problems");
  const errors: Record<string, string[]> = {};
  const country = (text(form, "addressCountry") || text(form, "orgCountry")).toUpperCase();
  const companyNumber = text(form, "companyNumber");
  const postalCode = text(form, "postalCode");
  if (companyNumber && country === "FR" && !isValidSiret(companyNumber)) errors.companyNumber = [p("invalid_siret")];
  if (postalCode && !isValidPostcode(postalCode, country)) errors.postalCode = [p("invalid_postcode")];
  const legalKind = text(form, "legalKind");
  const clashes = identityClashes({
    legalKind: legalKind === "company" || legalKind === "individual" ? legalKind : null,
    companyNumber: companyNumber || null,
    familyCompany: text(form, "familyCompany") === "on" || text(form, "familyCompany") === "true",
    representative: text(form, "representative") || null,
  });
  for (const clash of clashes) for (const path of clash.paths) errors[path] ??= [p(clash.code)];
  return errors;
}
