import { Temporal } from "temporal-polyfill";

/**
 * Calendar arithmetic for rent, on Temporal (ISO 8601 calendar). Dates are ISO `YYYY-MM-DD` strings, months
 * ("periods") are `YYYY-MM`; "today" is always asked for in a time zone (an org's IANA zone, e.g.
 * "Europe/Paris"), because a Paris landlord's 5th starts at 23:00 UTC on the 4th.
 */

/** A rent period: the calendar month `YYYY-MM`. */
export type Period = string;

/** Today's date `YYYY-MM-DD` in `timeZone` (IANA), at `now` (ms since the epoch). */
export function todayIn(timeZone: string, now = Date.now()): string {
  return Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** The period `YYYY-MM` of an ISO date or timestamp. */
export function periodOf(iso: string): Period {
  return iso.slice(0, 7);
}

/** The month after `period`. */
export function nextPeriod(period: Period): Period {
  return Temporal.PlainYearMonth.from(period).add({ months: 1 }).toString();
}

/** First and last day (`YYYY-MM-DD`, inclusive) of a period. */
export function periodBounds(period: Period): [string, string] {
  const month = Temporal.PlainYearMonth.from(period);
  return [month.toPlainDate({ day: 1 }).toString(), month.toPlainDate({ day: month.daysInMonth }).toString()];
}

/** The date `months` months after `date`, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  return Temporal.PlainDate.from(date).add({ months }).toString();
}

/** Whole calendar months from one period (or date) to another: 2026-01 → 2026-03 is 2. */
export function monthsBetween(from: string, to: string): number {
  const a = Temporal.PlainYearMonth.from(periodOf(from));
  const b = Temporal.PlainYearMonth.from(periodOf(to));
  return a.until(b, { largestUnit: "months" }).months;
}

/** Days from `from` to `to` (`YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: "days" }).days;
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/**
 * The last day of a lease of `months` months starting on `start`: the day before the same day `months`
 * months later (1 Sep + 12 months ends 31 Aug), so the lease covers whole months.
 */
export function leaseEnd(start: string, months: number): string {
  return Temporal.PlainDate.from(start).add({ months }).subtract({ days: 1 }).toString();
}

/** The `count` periods ending with `period`, oldest first. */
export function monthsEndingAt(period: Period, count = 12): Period[] {
  const last = Temporal.PlainYearMonth.from(period);
  return Array.from({ length: count }, (_, i) => last.subtract({ months: count - 1 - i }).toString());
}

/** The due date of `period` for a due day (1–31), clamped to the month's length. */
export function dueDateOf(period: Period, dueDay: number): string {
  const month = Temporal.PlainYearMonth.from(period);
  return month.toPlainDate({ day: Math.min(dueDay, month.daysInMonth) }).toString();
}

/** What a lease's rent dates depend on: its first and last days (inclusive, `YYYY-MM-DD`) and due day (1–31). */
export type LeaseDates = { startDate: string; endDate: string | null; dueDay: number };

/**
 * The due date of `period` within a lease: the due day of the month (clamped to the month's length, so 31
 * is its last day), moved to the lease's first day when that comes later (a lease starting on 20 November
 * with rent due on the 5th is due on 20 November for November) and to its last day when that comes earlier.
 * No due date ever falls before the lease starts or after it ends.
 */
export function leaseDueDate(period: Period, lease: LeaseDates): string {
  const due = dueDateOf(period, lease.dueDay);
  if (due < lease.startDate) return lease.startDate;
  if (lease.endDate && due > lease.endDate) return lease.endDate;
  return due;
}

/** The days of `period` the lease covers (0 to the month's length), both ends inclusive. */
export function leaseDaysIn(period: Period, lease: Pick<LeaseDates, "startDate" | "endDate">): number {
  const [first, last] = periodBounds(period);
  const from = lease.startDate > first ? lease.startDate : first;
  const to = lease.endDate && lease.endDate < last ? lease.endDate : last;
  return to < from ? 0 : daysBetween(from, to) + 1;
}

/** The number of days in `period`. */
export function daysInPeriod(period: Period): number {
  return Temporal.PlainYearMonth.from(period).daysInMonth;
}
