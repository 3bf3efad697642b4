import { dateIn, formatDate } from "../../worker/lib/i18n/format";
import type { FormatLocale } from "../../worker/lib/i18n/regions";

/**
 * The calendar day an instant (ISO-8601 UTC, e.g. a `createdAt`) falls on in the org's time zone (IANA),
 * written for people in `locale` ("30 nov. 2026"): a payment at 00:30 in Paris is dated the 1st, not the
 * 30th as in UTC. Text that is not an instant is formatted as a date, or comes back unchanged.
 */
export function formatDayOf(instant: string, locale: FormatLocale, timeZone: string): string {
  return formatDate(dateIn(instant, timeZone) ?? instant, locale);
}
