import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { monthsEndingAt } from "../../worker/lib/calendar";
import { chargeDueRent } from "../../worker/rent/charges";
import { api } from "../setup/client";
import { addMember, addRenter, createApartment, env, orgToday, signUpLandlord } from "../setup/helpers";

/** The day the dashboard counts lateness on: the org's (a new org's: Paris), not UTC's. */
const today = orgToday();
const month = today.slice(0, 7);
const monthsAgo = (n: number) => monthsEndingAt(month, n + 1)[0]!;

describe("rent dashboard", () => {
  it("this month's expected vs collected, overdue leases with amount and days late, a 12-month series, in one round trip", async () => {
    const owner = await signUpLandlord("Dashboard Lettings");
    const paying = await createApartment(owner, "D1");
    const late = await createApartment(owner, "D2");
    const start = `${monthsAgo(2)}-01`;
    await addRenter(owner, paying.apartmentId, { startDate: start, dueDay: 1, rentAmount: 80000 });
    const b = await addRenter(owner, late.apartmentId, { startDate: start, dueDay: 1, rentAmount: 60000 });
    await chargeDueRent(createDb(env.DB));
    // A pays every month (the landlord records the payments received); B pays nothing.
    for (const p of [monthsAgo(2), monthsAgo(1), month]) {
      expect(
        (
          await api(owner).apartments[":id"].activities.$post({
            param: { id: paying.apartmentId },
            json: { description: `Rent ${p}`, amount: 80000, period: p },
          })
        ).status,
      ).toBe(201);
    }
    const res = await api(owner).dashboard.rent.$get({ query: { month } });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("x-d1-round-trips")).toBe("1");
    expect(res.json.totals).toEqual([{ currency: "EUR", expected: 140000, collected: 80000 }]);
    expect(res.json.overdue).toHaveLength(1);
    // Rent is due on the 1st: on the 1st itself this month is due, not yet overdue.
    const lateMonths = today === `${month}-01` ? [monthsAgo(2), monthsAgo(1)] : [monthsAgo(2), monthsAgo(1), month];
    expect(res.json.overdue[0]).toMatchObject({
      leaseId: b.leaseId,
      unitNumber: "D2",
      amount: 60000 * lateMonths.length,
      currency: "EUR",
      periods: lateMonths,
    });
    expect(res.json.overdue[0]!.daysLate).toBe(
      Math.round((Date.parse(today) - Date.parse(`${monthsAgo(2)}-01`)) / 86_400_000),
    );
    const series = res.json.series[0];
    expect(series!.currency).toBe("EUR");
    expect(series!.months.map((m: { month: string }) => m.month)).toEqual(monthsEndingAt(month));
    expect(series!.months.slice(-3)).toEqual(
      [monthsAgo(2), monthsAgo(1), month].map((m) => ({ month: m, expected: 140000, collected: 80000 })),
    );
    expect(series!.months[0]).toEqual({ month: monthsAgo(11), expected: 0, collected: 0 });

    // Another org sees none of it; maintenance may not see money; bad months are 400.
    const other = await signUpLandlord("Other Org");
    expect((await api(other).dashboard.rent.$get({ query: { month } })).json).toMatchObject({
      totals: [],
      overdue: [],
    });
    const maintenance = await addMember(owner, "maintenance");
    expect((await api(maintenance).dashboard.rent.$get()).status).toBe(403);
    expect((await api(owner).dashboard.rent.$get({ query: { month: "2026-13" } })).status).toBe(400);
    expect((await api(owner).dashboard.rent.$get()).json.month).toBe(month);
  });
});
