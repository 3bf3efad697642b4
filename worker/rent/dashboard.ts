import { and, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import type { ScopedHandle } from "../db/scoped";
import { leaseRenters, leases } from "../leases/schema";
import { addMonths, monthsEndingAt, type Period } from "../lib/calendar";
import { parseLeaseRevisions, rentRevisions } from "../leases/revision/schema";
import { apartments, properties } from "../portfolio/schema";
import { monthFigures, type FigureEntry } from "./month-figures";
import { periodSummaries } from "./periods";
import { ledgerEntries, type LedgerKind } from "./schema";

/**
 * The landlord's rent dashboard for a month: expected (what the leases running that month are due for it,
 * charged yet or not) against collected (what the one allocation puts on it): ./month-figures.ts; the leases
 * with overdue rent (amount and days late), and the same two figures for the 12 months ending there.
 * Grouped by currency: an org may let in several. All reads go in the caller's one access-check batch.
 */

/** The org's leases whose balance is positive (the renter owes), as a condition on a lease id column. */
function owingLeases(s: ScopedHandle, leaseId: typeof ledgerEntries.leaseId | typeof leases.id) {
  const owing = s
    .selectFields({ leaseId: ledgerEntries.leaseId }, ledgerEntries)
    .groupBy(ledgerEntries.leaseId)
    .having(sql`sum(${ledgerEntries.amount}) > 0`);
  return sql`${leaseId} in ${owing}`;
}

/**
 * The dashboard's reads over the org handle `s`, for `month` (`YYYY-MM`): the leases running in the `count`
 * months ending at `month` (their terms) and their ledger entries, for expected and collected; the entries of leases in arrears; and those leases
 * (apartment, property, renters' names). Assemble with `assembleDashboard`. `count` widens the window (13
 * covers the month before `month` too, for a caller that learns the org's current month from the reads).
 */
export function dashboardQueries(s: ScopedHandle, month: Period, count = 12) {
  const months = monthsEndingAt(month, count);
  // The leases running in the window (and their entries): expected and collected come from their terms and
  // the one allocation (./month-figures.ts), not from the charges the cron has posted so far.
  const running = or(isNull(leases.endDate), gte(leases.endDate, `${months[0] ?? month}-01`));
  // A cancelled lease keeps its agreed dates but never runs.
  const started = and(lte(leases.startDate, addMonths(`${month}-01`, 1)), isNull(leases.cancelledAt));
  const inWindow = s.selectFields({ leaseId: leases.id }, leases, and(running, started));
  return [
    s.selectFields(
      {
        leaseId: leases.id,
        currency: leases.currency,
        dueDay: leases.dueDay,
        startDate: leases.startDate,
        endDate: leases.endDate,
        rentAmount: leases.rentAmount,
        chargesAmount: leases.chargesAmount,
        firstMonthAmount: leases.firstMonthAmount,
        lastMonthAmount: leases.lastMonthAmount,
        // leases/revision/schema.ts `leaseRevisionsJson`, qualified by hand: on a one-table select drizzle
        // writes `${leases.id}` as a bare "id", which the subquery would read as the revision's own id.
        revisions:
          sql<string>`(select json_group_array(json_object('effectivePeriod', r.effective_period, 'previousRent', r.previous_rent)) from ${rentRevisions} r where r.lease_id = "leases"."id")`.as(
            "revisions",
          ),
      },
      leases,
      and(running, started),
    ),
    s.selectFields(
      {
        leaseId: ledgerEntries.leaseId,
        kind: ledgerEntries.kind,
        amount: ledgerEntries.amount,
        period: ledgerEntries.period,
      },
      ledgerEntries,
      sql`${ledgerEntries.leaseId} in ${inWindow}`,
    ),
    s.selectFields(
      {
        leaseId: ledgerEntries.leaseId,
        kind: ledgerEntries.kind,
        amount: ledgerEntries.amount,
        period: ledgerEntries.period,
      },
      ledgerEntries,
      owingLeases(s, ledgerEntries.leaseId),
    ),
    s
      .selectFields(
        {
          leaseId: leases.id,
          apartmentId: leases.apartmentId,
          dueDay: leases.dueDay,
          startDate: leases.startDate,
          endDate: leases.endDate,
          currency: leases.currency,
          unitNumber: apartments.unitNumber,
          propertyName: sql<string>`${properties.name}`.as("property_name"),
          renters: sql<
            string | null
          >`(select group_concat(coalesce(u.name, lr.email), ', ') from ${leaseRenters} lr left join users u on u.id = lr.user_id where lr.lease_id = ${leases.id})`.as(
            "renters",
          ),
        },
        leases,
        owingLeases(s, leases.id),
      )
      .innerJoin(apartments, and(eq(apartments.id, leases.apartmentId), eq(apartments.orgId, leases.orgId)))
      .innerJoin(properties, and(eq(properties.id, apartments.propertyId), eq(properties.orgId, leases.orgId))),
  ] as const;
}

type WindowLease = Parameters<typeof monthFigures>[0][number] & { revisions: unknown };
type WindowRows = [(Omit<WindowLease, "revisions"> & { revisions: string })[], FigureEntry[]];
type OwingEntry = {
  leaseId: string;
  kind: LedgerKind;
  amount: number;
  period: string | null;
};
type OwingLease = {
  leaseId: string;
  apartmentId: string;
  dueDay: number;
  startDate: string;
  endDate: string | null;
  currency: string;
  unitNumber: string;
  propertyName: string;
  renters: string | null;
};

/**
 * The dashboard's answer from `dashboardQueries`' rows: `month`'s totals per currency (expected vs collected,
 * minor units), the leases with overdue periods as of `today` (`YYYY-MM-DD`), most days late first, and the
 * 12-month series per currency.
 */
export function assembleDashboard(
  month: string,
  today: string,
  [running, windowEntries]: WindowRows,
  entries: OwingEntry[],
  owing: OwingLease[],
) {
  const months = monthsEndingAt(month);
  const totals = monthFigures(
    running.map((l) => ({ ...l, revisions: parseLeaseRevisions(l.revisions) })),
    windowEntries,
    months,
    today,
  );
  const currencies = [...new Set(totals.map((t) => t.currency).concat(owing.map((l) => l.currency)))].sort();
  const figure = (m: string, currency: string) =>
    totals.find((t) => t.month === m && t.currency === currency) ?? { expected: 0, collected: 0 };
  const overdue = owing
    .map((l) => {
      const late = periodSummaries(
        entries.filter((e) => e.leaseId === l.leaseId),
        l,
        today,
      ).filter((p) => p.status === "overdue");
      const amount = late.reduce((n, p) => n + p.outstanding, 0);
      const daysLate = Math.max(0, ...late.map((p) => p.daysLate));
      return {
        leaseId: l.leaseId,
        apartmentId: l.apartmentId,
        unitNumber: l.unitNumber,
        propertyName: l.propertyName,
        renters: l.renters ?? "",
        currency: l.currency,
        amount,
        daysLate,
        periods: late.map((p) => p.period).reverse(),
      };
    })
    .filter((l) => l.amount > 0)
    .sort((a, b) => b.daysLate - a.daysLate);
  return {
    month,
    totals: currencies.map((currency) => ({ currency, ...pick(figure(month, currency)) })),
    overdue,
    series: currencies.map((currency) => ({
      currency,
      months: months.map((m) => ({ month: m, ...pick(figure(m, currency)) })),
    })),
  };
}

const pick = ({ expected, collected }: { expected: number; collected: number }) => ({ expected, collected });
