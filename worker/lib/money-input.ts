import { minorUnitDigits } from "./money";

/**
 * Amounts as people type them and as money inputs show them (./money.ts holds the minor units and their
 * display): parsing what was typed in any locale's way of writing it, and writing minor units back into an
 * input. Apart from ./money.ts so that a page that only shows amounts ships none of it (issue 17 §5).
 */

/** The decimal and grouping separators of `locale` ("," and U+202F in fr, "." and "," in en and he). */
function separatorsOf(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
    group: parts.find((p) => p.type === "group")?.value ?? ",",
  };
}

/**
 * The digits of a typed amount with its decimal part split off, or null. Spaces of any kind (U+00A0, U+202F
 * French groups) and apostrophes are dropped; "." and "," are both accepted: with both present the last is the
 * decimal point ("1.234,50", "1,234.50"); one kind repeated is grouping ("1,234,567"); a single one is the
 * decimal point unless it is `locale`'s group separator before exactly three digits ("1,234" in en) in a
 * currency with fewer than three decimals. Groups after the first have three digits.
 */
export function splitAmount(input: string, digits: number, locale: string): { whole: string; fraction: string } | null {
  const text = input.trim().replace(/[\s\u00a0\u202f'’]/g, "");
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return null;
  const seps = text.replace(/\d/g, "");
  const last = seps.at(-1);
  if (!last) return { whole: text, fraction: "" };
  const tail = text.slice(text.lastIndexOf(last) + 1);
  const grouped =
    seps.length > 1
      ? [...seps].every((c) => c === last)
      : tail.length === 3 && digits < 3 && separatorsOf(locale).group === last;
  const [head, fraction] = grouped ? [text, ""] : [text.slice(0, text.lastIndexOf(last)), tail];
  const groups = head.split(/[.,]/);
  if (groups.slice(1).some((g) => g.length !== 3) || !groups[0]) return null;
  if (new Set(head.replace(/\d/g, "")).size > 1) return null;
  return { whole: groups.join(""), fraction };
}

/**
 * A typed amount → minor units of `currency`, or null for anything that is not one. `locale` (the person's)
 * decides only ambiguous grouping ("1,234" is 1234 in en); otherwise any way of writing works: "850",
 * "850.5", "850,50", "1 234,50" (spaces, no-break and narrow no-break spaces), "1.234,50", "1,234.50" → 85050 /
 * 123450 (EUR); "85000" → 85000 (JPY). More decimals than the currency has → null.
 */
export function parseMoney(input: string, currency: string, locale = "en"): number | null {
  const digits = minorUnitDigits(currency);
  const parts = splitAmount(input, digits, locale);
  if (!parts || parts.fraction.length > digits) return null;
  const minor = Number(parts.whole) * 10 ** digits + Number(parts.fraction.padEnd(digits, "0") || 0);
  return Number.isSafeInteger(minor) ? minor : null;
}

/**
 * Minor units → what a money input shows, with `locale`'s decimal separator and no grouping: "850,00" (EUR,
 * fr), "850.00" (EUR, en), "85000" (JPY), "1.250" (KWD, en); exact. `parseMoney` reads it back.
 */
export function minorToInput(minor: number, currency: string, locale = "en"): string {
  const digits = minorUnitDigits(currency);
  const sign = minor < 0 ? "-" : "";
  const text = String(Math.abs(Math.trunc(minor))).padStart(digits + 1, "0");
  if (digits === 0) return sign + text;
  return `${sign}${text.slice(0, -digits)}${separatorsOf(locale).decimal}${text.slice(-digits)}`;
}
