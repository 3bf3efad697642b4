import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { monthFigures } from "../../worker/rent/month-figures";
import { allocateLedger, periodSummaries } from "../../worker/rent/periods";

/**
 * The one allocation of money to rent periods (worker/rent/periods.ts `allocateLedger`), which the ledger,
 * dashboards, reminders and receipts all read: a payment naming a month pays it up to its due, the surplus
 * pays the oldest month still owing, what is left is a credit. Sums conserved, no month over-allocated.
 */
const lease = { dueDay: 5, startDate: "2026-01-01", endDate: null };
const months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"] as const;

describe("rent allocation", () => {
  it("an overpaid month pays its due only; the surplus pays the next month (the tester's October)", () => {
    const entries = [
      { kind: "charge" as const, amount: 72000, period: "2026-10" },
      { kind: "payment" as const, amount: -30000, period: "2026-10" },
      { kind: "charge" as const, amount: 72000, period: "2026-11" },
      { kind: "payment" as const, amount: -72000, period: "2026-10" },
    ];
    const { periods, credit } = allocateLedger(entries, lease, "2026-11-20");
    expect(periods.map((p) => [p.period, p.paid, p.outstanding, p.status])).toEqual([
      ["2026-11", 30000, 42000, "overdue"],
      ["2026-10", 72000, 0, "paid"],
    ]);
    expect(credit).toBe(0);
  });

  it("a surplus beyond every charged month is a credit that pays the next month once it is charged", () => {
    const paidAhead = [
      { kind: "charge" as const, amount: 72000, period: "2026-01" },
      { kind: "payment" as const, amount: -100000, period: "2026-01" },
    ];
    expect(allocateLedger(paidAhead, lease, "2026-01-10")).toMatchObject({ credit: 28000 });
    const next = [...paidAhead, { kind: "charge" as const, amount: 72000, period: "2026-02" }];
    const { periods, credit } = allocateLedger(next, lease, "2026-02-10");
    expect(periods[0]).toMatchObject({ period: "2026-02", paid: 28000, outstanding: 44000, status: "overdue" });
    expect(credit).toBe(0);
  });

  it("money without a period and a named month's surplus pay the oldest month owing first", () => {
    const entries = [
      { kind: "charge" as const, amount: 500, period: "2026-01" },
      { kind: "charge" as const, amount: 500, period: "2026-02" },
      { kind: "charge" as const, amount: 500, period: "2026-03" },
      { kind: "payment" as const, amount: -900, period: "2026-03" },
      { kind: "payment" as const, amount: -300, period: null },
    ];
    const out = periodSummaries(entries, lease, "2026-03-01");
    expect(out.map((p) => [p.period, p.paid])).toEqual([
      ["2026-03", 500],
      ["2026-02", 200],
      ["2026-01", 500],
    ]);
  });

  const entry = fc.oneof(
    fc.record({
      kind: fc.constant("charge" as const),
      amount: fc.integer({ min: 1, max: 200_000 }),
      period: fc.constantFrom(...months),
    }),
    fc.record({
      kind: fc.constant("payment" as const),
      amount: fc.integer({ min: -300_000, max: -1 }),
      period: fc.option(fc.constantFrom(...months, "2026-06"), { nil: null }),
    }),
    fc.record({
      kind: fc.constant("adjustment" as const),
      amount: fc.integer({ min: -50_000, max: 50_000 }).filter((n) => n !== 0),
      period: fc.option(fc.constantFrom(...months), { nil: null }),
    }),
  );

  it("property: no period over-allocated, money conserved (allocated + credit = received), balance agrees", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (entries) => {
        const { periods, credit } = allocateLedger(entries, lease, "2026-06-15");
        for (const p of periods) {
          expect(p.paid).toBeGreaterThanOrEqual(0);
          expect(p.paid).toBeLessThanOrEqual(p.due);
          expect(p.outstanding).toBe(p.due - p.paid);
          expect(p.status === "paid").toBe(p.outstanding === 0);
        }
        const received = entries.filter((e) => e.amount < 0).reduce((n, e) => n - e.amount, 0);
        const allocated = periods.reduce((n, p) => n + p.paid, 0);
        expect(credit).toBeGreaterThanOrEqual(0);
        expect(allocated + credit).toBe(received);
        // Oldest first: money is left over (credit) only when no period still owes.
        if (credit > 0) expect(periods.every((p) => p.outstanding === 0)).toBe(true);
        // What is charged with a period, less what was received, is the balance (debits without a period aside).
        const due = periods.reduce((n, p) => n + p.due, 0);
        const owed = periods.reduce((n, p) => n + p.outstanding, 0);
        expect(owed - credit).toBe(due - received);
      }),
      { numRuns: 500 },
    );
  });
});

describe("expected vs collected (worker/rent/month-figures.ts), with the clock on 1 December before the 5th", () => {
  const terms = {
    leaseId: "l1",
    currency: "EUR",
    dueDay: 5,
    startDate: "2026-09-01",
    endDate: null,
    rentAmount: 72000,
  };
  it("December expects its rents before they are charged; collected never exceeds expected", () => {
    const entries = [
      { leaseId: "l1", kind: "charge" as const, amount: 72000, period: "2026-11" },
      { leaseId: "l1", kind: "payment" as const, amount: -100000, period: "2026-11" },
    ];
    const figures = monthFigures([terms], entries, ["2026-11", "2026-12"], "2026-12-01");
    expect(figures).toEqual([
      { month: "2026-12", currency: "EUR", expected: 72000, collected: 28000 },
      { month: "2026-11", currency: "EUR", expected: 72000, collected: 72000 },
    ]);
    // A lease ended before December expects nothing there.
    const ended = monthFigures([{ ...terms, endDate: "2026-11-30" }], [], ["2026-12"], "2026-12-01");
    expect(ended).toEqual([]);
  });
});
