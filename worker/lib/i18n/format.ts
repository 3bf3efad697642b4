import { Temporal } from "temporal-polyfill";
import { formatMoney as formatMinorUnits } from "../money";
import type { FormatLocale } from "./regions";

/**
 * The one formatter for what people read: money, numbers, dates and times, by formatting locale (the
 * language with the reader's region, ./regions.ts: "en-GB" writes "2 Dec 2026" and 14:30). Dates are
 * calendar dates (ISO `YYYY-MM-DD`, no time zone: a due date is the same day everywhere); times are
 * instants (ISO-8601 UTC) shown in a named IANA time zone (the apartment's org's), labelled with it so a
 * renter abroad knows whose clock it is. Nothing here reads the runtime's zone or the browser's locale,
 * so the server and the browser print the same text.
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
  const text = date.toLocaleString(locale, { dateStyle: style, calendar: "gregory" });
  return style === "short" ? text : firstOfMonth(text, locale, date.day);
}

/** A rent period (`YYYY-MM`) → "novembre 2026" (fr), "November 2026" (en). */
export function formatPeriod(period: string, locale: FormatLocale): string {
  const date = plainDate(`${period}-01`);
  if (!date) return period;
  return date.toLocaleString(locale, { year: "numeric", month: "long", calendar: "gregory" });
}

/** A period's month, short, for a chart's axis: "2026-03" → "mars" (fr), "Mar" (en), "бер." (uk); January also names its year. */
export function formatPeriodShort(period: string, locale: FormatLocale): string {
  const date = plainDate(`${period}-01`);
  if (!date) return period;
  const month = date.toLocaleString(locale, { month: "short", calendar: "gregory" });
  return date.month === 1 ? `${month} ${String(date.year).slice(2)}` : month;
}

/**
 * An instant (ISO-8601 with offset, e.g. `2026-11-30T23:30:00.000Z`) → date and time in `timeZone` with its
 * label: "1 déc. 2026, 00:30 UTC+1" (fr, Europe/Paris). Text that is not an instant comes back unchanged.
 */
export function formatDateTime(instant: string, locale: FormatLocale, timeZone: string): string {
  const zoned = zonedInstant(instant, timeZone);
  if (!zoned) return instant;
  const text = zoned.toLocaleString(locale, {
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
  return zoned.toLocaleString(locale, { hour: "numeric", minute: "2-digit" });
}

/** The calendar date an instant falls on in `timeZone` (`YYYY-MM-DD`): what "today" means for the org. */
export function dateIn(instant: string, timeZone: string): string | null {
  return zonedInstant(instant, timeZone)?.toPlainDate().toString() ?? null;
}

function plainDate(text: string): Temporal.PlainDate | null {
  try {
    return Temporal.PlainDate.from(text.slice(0, 10));
  } catch {
    return null;
  }
}

/** French writes the first of the month as an ordinal: "1er novembre 2026" (CLDR prints "1 novembre"). */
function firstOfMonth(text: string, locale: FormatLocale, day: number): string {
  return (locale === "fr" || locale.startsWith("fr-")) && day === 1 ? text.replace(/^1(?=\s)/, "1er") : text;
}

function zonedInstant(text: string, timeZone: string): Temporal.ZonedDateTime | null {
  try {
    return Temporal.Instant.from(text).toZonedDateTimeISO(timeZone);
  } catch {
    return null;
  }
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
