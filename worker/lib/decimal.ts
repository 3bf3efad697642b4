import { splitAmount } from "./money-input";

/**
 * Decimal quantities people type that are not money: a living area in m² ("42,5"), logged hours ("1,5"), an
 * index value ("145,17"), a search's area bounds. One reading for every such field, the way money is read
 * (worker/lib/money.ts `splitAmount`): either decimal mark in every language, spaces of any kind (U+00A0,
 * U+202F) and apostrophes as thousands separators ("1 234,5"), "1.234,5" and "1,234.5" by their last mark.
 * Shared by the UI's form actions and loaders.
 */

/**
 * A typed decimal → its number, or null when it is not one (words, a trailing mark, a sign, more than
 * `decimals` decimals). `locale` (the person's language or format locale) decides only the ambiguous
 * "1,234": a thousand in English, but with `decimals` ≥ 3 a decimal. "42,5" and "42.5" → 42.5 everywhere.
 */
export function parseDecimal(input: string, locale: string, decimals = 2): number | null {
  const parts = splitAmount(input, decimals, locale);
  if (!parts || parts.fraction.length > decimals) return null;
  const value = Number(`${parts.whole}.${parts.fraction || "0"}`);
  return Number.isFinite(value) ? value : null;
}

/**
 * A number → what a decimal input shows in `locale`, without grouping, as `parseDecimal` reads it back:
 * 42.5 → "42,5" (fr, uk), "42.5" (en, he); `minDecimals` pads ("145,10" for an index value).
 */
export function decimalToInput(value: number, locale: string, minDecimals = 0, maxDecimals = 2): string {
  return new Intl.NumberFormat(locale, {
    useGrouping: false,
    minimumFractionDigits: minDecimals,
    maximumFractionDigits: Math.max(minDecimals, maxDecimals),
  }).format(value);
}
