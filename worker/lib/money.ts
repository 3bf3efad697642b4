/**
 * Money: integer amounts in the currency's minor unit plus an ISO 4217 code, never floats. The number of
 * minor-unit digits (the ISO 4217 exponent: EUR 2, JPY 0, KWD 3) comes from the runtime's ICU data through
 * `Intl.NumberFormat`, so worker and UI convert the same way. Shared by the worker and the UI.
 */

const digitsCache = new Map<string, number>();

/** The ISO 4217 exponent of `currency` (EUR → 2, JPY → 0). Throws RangeError for a code that is not a currency. */
export function minorUnitDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** Minor units → the amount in major units as a number (85050 EUR → 850.5). For display and Intl only. */
function toMajor(minor: number, currency: string): number {
  return minor / 10 ** minorUnitDigits(currency);
}

/** "850", "850.5", "850,50" → 85050 (EUR); "85000" → 85000 (JPY). Null for anything that is not an amount. */
export function parseMoney(input: string, currency: string): number | null {
  const digits = minorUnitDigits(currency);
  const normalized = input
    .trim()
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(",", ".");
  const pattern = digits === 0 ? /^\d+$/ : new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`);
  if (!pattern.test(normalized)) return null;
  const [whole, fraction = ""] = normalized.split(".");
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || 0);
}

/** Minor units → what a money input shows ("850.00" for EUR, "85000" for JPY). */
export function minorToInput(minor: number, currency: string): string {
  return toMajor(minor, currency).toFixed(minorUnitDigits(currency));
}

/** Minor units → a localized amount with its currency ("720,00 €" in fr, "€720.00" in en). */
export function formatMoney(minor: number, currency: string, locale = "en"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(toMajor(minor, currency));
}
