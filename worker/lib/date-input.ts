import { z } from "zod";

/**
 * Dates as the API accepts them: real ISO `YYYY-MM-DD` days (or `YYYY-MM` months) between 1900-01-01 and
 * 2200-12-31, the range rent arithmetic is meaningful in (a lease from the year 1000 would be charged 12,323
 * months; the year 1 makes malformed periods; 9999-12-31 overflows a lease's end). A well-formed date outside
 * the range answers 422 `date_out_of_range` (lib/errors.ts `invalidFromZod`); a malformed one 400. Plain
 * zod with no Temporal, so the UI's forms can use the same schemas.
 */

/** The earliest and latest dates any input may carry (`YYYY-MM-DD`, inclusive). */
const DATE_RANGE = { min: "1900-01-01", max: "2200-12-31" } as const;

/** How far from today (years, either way) a lease may start or a move-in be: past months are charged at once. */
const LEASE_START_WINDOW_YEARS = 10;

/** The `params.code` a range refinement puts on its zod issue, which makes the problem a 422. */
export const DATE_OUT_OF_RANGE = "date_out_of_range";
/** The custom issue's code of a time window that ends before it starts (forms word it: app/lib/forms.server.ts). */
export const TIME_WINDOW_ORDER = "time_window_order";

/** Whether `iso` is a real calendar day written `YYYY-MM-DD` (not 2026-02-30). */
function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** Whether `iso` is a real `YYYY-MM-DD` date inside `DATE_RANGE`. */
export function isSaneDate(iso: string): boolean {
  return isRealDate(iso) && iso >= DATE_RANGE.min && iso <= DATE_RANGE.max;
}

/** For refinements: a malformed date is the format check's to report, so only a real date can be out of range. */
const inRange = (iso: string) => !isRealDate(iso) || isSaneDate(iso);

const outOfRange = (what: string) => ({
  message: `${what} must be between ${DATE_RANGE.min} and ${DATE_RANGE.max}`,
  params: { code: DATE_OUT_OF_RANGE },
});

/** A `YYYY-MM-DD` date in `DATE_RANGE`: 400 when malformed, 422 `date_out_of_range` outside the range. */
export const saneDate = (what = "The date") =>
  z.iso.date("must be a date (YYYY-MM-DD)").refine(inRange, outOfRange(what));

/** A `YYYY-MM` month in `DATE_RANGE`: 400 when malformed, 422 `date_out_of_range` outside the range. */
export const saneMonth = (what = "The month") =>
  z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month (YYYY-MM)")
    .refine((m) => inRange(`${m}-01`), outOfRange(what));

/** The date `years` years from today (UTC), `YYYY-MM-DD`. */
function yearsFromToday(years: number, now = Date.now()): string {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/**
 * The first day of a lease or a move-in: a `saneDate` within LEASE_START_WINDOW_YEARS of today (422
 * `date_out_of_range` otherwise), since a lease is charged every past month when it is created.
 */
export const leaseStartDate = (what = "The start date") =>
  saneDate(what).refine(
    (d) =>
      !isSaneDate(d) ||
      (d >= yearsFromToday(-LEASE_START_WINDOW_YEARS) && d <= yearsFromToday(LEASE_START_WINDOW_YEARS)),
    {
      message: `${what} must be within ${LEASE_START_WINDOW_YEARS} years of today`,
      params: { code: DATE_OUT_OF_RANGE },
    },
  );

/** The date `days` days from today (UTC), `YYYY-MM-DD`. */
function daysFromToday(days: number, now = Date.now()): string {
  return new Date(now + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A day something is planned for (a repair visit): a `saneDate` that is not in the past anywhere, i.e. not
 * before yesterday in UTC (the API does not know the caller's time zone here; UTC−12 is a day behind).
 * 422 `date_out_of_range` otherwise.
 */
export const plannedDate = (what = "The date") =>
  saneDate(what).refine((d) => !isSaneDate(d) || d >= daysFromToday(-1), {
    message: `${what} must not be in the past`,
    // `past`: forms say "this date has passed" rather than the range (app/lib/forms.server.ts).
    params: { code: DATE_OUT_OF_RANGE, past: true },
  });

/** The due day meaning "the last day of every month" (each month's 28th to 31st, lib/calendar.ts `dueDateOf`). */
export const LAST_DAY_OF_MONTH = 31;
