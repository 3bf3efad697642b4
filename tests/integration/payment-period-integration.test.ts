import { describe, expect, it } from "vitest";
import { addMonths } from "../../worker/lib/calendar";
import { api } from "../setup/client";
import { addRenter, createApartment, orgToday, signUpLandlord, signUpRenter } from "../setup/helpers";

/**
 * A payment names a month of its lease (a fresh tester reported 5 € "for October 2030" on a lease running
 * August 2026 to July 2027; confirmed, the ledger filed it under 2030-10 and credited October 2026 without a
 * word): before the lease's first month, after its last, or more than 12 months ahead, 422
 * `period_outside_lease`, for the renter's report and the landlord's record alike; nothing is written.
 */
describe("the month a payment is for", () => {
  it("is one of its lease's months, for the renter's report and the landlord's record", async () => {
    const owner = await signUpLandlord("Mois Gestion");
    const { apartmentId } = await createApartment(owner, "P1");
    const { renter } = await addRenter(
      owner,
      apartmentId,
      { startDate: "2026-08-01", endDate: "2027-07-31", rentAmount: 50000, kind: "furnished" },
      await signUpRenter("Rémi Mois"),
    );
    const post = (who: { token: string }, period: string) =>
      api(who).apartments[":id"].activities.$post({
        param: { id: apartmentId },
        json: { description: "Virement", amount: 500, period },
      });

    for (const period of ["2030-10", "2020-01", "2026-07", "2027-08"]) {
      const reported = await post(renter, period);
      expect([reported.status, reported.problem.code], period).toEqual([422, "period_outside_lease"]);
      const recorded = await post(owner, period);
      expect([recorded.status, recorded.problem.code], period).toEqual([422, "period_outside_lease"]);
    }
    const feed = await api(owner).apartments[":id"].activities.$get({ param: { id: apartmentId } });
    expect(feed.json.results.filter((a) => a.amount !== null)).toEqual([]);

    // The lease's first and last months are fine, on both sides.
    expect((await post(renter, "2026-08")).status).toBe(201);
    expect((await post(owner, "2027-07")).status).toBe(201);
  });

  it("an open-ended lease takes months up to a year ahead of today's, not further", async () => {
    const owner = await signUpLandlord("Avance Gestion");
    const { apartmentId } = await createApartment(owner, "P2");
    const { renter } = await addRenter(owner, apartmentId, { startDate: "2026-01-01" });
    const today = orgToday();
    const post = (period: string) =>
      api(renter).apartments[":id"].activities.$post({
        param: { id: apartmentId },
        json: { description: "Avance", amount: 500, period },
      });
    expect((await post(addMonths(today, 12).slice(0, 7))).status).toBe(201);
    const far = await post(addMonths(today, 13).slice(0, 7));
    expect([far.status, far.problem.code]).toEqual([422, "period_outside_lease"]);
  });
});
