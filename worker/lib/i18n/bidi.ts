import { isLocale, textDirection } from "./locales";

/**
 * Bidi isolation of people's text (names, property names, apartment labels, addresses, titles, notes)
 * interpolated into a sentence, for every place that is plain text: emails, PDFs, toasts, the app's own
 * strings. Unicode's first-strong isolate (U+2068 FSI … U+2069 PDI, UAX #9, the plain-text `<bdi>`) keeps
 * the value's own order and keeps it from reordering the words around it: "Jean Dupont" and "3 rue des
 * Lilas" inside a Hebrew sentence, "נועה לוי" inside a French one. The one helper of the worker and the app
 * (app/i18n/bidi.ts); the marks draw nothing in PDFs.
 */

const FSI = "\u2068";
const PDI = "\u2069";

/** Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms: letters written right to left. */
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]/;

/** `value` in an isolate, always (an empty value stays empty). For text whose sentence may be of either direction. */
export const isolate = (value: string): string => (value ? `${FSI}${value}${PDI}` : value);

/**
 * `value` isolated where it matters for a sentence in `locale`: always in a right-to-left language, and in a
 * left-to-right one when the value holds right-to-left letters (a Hebrew name in a French email). Latin text
 * in a Latin sentence comes back as is.
 */
export function isolateIn(locale: string, value: string): string {
  const rtl = isLocale(locale) && textDirection(locale) === "rtl";
  return rtl || RIGHT_TO_LEFT_LETTER.test(value) ? isolate(value) : value;
}
