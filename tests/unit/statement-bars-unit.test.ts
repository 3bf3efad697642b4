import { describe, expect, it } from "vitest";
import { assembleStatement } from "../../worker/expenses/statement";
import { summaryBars } from "../../worker/expenses/statement-pdf";

/** Issue 15 §7, the tester's finding: the statement PDF drew a net loss as a full bar, like a gain. */
describe("the statement PDF's bars", () => {
  it("a month at a gain: one scale from the start edge, the largest bar the full width", () => {
    const { zero, bars } = summaryBars([100_000, 40_000, 60_000], 400);
    expect(zero).toBe(0);
    expect(bars).toEqual([
      [0, 400],
      [0, 160],
      [0, 240],
    ]);
  });

  it("a month at a loss: the net grows the other way from a zero axis, by its own size", () => {
    // Rent 850 €, expenses 2 084,56 €, net −1 234,56 €: 3 319,12 € of scale over 400 points.
    const { zero, bars } = summaryBars([85_000, 208_456, -123_456], 400);
    const scale = 400 / (208_456 + 123_456);
    expect(zero).toBeCloseTo(123_456 * scale, 6);
    expect(bars[0]).toEqual([zero, 85_000 * scale]);
    expect(bars[1]).toEqual([zero, 208_456 * scale]);
    const [start, length] = bars[2]!;
    expect(start + length).toBeCloseTo(zero, 6); // ends at the axis: drawn towards the start side
    expect(start).toBeCloseTo(0, 6);
    expect(length).toBeLessThan(bars[1]![1]); // a smaller loss than the expenses, drawn smaller
  });

  it("a month with nothing: hairlines at the axis, never a division by zero", () => {
    expect(summaryBars([0, 0, 0], 400)).toEqual({
      zero: 0,
      bars: [
        [0, 1],
        [0, 1],
        [0, 1],
      ],
    });
  });
});

describe("the statement's totals", () => {
  it('a month without expenses has 0 expenses, never −0 (the PDF printed "-0,00 €")', () => {
    const property = {
      id: "p1",
      orgId: "o1",
      name: "Les Tilleuls",
      street: "3 rue des Lilas",
      postalCode: "69003",
      city: "Lyon",
      currency: "EUR",
      timezone: "Europe/Paris",
      locale: "fr",
      orgName: "Gestion Lumière",
    };
    const s = assembleStatement([property], [], [], "2026-11")!;
    expect(Object.is(s.expenses, 0)).toBe(true);
    expect(Object.is(s.net, 0)).toBe(true);
    expect(s.series.every((m) => Object.is(m.expenses, 0))).toBe(true);
  });
});
