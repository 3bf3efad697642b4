import { and, eq, gte, lte, sql } from "drizzle-orm";
import type { ScopedDb } from "../db/scoped";
import { leaseRenters, leases } from "../leases/schema";
import { apartments, properties } from "../portfolio/schema";
import { ledgerEntries } from "./schema";
import { periodSummaries } from "./service";

/**
 * The landlord's rent dashboard for a month: expected (charges of the month) against collected (payments
 * for the month: their period, or the month they arrived when they name none, net of refunds), the leases
 * with overdue rent (amount and days late), and the same two figures for the 12 months ending there.
 * Grouped by currency: an org may let in several. All reads go in the caller's one access-check batch.
 */
export function monthsEndingAt(month: string, count = 12): string[] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (count - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

export function dashboardQueries(s: ScopedDb, month: string) {
  const months = monthsEndingAt(month);
  const bucket = sql<string>`coalesce(${ledgerEntries.period}, substr(${ledgerEntries.createdAt}, 1, 7))`;
  const owing = sql`${ledgerEntries.leaseId} in (select o.lease_id from ledger_entries o where o.org_id = ${s.scope.orgId} group by o.lease_id having sum(o.amount) > 0)`;
  return [
    s.db
      .select({
        month: bucket.as("month"),
        currency: ledgerEntries.currency,
        expected:
          sql<number>`coalesce(sum(case when ${ledgerEntries.kind} = 'charge' then ${ledgerEntries.amount} else 0 end), 0)`.as(
            "expected",
          ),
        collected:
          sql<number>`coalesce(-sum(case when ${ledgerEntries.kind} in ('payment', 'refund') then ${ledgerEntries.amount} else 0 end), 0)`.as(
            "collected",
          ),
      })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.orgId, s.scope.orgId), gte(bucket, months[0]!), lte(bucket, month)))
      .groupBy(bucket, ledgerEntries.currency),
    s.db
      .select({
        leaseId: ledgerEntries.leaseId,
        kind: ledgerEntries.kind,
        amount: ledgerEntries.amount,
        period: ledgerEntries.period,
      })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.orgId, s.scope.orgId), owing)),
    s.db
      .select({
        leaseId: leases.id,
        apartmentId: leases.apartmentId,
        dueDay: leases.dueDay,
        currency: leases.currency,
        unitNumber: apartments.unitNumber,
        propertyName: sql<string>`${properties.name}`.as("property_name"),
        renters: sql<
          string | null
        >`(select group_concat(coalesce(u.name, lr.email), ', ') from ${leaseRenters} lr left join users u on u.id = lr.user_id where lr.lease_id = ${leases.id})`.as(
          "renters",
        ),
      })
      .from(leases)
      .innerJoin(apartments, eq(apartments.id, leases.apartmentId))
      .innerJoin(properties, eq(properties.id, apartments.propertyId))
      .where(
        and(
          eq(leases.orgId, s.scope.orgId),
          sql`${leases.id} in (select o.lease_id from ledger_entries o where o.org_id = ${s.scope.orgId} group by o.lease_id having sum(o.amount) > 0)`,
        ),
      ),
  ] as const;
}

type Totals = { month: string; currency: string; expected: number; collected: number }[];
type OwingEntry = {
  leaseId: string;
  kind: "charge" | "payment" | "adjustment" | "refund";
  amount: number;
  period: string | null;
};
type OwingLease = {
  leaseId: string;
  apartmentId: string;
  dueDay: number;
  currency: string;
  unitNumber: string;
  propertyName: string;
  renters: string | null;
};

export function assembleDashboard(
  month: string,
  today: string,
  totals: Totals,
  entries: OwingEntry[],
  owing: OwingLease[],
) {
  const months = monthsEndingAt(month);
  const currencies = [...new Set(totals.map((t) => t.currency).concat(owing.map((l) => l.currency)))].sort();
  const figure = (m: string, currency: string) =>
    totals.find((t) => t.month === m && t.currency === currency) ?? { expected: 0, collected: 0 };
  const overdue = owing
    .map((l) => {
      const late = periodSummaries(
        entries.filter((e) => e.leaseId === l.leaseId),
        l.dueDay,
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
