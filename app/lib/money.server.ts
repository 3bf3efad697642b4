import { addMonths, leaseDueDate, periodOf, todayIn } from "../../worker/lib/calendar";

/**
 * The next rent of a lease from `today` (the org's date, `YYYY-MM-DD`): this month's due date if it has not
 * passed, else next month's; null once the lease has ended (or ends before that date). Amount in minor units.
 */
export function nextDueOf(
  lease: { startDate: string; endDate: string | null; dueDay: number; rentAmount: number } | undefined,
  today: string,
): { date: string; amount: number } | null {
  if (!lease) return null;
  const thisMonth = leaseDueDate(periodOf(today), lease);
  const date = thisMonth >= today ? thisMonth : leaseDueDate(periodOf(addMonths(today, 1)), lease);
  if (lease.endDate && date > lease.endDate) return null;
  return { date: date < lease.startDate ? lease.startDate : date, amount: lease.rentAmount };
}

/** Today in the org's time zone (`YYYY-MM-DD`): the latest day a payment form accepts. */
export const orgToday = (timeZone: string) => todayIn(timeZone);
