import { describe, expect, it } from "vitest";
import {
  currentAnniversary,
  indexHundredths,
  nextAnniversary,
  quartersFor,
  revisedRent,
} from "../../worker/leases/revision/irl";
import { rentFrozen } from "../../worker/leases/revision/energy";
import { resolveCountry } from "../../worker/lib/countries";
import { isFrenchJurisdiction } from "../../worker/lib/french-lease-law";
import { chargeOf, dueCharges, rentFor } from "../../worker/lib/rent-dates";

/** The IRL arithmetic of loi n° 89-462 art. 17-1 (worker/leases/revision/irl.ts) and rent in force per period. */
describe("IRL rent revision arithmetic", () => {
  it("800,00 € from Q2 2023 (140.59) to Q2 2024 (145.17) is 826,06 €: 80000 × 14517 / 14059 = 82606.159… → 82606", () => {
    expect(80000 * 14517).toBe(1_161_360_000);
    expect(revisedRent(80000, "140.59", "145.17")).toBe(82606);
  });

  it("rounds half up to the minor unit, exactly (no float drift)", () => {
    expect(revisedRent(1, "2.00", "3.00")).toBe(2); // 1.5 → 2
    expect(revisedRent(3, "2.00", "1.00")).toBe(2); // 1.5 → 2
    expect(revisedRent(5, "4.00", "1.00")).toBe(1); // 1.25 → 1
    expect(revisedRent(7, "4.00", "1.00")).toBe(2); // 1.75 → 2
    // Large rents stay exact: 99,999,999 × 145.17 / 140.59 = 103257699.12… → 103257699
    expect(revisedRent(99_999_999, "140.59", "145.17")).toBe(103_257_699);
    // The index can fall: 2024-Q3 (144.51) after 2024-Q2 (145.17) lowers a rent.
    expect(revisedRent(100000, "145.17", "144.51")).toBe(99545);
  });

  it("refuses what is not a published value or a rent in minor units", () => {
    expect(indexHundredths("145.17")).toBe(14517);
    expect(() => indexHundredths("145.1")).toThrow();
    expect(() => indexHundredths("1e3")).toThrow();
    expect(() => revisedRent(800.5, "140.59", "145.17")).toThrow();
    expect(() => revisedRent(-1, "140.59", "145.17")).toThrow();
  });

  it("anniversaries: none before the first; 29 February falls on 28 February in common years", () => {
    expect(currentAnniversary("2025-03-15", "2026-03-14")).toBeNull();
    expect(currentAnniversary("2025-03-15", "2026-03-15")).toEqual({ number: 1, date: "2026-03-15" });
    expect(currentAnniversary("2024-02-29", "2025-02-28")).toEqual({ number: 1, date: "2025-02-28" });
    expect(currentAnniversary("2023-09-01", "2026-08-31")).toEqual({ number: 2, date: "2025-09-01" });
    expect(nextAnniversary("2025-03-15", "2026-03-14")).toBe("2026-03-15");
    expect(nextAnniversary("2025-03-15", "2026-03-15")).toBe("2027-03-15");
  });

  it("each anniversary compares the lease's quarter with the same quarter one year earlier", () => {
    expect(quartersFor("2023-Q2", 1)).toEqual({ baseQuarter: "2023-Q2", newQuarter: "2024-Q2" });
    expect(quartersFor("2022-Q4", 3)).toEqual({ baseQuarter: "2024-Q4", newQuarter: "2025-Q4" });
  });

  it("France, however the country is written (resolved to its code, then decided on the code)", () => {
    const french = (c: string) => isFrenchJurisdiction(resolveCountry(c));
    for (const c of ["France", "FR", "fr", " france ", "République française", "Frankreich"])
      expect(french(c)).toBe(true);
    for (const c of ["Germany", "Belgique", "", "FX"]) expect(french(c)).toBe(false);
  });
});

describe("rent in force per period", () => {
  const lease = {
    startDate: "2024-09-10",
    endDate: null,
    dueDay: 5,
    rentAmount: 84000,
    revisions: [
      { effectivePeriod: "2025-10", previousRent: 80000 },
      { effectivePeriod: "2026-10", previousRent: 82606 },
    ],
  };

  it("a revision applies from its first period on, never before", () => {
    expect(rentFor("2025-09", lease)).toBe(80000);
    expect(rentFor("2025-10", lease)).toBe(82606);
    expect(rentFor("2026-09", lease)).toBe(82606);
    expect(rentFor("2026-10", lease)).toBe(84000);
    expect(rentFor("2026-10", { rentAmount: 84000 })).toBe(84000);
  });

  it("charges each period at its rent, the first month still pro-rated on the rent of its time", () => {
    // 10–30 September 2024: 21 of 30 days of 800,00 € = 56,000.
    expect(chargeOf("2024-09", lease)).toBe(56000);
    const charges = dueCharges(lease, "2026-11-05");
    const at = (p: string) => charges.find((c) => c.period === p)?.amount;
    expect([at("2025-09"), at("2025-10"), at("2026-09"), at("2026-10"), at("2026-11")]).toEqual([
      80000, 82606, 82606, 84000, 84000,
    ]);
  });
});

/** The F/G rent freeze (loi Climat et résilience art. 159, amending loi n° 89-462 art. 17-1). */
describe("rentFrozen", () => {
  it("freezes F and G from 24 August 2022, nothing else", () => {
    expect(rentFrozen("F", "2026-03-01")).toBe(true);
    expect(rentFrozen("G", "2022-08-24")).toBe(true);
    expect(rentFrozen("G", "2022-08-23")).toBe(false);
    for (const c of ["A", "B", "C", "D", "E", "not_required"] as const) expect(rentFrozen(c, "2026-03-01")).toBe(false);
    expect(rentFrozen(null, "2026-03-01")).toBe(false);
  });
});
