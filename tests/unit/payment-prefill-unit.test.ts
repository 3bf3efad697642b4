import { describe, expect, it } from "vitest";
import { paymentPrefill } from "../../app/components/money/payment-prefill";

/** A ledger with months newest first, as the API lists them; amounts in minor units (EUR cents). */
const ledger = (balance: number, periods: { period: string; outstanding: number }[]) =>
  ({
    leaseId: "l-1",
    currency: "EUR",
    balance,
    credit: 0,
    transferReference: "RL-0000",
    entries: [],
    periods: periods.map((p) => ({ ...p, due: 85000, paid: 85000 - p.outstanding, status: "due", daysLate: 0 })),
  }) as unknown as Parameters<typeof paymentPrefill>[0];

describe('paymentPrefill (what "I\'ve paid by transfer" and "Record a payment" propose)', () => {
  const months = [
    { period: "2026-11", outstanding: 72000 },
    { period: "2026-10", outstanding: 42000 },
  ];

  it("proposes the oldest unpaid month no payment waits on, and what is left of it", () => {
    expect(paymentPrefill(ledger(114000, months), [])).toEqual({ amount: 42000, period: "2026-10", allWaiting: false });
    expect(paymentPrefill(ledger(114000, months), ["2026-10"])).toEqual({
      amount: 72000,
      period: "2026-11",
      allWaiting: false,
    });
  });

  it("proposes nothing when every month due already has a payment waiting (the API would answer 409)", () => {
    expect(paymentPrefill(ledger(114000, months), ["2026-10", "2026-11"])).toEqual({ allWaiting: true });
  });

  it("proposes the balance when it is owed outside any month and nothing waits, nothing when nothing is owed", () => {
    expect(paymentPrefill(ledger(5000, []), [])).toEqual({ amount: 5000, allWaiting: false });
    expect(paymentPrefill(ledger(0, []), [])).toEqual({ allWaiting: false });
    expect(paymentPrefill(ledger(-2000, []), [])).toEqual({ allWaiting: false });
  });
});
