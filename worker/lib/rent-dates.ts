import {
  daysInPeriod,
  leaseDaysIn,
  leaseDueDate,
  nextPeriod,
  periodOf,
  type LeaseDates,
  type Period,
} from "./calendar";

/**
 * What a lease is charged and when, as pure rules (no I/O) shared by the daily cron (rent/charges.ts) and
 * lease creation (leases/service.ts), which charges a lease's past months at once. Amounts in minor units.
 */

/**
 * A lease's rent terms: its dates, monthly rent (minor units: the rent in force now) and the landlord's own
 * first/last month amounts; `revisions` are its confirmed rent revisions (leases/revision): from
 * `effectivePeriod` on the rent is the revised one, before it `previousRent` (the rent it replaced).
 */
export type RentTerms = LeaseDates & {
  rentAmount: number;
  firstMonthAmount?: number | null;
  lastMonthAmount?: number | null;
  revisions?: readonly { effectivePeriod: Period; previousRent: number }[];
};

/**
 * The monthly rent in force in `period` (minor units): the rent a revision replaced when the period comes
 * before that revision's first period (the earliest such revision), else the lease's current rent. A
 * revision never reaches back: periods before its `effectivePeriod` keep the rent they had.
 */
export function rentFor(period: Period, lease: Pick<RentTerms, "rentAmount" | "revisions">): number {
  let rent = lease.rentAmount;
  let earliest: Period | null = null;
  for (const r of lease.revisions ?? [])
    if (period < r.effectivePeriod && (earliest === null || r.effectivePeriod < earliest)) {
      earliest = r.effectivePeriod;
      rent = r.previousRent;
    }
  return rent;
}

/** One period's charge: the period, its due date inside the lease, and the amount (minor units). */
export type PeriodCharge = { period: Period; dueDate: string; amount: number };

/**
 * What `period` is charged (minor units). A month the lease covers in full is charged the monthly rent in
 * force that month (`rentFor`: a confirmed revision applies from its first period on). A
 * first or last month the lease covers in part is pro-rated by days: rent × days covered ÷ days in that
 * month, rounded half up to a whole minor unit (85,000 over 20–30 November: 85000 × 11 ÷ 30 = 31,166.67 →
 * 31,167). The landlord's `firstMonthAmount` / `lastMonthAmount`, when set, replace the first / last
 * month's amount whatever its length (the first wins for a one-month lease).
 */
export function chargeOf(period: Period, lease: RentTerms): number {
  if (period === periodOf(lease.startDate) && lease.firstMonthAmount != null) return lease.firstMonthAmount;
  if (lease.endDate && period === periodOf(lease.endDate) && lease.lastMonthAmount != null)
    return lease.lastMonthAmount;
  const rent = rentFor(period, lease);
  const days = leaseDaysIn(period, lease);
  const inMonth = daysInPeriod(period);
  return days >= inMonth ? rent : Math.round((rent * days) / inMonth);
}

/**
 * The charges of a lease as of `today` (its org's date): every month from the start month to the end month
 * (or the current month) whose due date — inside the lease, `leaseDueDate` — has come. Missed runs are
 * thereby caught up, and a lease created with a past start date is charged its past months at once.
 */
export function dueCharges(lease: RentTerms, today: string): PeriodCharge[] {
  const out: PeriodCharge[] = [];
  const current = periodOf(today);
  const last = lease.endDate && periodOf(lease.endDate) < current ? periodOf(lease.endDate) : current;
  for (let p = periodOf(lease.startDate); p <= last; p = nextPeriod(p)) {
    const dueDate = leaseDueDate(p, lease);
    if (dueDate <= today) out.push({ period: p, dueDate, amount: chargeOf(p, lease) });
  }
  return out;
}

/** The ledger rows (`ledger_entries` columns) of `lease`'s charges due by `today`; `charge:<lease>:<period>` is unique. */
export function chargeRows(
  lease: RentTerms & { id: string; orgId: string; currency: string },
  today: string,
  createdAt: string,
  newId: () => string,
) {
  return dueCharges(lease, today).map((c) => ({
    id: newId(),
    orgId: lease.orgId,
    leaseId: lease.id,
    kind: "charge" as const,
    amount: c.amount,
    currency: lease.currency,
    period: c.period,
    reason: null,
    sourceRef: `charge:${lease.id}:${c.period}`,
    createdBy: "system:rent-charges",
    createdAt,
  }));
}
