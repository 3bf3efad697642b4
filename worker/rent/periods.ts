import { daysBetween, leaseDueDate, type LeaseDates } from "../lib/calendar";
import type { PeriodStatus, PeriodSummary } from "./contract";
import type { LedgerEntry } from "./schema";

/**
 * Rent periods, as pure rules over dates and ledger entries (no I/O). Dates are `YYYY-MM-DD`, periods
 * `YYYY-MM`; "today" is the caller's, always in the org's time zone (lib/calendar.ts `todayIn`).
 *
 * `allocateLedger` is THE allocation of money to periods: the ledger panel, the balance card, the apartment
 * overview, the rent and org dashboards (expected, collected, overdue), reminders and receipts all read it.
 */

type AllocEntry = Pick<LedgerEntry, "kind" | "amount" | "period">;

/** What `allocateLedger` answers: the periods (newest first) and the credit left over (minor units, ≥ 0). */
export type Allocation = { periods: PeriodSummary[]; credit: number };

/**
 * Allocates a lease's money to its periods. Per period, `due` is what was charged (charges and debits of
 * that period). Money is applied in two passes:
 * 1. a payment or credit naming a period goes to that period, at most up to its `due` (a refund or money taken
 *    back by a dispute naming a period lowers what that period was paid);
 * 2. everything else — the surplus of step 1 (a month overpaid) and the net of entries without a period
 *    (payments and credits less refunds and disputes) — pays the oldest periods still owing first.
 * What is left after every period is paid stays a `credit`: it pays the next periods as they are charged.
 * No period is ever paid more than it is due, and `sum(paid) + credit` equals the money received net of
 * refunds (when that is positive). Status: paid, partly paid, due (on or before the due date) or overdue,
 * with whole days late as of `today` (an ISO date, or a timestamp whose date part is taken). Due dates lie
 * inside the lease (`leaseDueDate`). Amounts in minor units.
 */
export function allocateLedger(entries: AllocEntry[], lease: LeaseDates, todayIso: string): Allocation {
  const today = todayIso.slice(0, 10);
  const byPeriod = new Map<string, { due: number; named: number }>();
  let pool = 0;
  for (const e of entries) {
    if (!e.period) {
      if (e.amount < 0 || e.kind === "refund") pool -= e.amount;
      continue;
    }
    const p = byPeriod.get(e.period) ?? { due: 0, named: 0 };
    // A refund undoes a payment of its period: it lowers what was paid, it does not raise what was due.
    if (e.kind === "refund") p.named -= e.amount;
    else if (e.amount > 0) p.due += e.amount;
    else p.named += -e.amount;
    byPeriod.set(e.period, p);
  }
  const owing = [...byPeriod.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const paidOf = new Map<string, number>();
  for (const [period, p] of owing) {
    const applied = Math.min(p.due, Math.max(0, p.named));
    paidOf.set(period, applied);
    pool += p.named - applied;
  }
  for (const [period, p] of owing) {
    if (pool <= 0) break;
    const paid = paidOf.get(period) ?? 0;
    const apply = Math.min(pool, p.due - paid);
    paidOf.set(period, paid + apply);
    pool -= apply;
  }
  const periods = owing
    .filter(([, p]) => p.due > 0)
    .map(([period, p]) => summary(period, p.due, paidOf.get(period) ?? 0, lease, today));
  return { periods: periods.reverse(), credit: Math.max(0, pool) };
}

/** One period's summary from what is due and what was allocated to it, as of `today`. */
function summary(period: string, due: number, paid: number, lease: LeaseDates, today: string): PeriodSummary {
  const outstanding = Math.max(0, due - paid);
  const dueDate = leaseDueDate(period, lease);
  const daysLate = outstanding > 0 && today > dueDate ? daysBetween(dueDate, today) : 0;
  const status: PeriodStatus =
    outstanding === 0 ? "paid" : daysLate > 0 ? "overdue" : paid > 0 ? "partially_paid" : "due";
  return { period, dueDate, due, paid, outstanding, status, daysLate };
}

/** The periods of `allocateLedger` (newest first): what each was due, was paid, still owes, and its status. */
export function periodSummaries(entries: AllocEntry[], lease: LeaseDates, todayIso: string): PeriodSummary[] {
  return allocateLedger(entries, lease, todayIso).periods;
}
