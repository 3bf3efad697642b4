import { desc, inArray, sql } from "drizzle-orm";
import type { ScopedHandle } from "../db/scoped";
import { leaseIdOf, leases, leaseVisibleTo, thisLease, type Viewer } from "../leases/schema";
import { todayIn } from "../lib/calendar";
import { NotFound } from "../lib/errors";
import { periodSummaries } from "./periods";
import { ledgerEntries, type LedgerEntry } from "./schema";

/**
 * Ledger reads, as statements to put in the caller's access-check batch (one D1 round trip per page).
 * Balances are sums of entries, in minor units; positive means the renter owes.
 */

const newestFirst = [desc(ledgerEntries.createdAt), desc(ledgerEntries.id)] as const;

/**
 * The ledger of the handle's lease (from `readLease`, whose check admits the landlord side and the lease's
 * own renters): its entries newest first, then its balance, currency, due day and reminder setting.
 * Assemble with `ledgerOf`.
 */
export function ledgerQueries(l: ScopedHandle) {
  return [
    l.select(ledgerEntries).orderBy(...newestFirst),
    l.selectFields(
      {
        balance: sql<number>`coalesce((select sum(le.amount) from ${ledgerEntries} le where le.lease_id = ${leaseIdOf(l)}), 0)`,
        currency: leases.currency,
        dueDay: leases.dueDay,
        remindersEnabled: leases.remindersEnabled,
      },
      leases,
      thisLease(l),
    ),
  ] as const;
}

type LedgerRows = [Awaited<ReturnType<typeof ledgerQueries>[0]>, Awaited<ReturnType<typeof ledgerQueries>[1]>];

/**
 * The API shape of `ledgerQueries`' rows (entries without their org id, periods as of `today`,
 * `YYYY-MM-DD`, UTC by default). Errors: 404 when the lease row is missing.
 */
export function ledgerOf([entries, [total]]: LedgerRows, onlinePayments: boolean, today = todayIn("UTC")) {
  if (!total) throw new NotFound("Lease");
  return {
    entries: entries.map(withoutOrg),
    balance: total.balance,
    currency: total.currency,
    periods: periodSummaries(entries, total.dueDay, today),
    remindersEnabled: total.remindersEnabled,
    onlinePayments,
  };
}

/** An entry as the API shows it: the org id stays inside. */
export const withoutOrg = ({ orgId: _, ...entry }: LedgerEntry) => entry;

/**
 * The ledger entries of the handle's apartment that `viewer` may see, newest first (at most 500): every
 * lease's for the landlord side; for a renter, only their own lease's (`leaseVisibleTo`: the current lease,
 * else the latest), so another lease's entries are never fetched. Group them with `ledgerSummariesOf`.
 */
export function apartmentLedgerQuery(a: ScopedHandle, viewer: Viewer) {
  const visibleLeases = a.selectFields({ id: leases.id }, leases, leaseVisibleTo(viewer));
  return a
    .select(ledgerEntries, inArray(ledgerEntries.leaseId, visibleLeases))
    .orderBy(...newestFirst)
    .limit(500);
}

/**
 * Per lease: its balance (sum of its entries), currency, reminder setting, periods as of `today` and its 50
 * newest entries (id, kind, amount, period, reason, createdAt), from `apartmentLedgerQuery`'s rows.
 */
export function ledgerSummariesOf(
  shown: { id: string; currency: string; dueDay: number; remindersEnabled: boolean }[],
  rows: LedgerEntry[],
  today = todayIn("UTC"),
) {
  return shown.map((l) => {
    const entries = rows.filter((e) => e.leaseId === l.id);
    return {
      leaseId: l.id,
      balance: entries.reduce((n, e) => n + e.amount, 0),
      currency: l.currency,
      remindersEnabled: l.remindersEnabled,
      periods: periodSummaries(entries, l.dueDay, today),
      entries: entries
        .slice(0, 50)
        .map(({ id, kind, amount, period, reason, createdAt }) => ({ id, kind, amount, period, reason, createdAt })),
    };
  });
}
