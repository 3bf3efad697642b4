/**
 * Calendar dates relative to today (UTC), for tests that must not age: a move-in date has to be in the
 * future (applications refuse a past one), so a fixed "2026-09-01" would break once that day has passed.
 */

/** Today's date, `YYYY-MM-DD` (UTC). */
export const todayUtc = (now = Date.now()) => new Date(now).toISOString().slice(0, 10);

/** `day` of the month `months` months after the current one (UTC), `YYYY-MM-DD`: always after today. */
export function futureDate(day = 1, months = 2, now = Date.now()): string {
  const today = new Date(now);
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, day));
  return d.toISOString().slice(0, 10);
}

/** Days in the month of `iso` (`YYYY-MM-DD`). */
export function daysInMonthOf(iso: string): number {
  const [y, m] = iso.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
