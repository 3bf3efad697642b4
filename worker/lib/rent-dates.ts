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
 * A lease's rent terms: its dates, monthly rent excluding charges (minor units: the rent in force now),
 * monthly charges (minor units) and the landlord's own first/last month amounts (rent and charges together);
 * `revisions` are its confirmed rent revisions (leases/revision): from `effectivePeriod` on the rent is the
 * revised one, before it `previousRent` (the rent it replaced). Revisions never touch the charges.
 */
export type RentTerms = LeaseDates & {
  rentAmount: number;
  /** Absent: none (0). */
  chargesAmount?: number;
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

/** What one period is charged, split as a quittance shows it (loi n° 89-462 art. 21): rent and charges, minor units. */
export type ChargeParts = { rent: number; charges: number };

/**
 * `amount` (minor units) split in the proportion of `parts`: the charges' share rounded half up, the rent the
 * rest, so the two always add up to `amount` (all rent when `parts` is zero).
 */
export function splitInProportion(amount: number, parts: ChargeParts): ChargeParts {
  const total = parts.rent + parts.charges;
  const charges = total > 0 ? Math.round((amount * parts.charges) / total) : 0;
  return { rent: amount - charges, charges };
}

/**
 * What `period` is charged, as rent and charges (minor units). A month the lease covers in full: the monthly
 * rent in force that month (`rentFor`: a confirmed revision applies from its first period on) and the
 * monthly charges. A first or last month the lease covers in part: each pro-rated by days, amount × days
 * covered ÷ days in that month, rounded half up to a whole minor unit (a rent of 85,000 over 20–30 November:
 * 85000 × 11 ÷ 30 = 31,166.67 → 31,167; charges of 6,000: 2,200). The landlord's `firstMonthAmount` /
 * `lastMonthAmount`, when set, replace the first / last month's total whatever its length (the first wins
 * for a one-month lease), split in the proportion of that month's pro-rated rent and charges.
 */
export function chargePartsOf(period: Period, lease: RentTerms): ChargeParts {
  const rent = rentFor(period, lease);
  const days = leaseDaysIn(period, lease);
  const inMonth = daysInPeriod(period);
  const prorate = (monthly: number) => (days >= inMonth ? monthly : Math.round((monthly * days) / inMonth));
  const parts = { rent: prorate(rent), charges: prorate(lease.chargesAmount ?? 0) };
  if (period === periodOf(lease.startDate) && lease.firstMonthAmount != null)
    return splitInProportion(lease.firstMonthAmount, parts);
  if (lease.endDate && period === periodOf(lease.endDate) && lease.lastMonthAmount != null)
    return splitInProportion(lease.lastMonthAmount, parts);
  return parts;
}

/** What `period` is charged in all (minor units): rent + charges of `chargePartsOf`, the ledger's charge. */
export function chargeOf(period: Period, lease: RentTerms): number {
  const { rent, charges } = chargePartsOf(period, lease);
  return rent + charges;
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
