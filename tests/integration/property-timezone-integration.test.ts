import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { chargeDueRent } from "../../worker/rent/charges";
import { api } from "../setup/client";
import { addRenter, createApartment, env, signUpLandlord } from "../setup/helpers";

// Issue 13 §4: a property has its own time zone (migration 0034), else its org's; everything that shows or
// computes the apartment's dates reads it (worker/portfolio/zone.ts).

describe("a property's own time zone", () => {
  it("is validated, stored canonically, shown on the apartment and cleared back to the org's", async () => {
    const owner = await signUpLandlord("Fuseaux Lettings");
    const org = await api(owner).orgs.current.settings.$get();
    const orgZone = org.json.timezone;
    expect(orgZone).not.toBe("Pacific/Auckland");
    const { propertyId, apartmentId } = await createApartment(owner, "T1");
    const before = await api(owner).apartments[":id"].room.$get({ param: { id: apartmentId } });
    expect(before.json.apartment.timezone).toBe(orgZone);

    const bad = await api(owner).properties[":id"].$patch({
      param: { id: propertyId },
      json: { timezone: "Mars/Olympus_Mons" },
    });
    expect([bad.status, bad.problem.code]).toEqual([400, "invalid_timezone"]);
    const set = await api(owner).properties[":id"].$patch({
      param: { id: propertyId },
      json: { timezone: "pacific/auckland" },
    });
    expect(set.status, set.text).toBe(200);
    expect(set.json.timezone).toBe("Pacific/Auckland");
    const after = await api(owner).apartments[":id"].room.$get({ param: { id: apartmentId } });
    expect(after.json.apartment.timezone).toBe("Pacific/Auckland");
    expect(after.headers.get("x-d1-round-trips")).toBe("1");

    const cleared = await api(owner).properties[":id"].$patch({ param: { id: propertyId }, json: { timezone: null } });
    expect(cleared.json.timezone).toBeNull();
    const back = await api(owner).apartments[":id"].room.$get({ param: { id: apartmentId } });
    expect(back.json.apartment.timezone).toBe(orgZone);
  });

  it("decides the rent cron's today: a building at UTC+14 is charged its month while its org (Europe/Paris) is still the day before", async () => {
    const owner = await signUpLandlord("Kiritimati Lettings");
    expect((await api(owner).orgs.current.settings.$patch({ json: { timezone: "Europe/Paris" } })).status).toBe(200);
    const far = await createApartment(owner, "K1");
    const near = await createApartment(owner, "K2");
    const zoned = await api(owner).properties[":id"].$patch({
      param: { id: far.propertyId },
      json: { timezone: "Pacific/Kiritimati" },
    });
    expect(zoned.status, zoned.text).toBe(200);
    const terms = { startDate: "2027-01-01", dueDay: 1, rentAmount: 85000 };
    const farLease = await addRenter(owner, far.apartmentId, terms);
    const nearLease = await addRenter(owner, near.apartmentId, terms);
    // 31 December 2026, 12:00 UTC (13:00 in Paris): already 1 January 2027, 02:00, on Kiritimati (UTC+14).
    await chargeDueRent(createDb(env.DB), Date.parse("2026-12-31T12:00:00Z"));
    const periods = async (leaseId: string, who: { token: string }) =>
      (await api(who).leases[":id"].ledger.$get({ param: { id: leaseId } })).json.periods.map(
        (p: { period: string }) => p.period,
      );
    expect(await periods(farLease.leaseId, farLease.renter)).toContain("2027-01");
    expect(await periods(nearLease.leaseId, nearLease.renter)).not.toContain("2027-01");
    // The renter's home reads the same zone.
    const home = await api(farLease.renter).apartments[":id"].room.$get({ param: { id: far.apartmentId } });
    expect(home.json.apartment.timezone).toBe("Pacific/Kiritimati");
  });
});
