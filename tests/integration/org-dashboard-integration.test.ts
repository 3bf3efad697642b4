import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { addDays, monthsEndingAt } from "../../worker/lib/calendar";
import { chargeDueRent } from "../../worker/rent/charges";
import { api, type Caller } from "../setup/client";
import { addMember, addRenter, createApartment, env, orgToday, signUpLandlord, signUpRenter } from "../setup/helpers";
import { applyTo, completeDossier, createListing } from "../setup/listings";

/** The day the dashboard counts lateness on: the org's (a new org's: Paris), not UTC's. */
const today = orgToday();
const month = today.slice(0, 7);
const monthsAgo = (n: number) => monthsEndingAt(month, n + 1)[0]!;
/** Rent is due on the 1st: on the 1st itself this month is due, not yet overdue. */
const lateSince = (from: number) => {
  const months = Array.from({ length: from + 1 }, (_, i) => monthsAgo(from - i));
  return today === `${month}-01` ? months.slice(0, -1) : months;
};

/** A flat in London (GBP, no French lease law: a lease may end in six weeks). */
async function londonFlat(owner: Caller, unitNumber: string) {
  const p = await api(owner).properties.$post({
    json: { name: "Camden Yard", address: "1 Camden Road", city: "London", postalCode: "NW1 9LS", country: "GB" },
  });
  expect(p.status, p.text).toBe(201);
  const a = await api(owner).apartments.$post({
    json: { propertyId: p.json.id, unitNumber, roomsCount: 2, rentAmount: 120000, currency: "GBP" },
  });
  expect(a.status, a.text).toBe(201);
  return a.json.id;
}

describe("org dashboard", () => {
  it("figures per currency, payments to confirm, applications, vacancies, leases ending, occupancy: one round trip", async () => {
    const owner = await signUpLandlord("Figures Lettings");
    const paying = await createApartment(owner, "P1");
    const late = await createApartment(owner, "P2");
    const vacant = await createApartment(owner, "V1");
    const london = await londonFlat(owner, "L1");
    const start = `${monthsAgo(2)}-01`;
    await addRenter(owner, paying.apartmentId, { startDate: start, dueDay: 1, rentAmount: 80000 });
    await addRenter(owner, late.apartmentId, { startDate: start, dueDay: 1, rentAmount: 60000 });
    const ending = addDays(today, 45);
    const gb = await addRenter(owner, london, {
      startDate: `${monthsAgo(1)}-01`,
      endDate: ending,
      dueDay: 1,
      rentAmount: 120000,
    });
    await chargeDueRent(createDb(env.DB));
    for (const p of [monthsAgo(2), monthsAgo(1), month]) {
      const paid = await api(owner).apartments[":id"].activities.$post({
        param: { id: paying.apartmentId },
        json: { description: `Rent ${p}`, amount: 80000, period: p },
      });
      expect(paid.status, paid.text).toBe(201);
    }
    // The London renter reports this month's rent: waiting for the landlord, not yet collected.
    const reported = await api(gb.renter).apartments[":id"].activities.$post({
      param: { id: london },
      json: { description: "Virement", amount: 120000, period: month },
    });
    expect(reported.status, reported.text).toBe(201);
    // An applicant for the vacant flat.
    const { listingId } = await createListing(owner, vacant.apartmentId, { rooms: [{ capacity: 1 }] });
    const applicant = await signUpRenter("Ana Applicant");
    await completeDossier(applicant);
    expect((await applyTo(applicant, listingId)).status).toBe(201);

    const res = await api(owner).dashboard.$get({ query: {} });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("x-d1-round-trips")).toBe("1");
    const d = res.json;
    expect(d.month).toBe(month);
    expect(d.money).toEqual([
      {
        currency: "EUR",
        expected: 140000,
        collected: 80000,
        overdue: {
          amount: 60000 * lateSince(2).length,
          leases: 1,
          oldestPeriod: monthsAgo(2),
          daysLate: Math.round((Date.parse(today) - Date.parse(start)) / 86_400_000),
        },
      },
      {
        currency: "GBP",
        expected: 120000,
        collected: 0,
        overdue: expect.objectContaining({
          amount: 120000 * lateSince(1).length,
          leases: 1,
          oldestPeriod: monthsAgo(1),
        }),
      },
    ]);
    expect(d.series.map((s) => s.currency)).toEqual(["EUR", "GBP"]);
    expect(d.series[0]!.months.at(-1)).toEqual({ month, expected: 140000, collected: 80000 });
    expect(d.toConfirm.count).toBe(1);
    expect(d.toConfirm.items).toEqual([
      expect.objectContaining({
        activityId: reported.json.id,
        apartmentId: london,
        unitNumber: "L1",
        propertyName: "Camden Yard",
        amount: 120000,
        currency: "GBP",
        period: month,
      }),
    ]);
    expect(d.applications).toMatchObject({ pending: 1 });
    expect(d.apartments).toEqual({ total: 4, let: 3 });
    expect(d.vacancies).toEqual([expect.objectContaining({ apartmentId: vacant.apartmentId, nextStart: null })]);
    expect(d.leasesEnding).toEqual([
      expect.objectContaining({ leaseId: gb.leaseId, endDate: ending, unitNumber: "L1" }),
    ]);
    expect(d.upcomingVacancies.map((v) => v.leaseId)).toEqual([gb.leaseId]);
    expect(d.occupancy).toHaveLength(12);
    expect(d.occupancy.at(-1)).toEqual({ month, let: 3, total: 4 });
    expect(d.properties.total).toBe(4);

    // Managers read it too; maintenance and renters do not; another org sees none of it.
    const manager = await addMember(owner, "manager");
    expect((await api(manager).dashboard.$get({ query: {} })).json.toConfirm.count).toBe(1);
    const maintenance = await addMember(owner, "maintenance");
    expect((await api(maintenance).dashboard.$get({ query: {} })).status).toBe(403);
    const renterView = await api(gb.renter).dashboard.$get({ query: {} });
    expect(renterView.status).toBe(403);
    expect(renterView.problem.code).toBe("no_org");
    const other = await api(await signUpLandlord("Other Org")).dashboard.$get({ query: {} });
    expect(other.status).toBe(200);
    expect(other.json).toMatchObject({
      money: [],
      overdue: [],
      toConfirm: { count: 0, items: [] },
      applications: { pending: 0, oldest: null },
      apartments: { total: 0, let: 0 },
      vacancies: [],
      leasesEnding: [],
      properties: { total: 0, results: [] },
    });
    expect((await api(owner).dashboard.$get({ query: { limit: "1000" } })).status).toBe(400);
  });
});
