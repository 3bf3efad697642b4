import type { Locale } from "./locales";
import { translator } from "./translate";
import type { FormatLocale } from "./regions";

/**
 * Rent reference index (IRL) values and quarters as people read them, for the revision letter and email
 * (worker/leases/revision). Values arrive as INSEE publishes them (`"145.17"`).
 */

/** An index value (`"145.17"`) in the language's decimal mark, always two decimals: "145,17" (fr). */
export function formatIndexValue(value: string, locale: FormatLocale): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(value));
}

/** A quarter `YYYY-Qn` → "2e trimestre 2024" (fr), "Q2 2024" (en). */
export function formatQuarter(quarter: string, locale: Locale): string {
  const [year = "", n = ""] = quarter.split("-Q");
  return translator(locale, "rentRevisionDocs")("quarter", { n, year });
}
