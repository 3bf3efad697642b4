import type { ApartmentOverview } from "../../../worker/apartments/contract";

type Ledger = ApartmentOverview["ledgers"][number];

/**
 * What a payment form ("I've paid by transfer", "Record a payment") proposes for a lease's ledger: the oldest
 * unpaid month that no payment waits on (`waiting`: the months, `YYYY-MM`, of the lease's payments waiting for
 * a confirmation) and what is left of it, in minor units. Without such a month, the balance due, unless a
 * payment already waits on the lease: the API refuses a second report of the same rent (409), so then nothing
 * is proposed and `allWaiting` says why.
 */
export function paymentPrefill(
  ledger: Ledger,
  waiting: readonly (string | null)[],
): { amount?: number; period?: string; allWaiting: boolean } {
  const unpaid = ledger.periods
    .filter((p) => p.outstanding > 0 && !waiting.includes(p.period))
    .sort((a, b) => a.period.localeCompare(b.period))[0];
  if (unpaid) return { amount: unpaid.outstanding, period: unpaid.period, allWaiting: false };
  const allWaiting = waiting.length > 0;
  return { amount: ledger.balance > 0 && !allWaiting ? ledger.balance : undefined, allWaiting };
}
