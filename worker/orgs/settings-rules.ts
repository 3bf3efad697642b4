import { electronicFormatIBAN, friendlyFormatIBAN, isValidBIC, isValidIBAN } from "ibantools";

/**
 * The checks behind an org's settings, as plain functions (no zod, no Temporal: the UI's forms use them too
 * through ./contract). Each names the standard it applies.
 */

/** Digits only, as a company number is typed ("732 829 320 00074" → "73282932000074"). */
export const companyNumberDigits = (value: string) => value.replace(/[\s.-]/g, "");

/** The Luhn checksum (ISO/IEC 7812-1 annex B) over a string of digits. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** La Poste's SIREN: its thousands of establishments outnumber what a Luhn key can number (INSEE rule). */
const LA_POSTE_SIREN = "356000000";

/**
 * Whether `value` is a SIRET (INSEE, répertoire SIRENE): 14 digits (spaces allowed) whose Luhn sum is valid;
 * for La Poste (SIREN 356 000 000) the sum of the 14 digits is a multiple of 5 instead.
 */
export function isValidSiret(value: string): boolean {
  const digits = companyNumberDigits(value);
  if (!/^\d{14}$/.test(digits)) return false;
  if (luhn(digits)) return true;
  if (!digits.startsWith(LA_POSTE_SIREN)) return false;
  return [...digits].reduce((n, d) => n + Number(d), 0) % 5 === 0;
}

/** An IBAN (ISO 13616) in electronic format ("FR7630006000011234567890189"), or null if it is not valid. */
export function normalizeIban(value: string): string | null {
  const electronic = electronicFormatIBAN(value);
  return electronic && isValidIBAN(electronic) ? electronic : null;
}

/** An IBAN printed in groups of 4 ("FR76 3000 6000 0112 3456 7890 189"), as people read and type it. */
export const printedIban = (electronic: string) => friendlyFormatIBAN(electronic) ?? electronic;

/** A BIC (ISO 9362, 8 or 11 characters) upper-cased without spaces, or null if it is not valid. */
export function normalizeBic(value: string): string | null {
  const bic = value.replace(/\s/g, "").toUpperCase();
  return isValidBIC(bic) ? bic : null;
}

/** Whether `code` is a current ISO 3166-1 alpha-2 code (upper case; FX, DD, UK, SU… are withdrawn: not). */
export { isCountryCode } from "../lib/countries";

/**
 * The IANA time zone `value` names (tz database), in its canonical spelling, or null: "Europe/Paris" and
 * "UTC" are, a fixed offset ("+01:00") or an unknown name is not.
 */
export function canonicalTimeZone(value: string): string | null {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value)) return null;
  try {
    const zone = new Intl.DateTimeFormat("en", { timeZone: value }).resolvedOptions().timeZone;
    return zone === "UTC" || Intl.supportedValuesOf("timeZone").includes(zone) ? zone : null;
  } catch {
    return null;
  }
}
