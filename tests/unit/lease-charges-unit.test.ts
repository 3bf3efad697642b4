import { describe, expect, it } from "vitest";
import { chargeOf, chargePartsOf, dueCharges, splitInProportion } from "../../worker/lib/rent-dates";

// What a period is charged with monthly charges beside the rent (loi n° 89-462 art. 21: rent and charges
// told apart): each pro-rated by days, first/last-month amounts split in proportion, revisions on the rent only.

const lease = { startDate: "2026-09-15", endDate: null, dueDay: 5, rentAmount: 85000, chargesAmount: 6000 };

describe("chargePartsOf", () => {
  it("a full month is rent + charges; a partial month pro-rates each on its own, rounded half up", () => {
    expect(chargePartsOf("2026-10", lease)).toEqual({ rent: 85000, charges: 6000 });
    // 15–30 September: 16 of 30 days.
    expect(chargePartsOf("2026-09", lease)).toEqual({ rent: 45333, charges: 3200 });
    expect(chargeOf("2026-09", lease)).toBe(48533);
    // The last month, 1–10 March 2027 (10 of 31 days): 27,419.35 → 27,419 and 1,935.48 → 1,935.
    expect(chargePartsOf("2027-03", { ...lease, endDate: "2027-03-10" })).toEqual({ rent: 27419, charges: 1935 });
  });

  it("a first or last month set by the landlord is split in the proportion of that month's rent and charges", () => {
    const set = { ...lease, firstMonthAmount: 40000, lastMonthAmount: 91000, endDate: "2027-03-10" };
    // 45333 : 3200 of 40000 → charges 2,637 (2637.38), rent the rest.
    expect(chargePartsOf("2026-09", set)).toEqual({ rent: 37363, charges: 2637 });
    expect(chargeOf("2026-09", set)).toBe(40000);
    expect(chargeOf("2027-03", set)).toBe(91000);
    expect(chargeOf("2026-10", set)).toBe(91000);
  });

  it("an IRL revision revises the rent alone: charges are added to the rent in force each period", () => {
    const revised = {
      ...lease,
      rentAmount: 87000,
      revisions: [{ effectivePeriod: "2027-09", previousRent: 85000 }],
    };
    const at = (p: string) => dueCharges(revised, "2027-10-05").find((c) => c.period === p)?.amount;
    expect([at("2027-08"), at("2027-09"), at("2027-10")]).toEqual([91000, 93000, 93000]);
  });

  it("no charges given: the rent alone, as before", () => {
    expect(chargeOf("2026-10", { ...lease, chargesAmount: undefined })).toBe(85000);
  });
});

describe("splitInProportion", () => {
  it("adds up to the amount, all rent when there is nothing to split by", () => {
    expect(splitInProportion(91000, { rent: 85000, charges: 6000 })).toEqual({ rent: 85000, charges: 6000 });
    expect(splitInProportion(100, { rent: 2, charges: 1 })).toEqual({ rent: 67, charges: 33 });
    expect(splitInProportion(5000, { rent: 0, charges: 0 })).toEqual({ rent: 5000, charges: 0 });
  });
});
