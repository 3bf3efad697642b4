/**
 * The languages Rentline speaks. French is the reference catalogue (our first market); every other
 * catalogue has exactly its keys (type-checked, and `tests/unit/i18n-catalogues.test.ts` compares the ICU
 * arguments). Adding a language: README "Adding a language".
 */
export const LOCALES = ["fr", "en", "uk", "he"] as const;
export type Locale = (typeof LOCALES)[number];

/** The language of a visitor whose browser asks for none we speak, and of records made before languages. */
export const DEFAULT_LOCALE: Locale = "fr";

/** Each language's name in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { fr: "Français", en: "English", uk: "Українська", he: "עברית" };

const RIGHT_TO_LEFT = new Set<Locale>(["he"]);

/** Whether `value` is a language we speak (exact tag: "fr", not "fr-FR"). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** "rtl" for Hebrew (and any later right-to-left language), else "ltr": the `dir` of the document. */
export function textDirection(locale: Locale): "ltr" | "rtl" {
  return RIGHT_TO_LEFT.has(locale) ? "rtl" : "ltr";
}

/**
 * The language to answer an `Accept-Language` header in (RFC 9110 §12.5.4): the supported language with the
 * highest q-value, matching on the primary subtag ("fr-CA" → fr, "iw" → he, "ru-UA" → no), ties in the
 * header's order; `fallback` (DEFAULT_LOCALE unless given) when nothing matches or the header is missing or malformed.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined, fallback: Locale = DEFAULT_LOCALE): Locale {
  let best: { locale: Locale; q: number } | null = null;
  for (const part of (acceptLanguage ?? "").split(",").slice(0, 32)) {
    const [rawTag = "", ...params] = part.trim().split(";");
    const primary = rawTag.trim().toLowerCase().split("-")[0] ?? "";
    const locale = primary === "iw" ? "he" : primary;
    if (!isLocale(locale)) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    if (!best || q > best.q) best = { locale, q };
  }
  return best?.locale ?? fallback;
}

/** The language to write to one person in: theirs if they chose one, else their org's, else the default. */
export function recipientLocale(userLocale: string | null | undefined, orgLocale?: string | null): Locale {
  if (isLocale(userLocale)) return userLocale;
  if (isLocale(orgLocale)) return orgLocale;
  return DEFAULT_LOCALE;
}
