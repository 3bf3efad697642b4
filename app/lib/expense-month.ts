import { periodBounds, periodOf, todayIn } from "../../worker/lib/calendar";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The days the expenses page asks the API for (`from`, `to`, inclusive ISO dates), before it knows the org's
 * time zone: the month asked (`?month=YYYY-MM`), else every month "today" may be in somewhere on Earth (UTC−12
 * to UTC+14) at `now` (ms since the epoch) — one month, or two around midnight at a month's edge.
 */
export function expenseWindow(asked: string | null, now = Date.now()): { from: string; to: string } {
  if (asked && MONTH.test(asked)) {
    const [from, to] = periodBounds(asked);
    return { from, to };
  }
  return {
    from: periodBounds(periodOf(todayIn("Etc/GMT+12", now)))[0],
    to: periodBounds(periodOf(todayIn("Pacific/Kiritimati", now)))[1],
  };
}

/** The month the page shows: the one asked, else the current month in the org's `timeZone` (IANA) at `now`. */
export function expenseMonth(asked: string | null, timeZone: string, now = Date.now()): string {
  return asked && MONTH.test(asked) ? asked : periodOf(todayIn(timeZone, now));
}
