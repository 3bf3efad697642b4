import { desc, sql } from "drizzle-orm";
import type { ScopedHandle } from "../db/scoped";
import { leaseIdOf, leases, thisLease } from "../leases/schema";
import { todayIn } from "../lib/calendar";
import { NotFound } from "../lib/errors";
import { allocateLedger } from "./periods";
import { ledgerEntries, type LedgerEntry } from "./schema";
import { apartmentZone } from "../portfolio/schema";

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
        startDate: leases.startDate,
        endDate: leases.endDate,
        remindersEnabled: leases.remindersEnabled,
        timezone: apartmentZone(leases.apartmentId),
      },
      leases,
      thisLease(l),
    ),
  ] as const;
}

type LedgerRows = [Awaited<ReturnType<typeof ledgerQueries>[0]>, Awaited<ReturnType<typeof ledgerQueries>[1]>];

/**
 * The API shape of `ledgerQueries`' rows (entries without their org id, periods and credit as allocated by
 * `allocateLedger` as of `today`,
 * `YYYY-MM-DD`, by default today in the org's time zone). Errors: 404 when the lease row is missing.
 */
export function ledgerOf([entries, [total]]: LedgerRows, onlinePayments: boolean, today?: string) {
  if (!total) throw new NotFound("Lease");
  const { periods, credit } = allocateLedger(entries, total, today ?? todayIn(total.timezone));
  return {
    entries: entries.map(withoutOrg),
    balance: total.balance,
    currency: total.currency,
    periods,
    remindersEnabled: total.remindersEnabled,
    onlinePayments,
    credit,
  };
}

/** An entry as the API shows it: the org id stays inside. */
export const withoutOrg = ({ orgId: _, ...entry }: LedgerEntry) => entry;
