import { daysBetween, leaseDueDate, type LeaseDates } from "../lib/calendar";
import type { PeriodStatus, PeriodSummary } from "./contract";
import type { LedgerEntry } from "./schema";

/**
 * Rent periods, as pure rules over dates and ledger entries (no I/O). Dates are `YYYY-MM-DD`, periods
 * `YYYY-MM`; "today" is the caller's, always in the org's time zone (lib/calendar.ts `todayIn`).
 */

/**
 * Per period: what was charged (charges and debits of that period), what was paid against it (payments and
 * credits of that period, then the net of entries without a period — payments and credits less refunds and disputes —
 * oldest period first), and whether it is paid, partly paid, due (before or on the due date) or overdue,
 * with whole days late as of `today` (an ISO date, or a timestamp whose date part is taken). Due dates lie
 * inside the lease (`leaseDueDate`). Newest period first. Amounts in minor units.
 */
export function periodSummaries(
  entries: Pick<LedgerEntry, "kind" | "amount" | "period">[],
  lease: LeaseDates,
  todayIso: string,
): PeriodSummary[] {
  const today = todayIso.slice(0, 10);
  const byPeriod = new Map<string, { due: number; paid: number }>();
  let unassigned = 0;
  for (const e of entries) {
    if (!e.period) {
      if (e.amount < 0 || e.kind === "refund") unassigned -= e.amount;
      continue;
    }
    const p = byPeriod.get(e.period) ?? { due: 0, paid: 0 };
    // A refund (or money taken back by a dispute) undoes a payment of its period: it lowers what was paid,
    // it does not raise what was due (a month paid then refunded is "due", not "partially paid").
    if (e.kind === "refund") p.paid -= e.amount;
    else if (e.amount > 0) p.due += e.amount;
    else p.paid += -e.amount;
    byPeriod.set(e.period, p);
  }
  unassigned = Math.max(0, unassigned);
  const out = [...byPeriod.entries()]
    .filter(([, p]) => p.due > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([period, p]) => {
      const apply = Math.min(unassigned, Math.max(0, p.due - p.paid));
      unassigned -= apply;
      const paid = p.paid + apply;
      const outstanding = Math.max(0, p.due - paid);
      const dueDate = leaseDueDate(period, lease);
      const daysLate = outstanding > 0 && today > dueDate ? daysBetween(dueDate, today) : 0;
      const status: PeriodStatus =
        outstanding === 0 ? "paid" : daysLate > 0 ? "overdue" : paid > 0 ? "partially_paid" : "due";
      return { period, dueDate, due: p.due, paid, outstanding, status, daysLate };
    });
  return out.reverse();
}
