import { describe, expect, it } from "vitest";
import { z } from "zod";
import { leaseDueDate, todayIn } from "../../worker/lib/calendar";
import { isSaneDate, leaseStartDate, saneDate } from "../../worker/lib/date-input";
import { invalidFromZod } from "../../worker/lib/errors";
import { formatMoney, fromStripeAmount, minorUnitDigits, toStripeAmount } from "../../worker/lib/money";
import { minorToInput, parseMoney } from "../../worker/lib/money-input";
import { chargeOf, dueCharges } from "../../worker/lib/rent-dates";
import { periodSummaries } from "../../worker/rent/periods";

/** Issue 12 §5 (money in every currency) and §6 (rent dates inside the lease), as pure rules. */
describe("money: one rule per currency (ISO 4217) and Stripe's units", () => {
  it("uses the ISO exponent even where ICU rounds for display (HUF, IDR, COP: 2; IQD: 3)", () => {
    expect([minorUnitDigits("JPY"), minorUnitDigits("EUR"), minorUnitDigits("KWD")]).toEqual([0, 2, 3]);
    expect([minorUnitDigits("HUF"), minorUnitDigits("IDR"), minorUnitDigits("IQD")]).toEqual([2, 2, 3]);
    expect(formatMoney(12345, "HUF", "en").replace(/\s/g, " ")).toBe("HUF 123.45");
    expect(formatMoney(85000, "JPY", "en")).toBe("¥85,000");
    expect(formatMoney(850500, "KWD", "en").replace(/\s/g, " ")).toBe("KWD 850.500");
  });

  it("converts inputs exactly, both ways", () => {
    expect(minorToInput(85000, "JPY")).toBe("85000");
    expect(minorToInput(85050, "EUR")).toBe("850.50");
    expect(minorToInput(5, "KWD")).toBe("0.005");
    expect(parseMoney(minorToInput(123456789, "KWD"), "KWD")).toBe(123456789);
    expect(parseMoney("99999999999999999999", "EUR")).toBeNull();
  });

  it("asks Stripe for the amount shown: JPY, EUR and KWD as they are; ISK ×100; MGA ÷100", () => {
    expect(toStripeAmount(85000, "JPY")).toBe(85000);
    expect(toStripeAmount(85050, "EUR")).toBe(85050);
    expect(toStripeAmount(850500, "KWD")).toBe(850500);
    expect(toStripeAmount(85000, "ISK")).toBe(8500000);
    expect(toStripeAmount(850000, "MGA")).toBe(8500);
    expect(fromStripeAmount(8500000, "isk")).toBe(85000);
    expect(fromStripeAmount(8500, "mga")).toBe(850000);
  });

  it("refuses what Stripe cannot charge exactly instead of rounding it", () => {
    expect(toStripeAmount(850505, "KWD")).toBeNull();
    expect(toStripeAmount(850050, "MGA")).toBeNull();
  });
});

describe("rent dates: inside the lease, pro-rated, in the org's time zone", () => {
  const november = { startDate: "2026-11-20", endDate: null, dueDay: 5, rentAmount: 85000 };

  it("a lease starting 20 November, due on the 5th, owes 11/30 of November on 20 November", () => {
    expect(leaseDueDate("2026-11", november)).toBe("2026-11-20");
    // 85000 × 11 ÷ 30 = 31166.67 → 31167 (half up)
    expect(chargeOf("2026-11", november)).toBe(31167);
    expect(dueCharges(november, "2026-11-19")).toEqual([]);
    expect(dueCharges(november, "2026-11-30")).toEqual([{ period: "2026-11", dueDate: "2026-11-20", amount: 31167 }]);
    expect(dueCharges(november, "2026-12-05")).toEqual([
      { period: "2026-11", dueDate: "2026-11-20", amount: 31167 },
      { period: "2026-12", dueDate: "2026-12-05", amount: 85000 },
    ]);
    const [summary] = periodSummaries([{ kind: "charge", amount: 31167, period: "2026-11" }], november, "2026-11-30");
    expect(summary).toMatchObject({ dueDate: "2026-11-20", status: "overdue", daysLate: 10 });
  });

  it("the last month is due no later than the last day, pro-rated; the landlord's amounts replace the pro-rata", () => {
    const ending = { startDate: "2026-01-01", endDate: "2026-03-10", dueDay: 15, rentAmount: 93000 };
    expect(leaseDueDate("2026-03", ending)).toBe("2026-03-10");
    expect(chargeOf("2026-03", ending)).toBe(30000); // 93000 × 10 ÷ 31
    expect(dueCharges(ending, "2030-01-01").map((c) => c.period)).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(chargeOf("2026-03", { ...ending, lastMonthAmount: 50000 })).toBe(50000);
    expect(chargeOf("2026-11", { ...november, firstMonthAmount: 0 })).toBe(0);
  });

  it("due day 31 is the last day of every month", () => {
    const last = { startDate: "2026-01-01", endDate: null, dueDay: 31, rentAmount: 1 };
    expect(["2026-02", "2028-02", "2026-04", "2026-12"].map((p) => leaseDueDate(p, last))).toEqual([
      "2026-02-28",
      "2028-02-29",
      "2026-04-30",
      "2026-12-31",
    ]);
  });

  it("'today' is the org's date: 23:30 UTC on the 4th is the 5th in Paris", () => {
    const at = Date.parse("2026-12-04T23:30:00Z");
    expect(todayIn("UTC", at)).toBe("2026-12-04");
    expect(todayIn("Europe/Paris", at)).toBe("2026-12-05");
  });
});

describe("dates are bounded", () => {
  it("1900–2200 only; malformed dates stay 400, out-of-range ones are 422 date_out_of_range", () => {
    expect(["1000-01-01", "0001-01-01", "9999-12-31", "2026-02-30"].map(isSaneDate)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(isSaneDate("2026-11-20")).toBe(true);
    const schema = z.object({ d: saneDate("The date") });
    const far = schema.safeParse({ d: "9999-12-31" });
    expect(far.success).toBe(false);
    const farError = invalidFromZod(far.error!);
    expect([farError.status, farError.code]).toEqual([422, "date_out_of_range"]);
    const bad = invalidFromZod(schema.safeParse({ d: "2026-13-45" }).error!);
    expect([bad.status, bad.code]).toEqual([400, "invalid_input"]);
  });

  it("a lease starts within 10 years of today", () => {
    const start = z.object({ d: leaseStartDate() });
    expect(start.safeParse({ d: todayIn("UTC") }).success).toBe(true);
    const old = start.safeParse({ d: "1950-01-01" });
    expect(invalidFromZod(old.error!).status).toBe(422);
  });
});
