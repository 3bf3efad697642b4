import { formatMoney as formatMinorUnits } from "../money";
import type { FormatLocale } from "./regions";

/**
 * The one formatter for what people read: money, numbers, dates and times, by formatting locale (the
 * language with the reader's region, ./regions.ts: "en-GB" writes "2 Dec 2026" and 14:30). Dates are
 * calendar dates (ISO `YYYY-MM-DD`, no time zone: a due date is the same day everywhere); times are
 * instants (ISO-8601 UTC) shown in a named IANA time zone (the apartment's org's), labelled with it so a
 * renter abroad knows whose clock it is. Nothing here reads the runtime's zone or the browser's locale,
 * so the server and the browser print the same text. Built on Intl alone (no Temporal polyfill): this
 * module is in every page's JavaScript (issue 17 §5, the 150 KiB budget).
 */

/** Minor units → "720,00 €" (fr), "€720.00" (en), "720,00 €" (uk), "‏720.00 €" (he); exact (ISO 4217 digits). */
export function formatMoney(minor: number, currency: string, locale: FormatLocale): string {
  return formatMinorUnits(minor, currency, locale);
}

/**
 * A plain number ("1 234,5" in fr), up to `maxFractionDigits` decimals.
 */
export function formatNumber(value: number, locale: FormatLocale, maxFractionDigits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(value);
}

/**
 * A calendar date (`YYYY-MM-DD`, or the date part of an ISO time) → "30 nov. 2026" (fr, `medium`) or
 * "30 novembre 2026" (`long`). Text that is not a date comes back unchanged.
 */
export function formatDate(
  isoDate: string,
  locale: FormatLocale,
  style: "medium" | "long" | "short" = "medium",
): string {
  const date = plainDate(isoDate);
  if (!date) return isoDate;
  const text = formatUtc(date.utc, locale, { dateStyle: style, calendar: "gregory" });
  return style === "short" ? text : firstOfMonth(text, locale, date.day);
}

/** A rent period (`YYYY-MM`) → "novembre 2026" (fr), "November 2026" (en). */
export function formatPeriod(period: string, locale: FormatLocale): string {
  const date = plainDate(`${period}-01`);
  if (!date) return period;
  return formatUtc(date.utc, locale, { year: "numeric", month: "long", calendar: "gregory" });
}

/** A period's month, short, for a chart's axis: "2026-03" → "mars" (fr), "Mar" (en), "бер." (uk); January also names its year. */
export function formatPeriodShort(period: string, locale: FormatLocale): string {
  const date = plainDate(`${period}-01`);
  if (!date) return period;
  const month = formatUtc(date.utc, locale, { month: "short", calendar: "gregory" });
  return date.month === 1 ? `${month} ${String(date.year).slice(2)}` : month;
}

/**
 * An instant (ISO-8601 with offset, e.g. `2026-11-30T23:30:00.000Z`) → date and time in `timeZone` with its
 * label: "1 déc. 2026, 00:30 UTC+1" (fr, Europe/Paris). Text that is not an instant comes back unchanged.
 */
export function formatDateTime(instant: string, locale: FormatLocale, timeZone: string): string {
  const zoned = zonedInstant(instant, timeZone);
  if (!zoned) return instant;
  const text = zoned.format(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    // "numeric", not "2-digit": ICU versions disagree on a 2-digit hour in 12-hour clocks ("01:34 AM" in
    // workerd, "1:34 AM" in Chromium), and the browser must hydrate the server's exact text.
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
    calendar: "gregory",
  });
  return firstOfMonth(text, locale, zoned.day);
}

/**
 * An instant → its time of day in `timeZone` ("00:30" in fr), for chat messages and feeds.
 */
export function formatTime(instant: string, locale: FormatLocale, timeZone: string): string {
  const zoned = zonedInstant(instant, timeZone);
  if (!zoned) return instant;
  return zoned.format(locale, { hour: "numeric", minute: "2-digit" });
}

/** The calendar date an instant falls on in `timeZone` (`YYYY-MM-DD`): what "today" means for the org. */
export function dateIn(instant: string, timeZone: string): string | null {
  const zoned = zonedInstant(instant, timeZone);
  if (!zoned) return null;
  return `${String(zoned.year).padStart(4, "0")}-${String(zoned.month).padStart(2, "0")}-${String(zoned.day).padStart(2, "0")}`;
}

/**
 * A calendar date (ISO `YYYY-MM-DD`, the first 10 characters of `text`) as its parts and its UTC midnight, or
 * null when it is not one (2026-02-30 included): Intl formats it in UTC, so no zone shifts the day.
 */
function plainDate(text: string): { year: number; month: number; day: number; utc: Date } | null {
  // Extended (2026-11-30) or basic (20261130) ISO 8601, as Temporal.PlainDate.from reads them.
  const m = /^(\d{4})(-?)(\d{2})\2(\d{2})$/.exec(text.slice(0, 10));
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  utc.setUTCFullYear(year);
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return null;
  return { year, month, day, utc };
}

function formatUtc(date: Date, locale: FormatLocale, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(date);
}

/** An ISO-8601 instant with its offset (`Z` or `±HH:MM`), as Temporal.Instant.from reads it. */
const INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}([.,]\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;

/** An instant in `timeZone`: its calendar date there and a formatter; null for text that is not an instant or an unknown zone. */
function zonedInstant(text: string, timeZone: string) {
  if (!INSTANT.test(text)) return null;
  const date = new Date(text.replace(",", "."));
  if (Number.isNaN(date.getTime())) return null;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      calendar: "gregory",
    }).formatToParts(date);
  } catch {
    return null;
  }
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    format: (locale: FormatLocale, options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date),
  };
}

/** French writes the first of the month as an ordinal: "1er novembre 2026" (CLDR prints "1 novembre"). */
function firstOfMonth(text: string, locale: FormatLocale, day: number): string {
  return (locale === "fr" || locale.startsWith("fr-")) && day === 1 ? text.replace(/^1(?=\s)/, "1er") : text;
}

/**
 * A time zone's name for people, in `locale`, never its IANA id: "Europe/Paris" → "heure d’Europe centrale"
 * (fr), "Central European Time" (en), "שעון מרכז אירופה" (he), "за центральноєвропейським часом" (uk): CLDR's
 * generic name, the same in summer and winter. A zone CLDR names only by offset reads as its city and offset
 * ("Kolkata (GMT+05:30)"); UTC is "UTC"; an unknown id comes back unchanged.
 */
export function formatTimeZone(timeZone: string, locale: FormatLocale): string {
  let name: string | undefined;
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "longGeneric" }).formatToParts(0);
    name = parts.find((p) => p.type === "timeZoneName")?.value;
  } catch {
    return timeZone;
  }
  if (!name) return timeZone;
  if (!/^(GMT|UTC)/.test(name.replace(/[\u200e\u200f]/g, ""))) return name;
  if (/^(Etc\/)?(UTC|GMT|UCT|Zulu|Universal)$/.test(timeZone)) return "UTC";
  const city = timeZone.split("/").at(-1)?.replaceAll("_", " ") ?? timeZone;
  return `${city} (${name})`;
}
