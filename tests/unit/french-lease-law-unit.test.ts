import { describe, expect, it } from "vitest";
import { leaseEnd } from "../../worker/lib/calendar";
import { resolveCountry } from "../../worker/lib/countries";
import {
  annexesFor,
  frenchLeaseViolations,
  isFrenchJurisdiction,
  leaseDuration,
  missingAnnexes,
  termEnd,
  type LeaseTerms,
} from "../../worker/lib/french-lease-law";

/** A lawful unfurnished lease by an individual: three years from 1 September 2026, one month's deposit. */
const base: LeaseTerms = {
  kind: "unfurnished",
  landlordKind: "individual",
  startDate: "2026-09-01",
  endDate: termEnd("2026-09-01", 36),
  rentAmount: 80000,
  depositAmount: 80000,
};
const codes = (t: Partial<LeaseTerms>) => frenchLeaseViolations({ ...base, ...t }).map((v) => v.code);
/** The terms of a lease of exactly `months` months from 1 September 2026. */
const months = (n: number) => ({ endDate: termEnd("2026-09-01", n) });

describe("inclusive durations", () => {
  it("1 September to 31 August is 12 months, not 11", () => {
    expect(leaseDuration("2026-09-01", "2027-08-31")).toEqual({ months: 12, days: 0 });
    expect(termEnd("2026-09-01", 12)).toBe("2027-08-31");
  });
  it("counts the days beyond whole months, both ends inclusive", () => {
    expect(leaseDuration("2026-09-01", "2026-09-01")).toEqual({ months: 0, days: 1 });
    expect(leaseDuration("2026-09-01", "2027-08-30")).toEqual({ months: 11, days: 30 });
    expect(leaseDuration("2026-09-15", "2027-09-14")).toEqual({ months: 12, days: 0 });
    expect(leaseDuration("2026-01-31", "2026-02-27")).toEqual({ months: 1, days: 0 });
    expect(leaseDuration("2024-02-29", "2027-02-27")).toEqual({ months: 36, days: 0 });
  });
  it("agrees with the calendar's lease end (Temporal) over many starts and terms", () => {
    for (const start of ["2026-01-31", "2026-02-28", "2028-02-29", "2026-03-31", "2026-12-15", "2027-08-01"])
      for (const n of [1, 9, 10, 11, 12, 35, 36, 71, 72]) {
        expect(termEnd(start, n)).toBe(leaseEnd(start, n));
        expect(leaseDuration(start, leaseEnd(start, n))).toEqual({ months: n, days: 0 });
      }
  });
});

describe("jurisdiction", () => {
  it("recognises France and its overseas departments by ISO code only; what a person typed goes through resolveCountry", () => {
    for (const c of ["FR", "GP", "MQ", "GF", "RE", "YT"]) expect(isFrenchJurisdiction(c), c).toBe(true);
    for (const c of ["", null, undefined, "fr", "France", "FX", "BE", "PF", "NC"])
      expect(isFrenchJurisdiction(c), String(c)).toBe(false);
    for (const c of ["fr", "France", " FRANCE ", "République française", "La Réunion", "gp"])
      expect(isFrenchJurisdiction(resolveCountry(c)), c).toBe(true);
    for (const c of ["Belgium", "Ukraine", "Israel", "Francia del Sur"])
      expect(isFrenchJurisdiction(resolveCountry(c)), c).toBe(false);
  });
});

describe("terms (art. 10, 25-7, 25-14)", () => {
  it("unfurnished, individual landlord: 36 months ok, 35 refused, open-ended ok", () => {
    expect(codes(months(36))).toEqual([]);
    expect(codes(months(35))).toEqual(["lease_too_short"]);
    expect(codes({ endDate: "2029-08-30" })).toEqual(["lease_too_short"]); // one day short of three years
    expect(codes({ endDate: null })).toEqual([]);
  });
  it("unfurnished, company landlord: 72 months ok, 71 refused", () => {
    expect(codes({ landlordKind: "company", ...months(72) })).toEqual([]);
    expect(codes({ landlordKind: "company", ...months(71) })).toEqual(["lease_too_short"]);
    const [v] = frenchLeaseViolations({ ...base, landlordKind: "company", ...months(71) });
    expect(v).toMatchObject({ field: "endDate", params: { minMonths: 72, months: 71, days: 0 } });
  });
  it("furnished: 12 months ok (1 Sept to 31 Aug), 11 refused", () => {
    expect(codes({ kind: "furnished", endDate: "2027-08-31" })).toEqual([]);
    expect(codes({ kind: "furnished", ...months(11) })).toEqual(["lease_too_short"]);
  });
  it("student: exactly 9 months with an end date", () => {
    expect(codes({ kind: "student_furnished", ...months(9) })).toEqual([]);
    expect(codes({ kind: "student_furnished", ...months(8) })).toEqual(["student_lease_duration"]);
    expect(codes({ kind: "student_furnished", ...months(10) })).toEqual(["student_lease_duration"]);
    expect(codes({ kind: "student_furnished", endDate: null })).toEqual(["student_lease_duration"]);
  });
  it("bail mobilité: 1 and 10 months ok; less, 11 months or open-ended refused", () => {
    const mobility = { kind: "mobility" as const, depositAmount: 0, mobilityReason: "internship" as const };
    expect(codes({ ...mobility, ...months(1) })).toEqual([]);
    expect(codes({ ...mobility, ...months(10) })).toEqual([]);
    expect(codes({ ...mobility, ...months(11) })).toEqual(["mobility_duration"]);
    expect(codes({ ...mobility, endDate: "2027-07-01" })).toEqual(["mobility_duration"]); // 10 months and 1 day
    expect(codes({ ...mobility, endDate: "2026-09-30" })).toEqual([]);
    expect(codes({ ...mobility, endDate: "2026-09-29" })).toEqual(["mobility_duration"]);
    expect(codes({ ...mobility, endDate: null })).toEqual(["mobility_duration"]);
    const [v] = frenchLeaseViolations({ ...base, ...mobility, ...months(11) });
    expect(v!.params).toMatchObject({ minMonths: 1, maxMonths: 10, months: 11 });
  });
});

describe("deposit (art. 22, 25-6, 25-13)", () => {
  it("unfurnished: exactly one month ok, one cent more refused", () => {
    expect(codes({ depositAmount: 80000 })).toEqual([]);
    expect(codes({ depositAmount: 80001 })).toEqual(["deposit_above_cap"]);
    const [v] = frenchLeaseViolations({ ...base, depositAmount: 160000 });
    expect(v).toEqual({
      code: "deposit_above_cap",
      field: "depositAmount",
      params: { capMonths: 1, cap: 80000, deposit: 160000 },
    });
  });
  it("furnished and student: two months ok, more refused", () => {
    expect(codes({ kind: "furnished", ...months(12), depositAmount: 160000 })).toEqual([]);
    expect(codes({ kind: "furnished", ...months(12), depositAmount: 160001 })).toEqual(["deposit_above_cap"]);
    expect(codes({ kind: "student_furnished", ...months(9), depositAmount: 160000 })).toEqual([]);
    expect(codes({ kind: "student_furnished", ...months(9), depositAmount: 160001 })).toEqual(["deposit_above_cap"]);
  });
  it("bail mobilité: none at all", () => {
    expect(codes({ kind: "mobility", mobilityReason: "internship", ...months(6), depositAmount: 0 })).toEqual([]);
    expect(codes({ kind: "mobility", mobilityReason: "internship", ...months(6), depositAmount: 1 })).toEqual([
      "mobility_deposit",
    ]);
  });
  it("the 12-month unfurnished lease with two months' deposit of the issue breaks both rules", () => {
    expect(codes({ endDate: "2027-08-31", depositAmount: 160000 })).toEqual(["lease_too_short", "deposit_above_cap"]);
  });
});

describe("charges (art. 23, 25-10, titre Ier ter)", () => {
  it("flat charges: furnished, student and mobility only", () => {
    expect(codes({ chargesMode: "flat" })).toEqual(["flat_charges_unfurnished"]);
    expect(codes({ chargesMode: "provision" })).toEqual([]);
    expect(codes({ kind: "furnished", ...months(12), chargesMode: "flat" })).toEqual([]);
    expect(codes({ kind: "student_furnished", ...months(9), chargesMode: "flat" })).toEqual([]);
    expect(
      codes({ kind: "mobility", mobilityReason: "internship", ...months(3), depositAmount: 0, chargesMode: "flat" }),
    ).toEqual([]);
  });
  it("a bail mobilité recovers charges as a flat amount only", () => {
    expect(
      codes({
        kind: "mobility",
        mobilityReason: "internship",
        ...months(3),
        depositAmount: 0,
        chargesMode: "provision",
      }),
    ).toEqual(["mobility_flat_charges"]);
  });
});

describe("annexes (art. 3, 3-3, 25-5)", () => {
  it("lists what applies to each kind", () => {
    const of = (k: Parameters<typeof annexesFor>[0]) => annexesFor(k).map((a) => a.annex);
    expect(of("unfurnished")).toContain("surface");
    expect(of("unfurnished")).not.toContain("furniture_inventory");
    expect(of("furnished")).toContain("furniture_inventory");
    expect(of("mobility")).not.toContain("notice");
    expect(annexesFor("furnished").find((a) => a.annex === "lead")?.conditional).toBe(true);
  });
  it("names the always-required annexes not attached", () => {
    expect(missingAnnexes("furnished", ["dpe", "risks", "notice", "condition_report"])).toEqual([
      "furniture_inventory",
    ]);
    expect(missingAnnexes("unfurnished", [])).toEqual(["dpe", "risks", "surface", "notice", "condition_report"]);
  });
});
