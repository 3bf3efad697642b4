import { describe, expect, it } from "vitest";
import {
  moneyFigures,
  occupancySeries,
  vacancyFigures,
  type LeaseRow,
  type PlaceRow,
} from "../../worker/dashboard/model";

const place = (apartmentId: string, createdAt = "2025-01-01T00:00:00.000Z"): PlaceRow => ({
  apartmentId,
  unitNumber: apartmentId.toUpperCase(),
  propertyName: "Les Lilas",
  createdAt,
});
const lease = (leaseId: string, apartmentId: string, startDate: string, endDate: string | null = null): LeaseRow => ({
  leaseId,
  apartmentId,
  startDate,
  endDate,
  renters: "Rita",
});

describe("dashboard model", () => {
  const today = "2026-12-10";
  it("vacancies, leases ending within 60 days and upcoming vacancies (ends without a successor)", () => {
    const places = [place("a"), place("b"), place("c"), place("d"), place("e")];
    const leases = [
      lease("la", "a", "2026-01-01"),
      lease("lb", "b", "2026-01-01", "2027-01-31"), // ends in 52 days, nobody follows
      lease("lc", "c", "2026-01-01", "2027-01-15"), // ends, but lc2 follows
      lease("lc2", "c", "2027-02-01"),
      lease("ld", "d", "2027-01-01"), // vacant today, let from January
      lease("lx", "e", "2027-03-01", "2027-02-28"), // cancelled (ends the day before it starts): no next start
    ];
    const f = vacancyFigures(places, leases, today);
    expect(f.apartments).toEqual({ total: 5, let: 3 });
    expect(f.vacancies.map((v) => [v.apartmentId, v.nextStart])).toEqual([
      ["d", "2027-01-01"],
      ["e", null],
    ]);
    expect(f.leasesEnding.map((l) => l.leaseId)).toEqual(["lc", "lb"]);
    expect(f.upcomingVacancies.map((l) => l.leaseId)).toEqual(["lb"]);
    // 60 days is the horizon: a lease ending on day 61 is not "ending".
    expect(vacancyFigures([place("z")], [lease("lz", "z", "2026-01-01", "2027-02-09")], today).leasesEnding).toEqual(
      [],
    );
    expect(
      vacancyFigures([place("z")], [lease("lz", "z", "2026-01-01", "2027-02-08")], today).leasesEnding,
    ).toHaveLength(1);
  });

  it("occupancy per month: apartments that existed on the month's last day (today for this month), and how many were let", () => {
    const places = [place("a"), place("b", "2026-06-15T10:00:00.000Z")];
    const leases = [lease("la", "a", "2026-03-01", "2026-08-31"), lease("lb", "b", "2026-12-05")];
    const series = occupancySeries(places, leases, "2026-12", today);
    expect(series.map((m) => m.month)).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
    ]);
    expect(series[0]).toEqual({ month: "2026-01", let: 0, total: 1 });
    expect(series[2]).toEqual({ month: "2026-03", let: 1, total: 1 });
    expect(series[5]).toEqual({ month: "2026-06", let: 1, total: 2 });
    expect(series[8]).toEqual({ month: "2026-09", let: 0, total: 2 });
    expect(series[11]).toEqual({ month: "2026-12", let: 1, total: 2 });
    // An apartment added in December with a lease running since February counts from February.
    const late = occupancySeries(
      [place("c", "2026-12-01T09:00:00.000Z")],
      [lease("lc", "c", "2026-02-01")],
      "2026-12",
      today,
    );
    expect(late.slice(0, 2)).toEqual([
      { month: "2026-01", let: 0, total: 0 },
      { month: "2026-02", let: 1, total: 1 },
    ]);
  });

  it("money per currency: overdue amount, leases, oldest period and its days late; currencies sorted", () => {
    const figures = moneyFigures(
      [{ currency: "GBP", expected: 100, collected: 50 }],
      [
        { currency: "EUR", amount: 300, daysLate: 40, periods: ["2026-10", "2026-11"] },
        { currency: "EUR", amount: 200, daysLate: 9, periods: ["2026-12"] },
      ],
    );
    expect(figures).toEqual([
      {
        currency: "EUR",
        expected: 0,
        collected: 0,
        overdue: { amount: 500, leases: 2, oldestPeriod: "2026-10", daysLate: 40 },
      },
      {
        currency: "GBP",
        expected: 100,
        collected: 50,
        overdue: { amount: 0, leases: 0, oldestPeriod: null, daysLate: 0 },
      },
    ]);
  });
});
