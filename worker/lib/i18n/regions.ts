import type { Locale } from "./locales";

/**
 * How dates, times and numbers are written for one person: a BCP 47 tag, the page's language with the
 * visitor's region ("en-GB": English words, "2 Dec 2026" and a 24-hour clock; "en-US": "Dec 2, 2026", 2:30 PM;
 * "fr-CA": "2026-12-02"), or the bare language when no region is known ("en" writes as en-US, "fr" as fr-FR).
 * Messages follow the language (`Locale`); formats follow this.
 */
export type FormatLocale = Locale | `${Locale}-${string}`;

/**
 * The formatting locale of a visitor whose page is in `language`: the region of the `Accept-Language` entry
 * with the highest q-value that names `language` with a region ("en-GB;q=0.9" for English → "en-GB"; "iw-IL"
 * for Hebrew → "he-IL"), ties in the header's order; the bare language when the header names none (or only
 * other languages: a French page for an "en-GB" browser is written as in France). Malformed tags are skipped.
 */
export function negotiateFormatLocale(language: Locale, acceptLanguage: string | null | undefined): FormatLocale {
  let best: { tag: FormatLocale; q: number } | null = null;
  for (const part of (acceptLanguage ?? "").split(",").slice(0, 32)) {
    const [rawTag = "", ...params] = part.trim().split(";");
    const region = regionOf(rawTag.trim(), language);
    if (!region) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    if (!best || q > best.q) best = { tag: `${language}-${region}`, q };
  }
  return best?.tag ?? language;
}

/** The region subtag ("GB", "419") of `tag` when its language is `language` ("iw" is Hebrew), else null. */
function regionOf(tag: string, language: Locale): string | null {
  try {
    const parsed = new Intl.Locale(tag.replace(/^iw(?=-|$)/i, "he"));
    return parsed.language === language && parsed.region ? parsed.region : null;
  } catch {
    return null;
  }
}

/** Whether `value` is a formatting locale of a language we speak ("en-GB", "fr"), e.g. from loader data. */
export function isFormatLocale(value: unknown, language: Locale): value is FormatLocale {
  return typeof value === "string" && (value === language || regionOf(value, language) !== null);
}
