import { periodBounds, type Period } from "../lib/calendar";
import { chargeOf, type RentTerms } from "../lib/rent-dates";
import { allocateLedger } from "./periods";
import type { LedgerKind } from "./schema";

/**
 * Expected vs collected per month, the one computation behind GET /api/dashboard and GET /api/dashboard/rent.
 * Expected is what the leases running in a month are due for it — its charge when the cron posted it, else
 * the charge it will post (lib/rent-dates.ts `chargeOf`: pro-rated first and last months, the rent in force),
 * so on the 1st of a month whose rent falls due on the 5th the month already expects its rents. Collected is
 * the money the one allocation (periods.ts `allocateLedger`) puts on that month: never more than expected, a
 * surplus paying the next months (or left as credit, counted in no month).
 */

export type FigureLease = RentTerms & { leaseId: string; currency: string };
export type FigureEntry = { leaseId: string; kind: LedgerKind; amount: number; period: string | null };
export type MonthFigure = { month: string; currency: string; expected: number; collected: number };

/** Whether the lease covers at least one day of `month` (a cancelled lease, ending before it starts, none). */
function runsIn(lease: Pick<RentTerms, "startDate" | "endDate">, month: Period): boolean {
  const [first, last] = periodBounds(month);
  if (lease.endDate !== null && lease.endDate < lease.startDate) return false;
  return lease.startDate <= last && (lease.endDate === null || lease.endDate >= first);
}

/**
 * Per month of `months` and currency: expected and collected (minor units) over `leases` and their ledger
 * `entries`, as of `today` (`YYYY-MM-DD`, the org's date). Rows only where something is expected or collected.
 */
export function monthFigures(
  leases: FigureLease[],
  entries: FigureEntry[],
  months: readonly Period[],
  today: string,
): MonthFigure[] {
  const byLease = new Map<string, FigureEntry[]>();
  for (const e of entries) byLease.set(e.leaseId, [...(byLease.get(e.leaseId) ?? []), e]);
  const totals = new Map<string, MonthFigure>();
  const wanted = new Set(months);
  for (const lease of leases) {
    const own = byLease.get(lease.leaseId) ?? [];
    const charged = new Set(own.filter((e) => e.kind === "charge").map((e) => e.period));
    // The months the cron has not charged yet (their due day has not come) count what they will be charged.
    const projected = months
      .filter((m) => runsIn(lease, m) && !charged.has(m))
      .map((m) => ({ kind: "charge" as const, amount: chargeOf(m, lease), period: m }));
    const { periods } = allocateLedger([...own, ...projected], lease, today);
    for (const p of periods) {
      if (!wanted.has(p.period)) continue;
      const key = `${p.period}|${lease.currency}`;
      const t = totals.get(key) ?? { month: p.period, currency: lease.currency, expected: 0, collected: 0 };
      t.expected += p.due;
      t.collected += p.paid;
      totals.set(key, t);
    }
  }
  return [...totals.values()];
}
