import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, rawCall } from "../setup/client";
import { pdfText } from "../setup/documents";
import { addRenter, BASE, createApartment, env, signUpLandlord, signUpRenter, type Caller } from "../setup/helpers";
import { applyTo, completeDossier, createListing } from "../setup/listings";
import { futureDate } from "../setup/dates";
import { chargeDueRent } from "../../worker/rent/charges";
import { createDb } from "../../worker/db/client";

// A lease's monthly charges (loi n° 89-462 art. 21: a quittance tells the rent and the charges apart): the
// ledger charges rent + charges, each pro-rated by days in a partial month; the receipt prints the days the
// lease covers and both parts; a lease made from an application takes the ad's charges.

/** The receipt of `period`, waiting while it renders on the PDF queue (202). */
async function receipt(leaseId: string, period: string, who: Caller) {
  for (let i = 0; i < 60; i++) {
    const res = await exports.default.fetch(
      new Request(`${BASE}/api/leases/${leaseId}/receipts/${period}`, {
        headers: { authorization: `Bearer ${who.token}` },
      }),
    );
    if (res.status !== 202) return res;
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("receipt never rendered");
}

/** The amount charged per period (ledger `charge` rows), oldest first. */
async function chargesOf(leaseId: string) {
  const { results } = await env.DB.prepare(
    "select period, amount from ledger_entries where lease_id = ? and kind = 'charge' order by period",
  )
    .bind(leaseId)
    .all<{ period: string; amount: number }>();
  return Object.fromEntries(results.map((r) => [r.period, r.amount]));
}

describe("lease charges", () => {
  it("charges rent + charges each month, both pro-rated for a first month from the 15th; the receipt says 15–30 September and splits the amount", async () => {
    const owner = await signUpLandlord("Agence Charges");
    const identity = await api(owner).orgs.current.settings.$patch({
      json: { legalName: "Agence Charges", street: "1 Place Bellecour", postalCode: "69002", city: "Lyon" },
    });
    expect(identity.status, identity.text).toBe(200);
    const { apartmentId } = await createApartment(owner, "C1");
    const { leaseId, renter } = await addRenter(owner, apartmentId, {
      startDate: "2026-09-15",
      dueDay: 5,
      rentAmount: 85000,
      chargesAmount: 6000,
    });
    const leases = await api(owner).apartments[":id"].leases.$get({ param: { id: apartmentId } });
    expect(leases.json.results[0]).toMatchObject({ rentAmount: 85000, chargesAmount: 6000 });
    const homes = await api(renter).me.homes.$get();
    expect(homes.json.results[0]).toMatchObject({ rentAmount: 85000, chargesAmount: 6000 });
    // Created after its start: its past months are charged at once. September: 16 of 30 days, each part
    // pro-rated on its own (85000 × 16 ÷ 30 = 45,333.33 → 45,333; 6000 × 16 ÷ 30 = 3,200); October in full.
    const charged = await chargesOf(leaseId);
    expect(charged["2026-09"]).toBe(45333 + 3200);
    expect(charged["2026-10"]).toBe(85000 + 6000);

    const paid = await api(owner).apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: { description: "Payment received", amount: 48533, period: "2026-09" },
    });
    expect(paid.status, paid.text).toBe(201);
    const res = await receipt(leaseId, "2026-09", renter);
    expect(res.status).toBe(200);
    const { text } = await pdfText(new Uint8Array(await res.arrayBuffer()));
    // The days the lease covers, not the whole month.
    expect(text).toContain("pour la période du 15 septembre 2026 au 30 septembre 2026");
    expect(text).not.toContain("1er septembre");
    expect(text).toContain("la somme de 485,33 € au titre du loyer et des charges");
    expect(text).toContain("dont loyer 453,33 € et charges 32,00 €");
    expect(text).toContain("Loyer (hors charges) : 453,33 €");
    expect(text).toContain("Charges : 32,00 €");
    expect(text).toContain("Montant reçu : 485,33 €");
  });

  it("a first month set by the landlord may reach rent + charges, not more; the receipt splits it in the rent/charges proportion", async () => {
    const owner = await signUpLandlord("Agence Premier Mois");
    await api(owner).orgs.current.settings.$patch({
      json: { legalName: "Agence Premier Mois", street: "1 Place Bellecour", postalCode: "69002", city: "Lyon" },
    });
    const { apartmentId } = await createApartment(owner, "C2");
    const renter = await signUpRenter();
    const tooMuch = await api(owner).apartments[":id"].leases.$post({
      param: { id: apartmentId },
      json: {
        renterEmail: renter.email,
        startDate: "2026-09-15",
        rentAmount: 80000,
        chargesAmount: 20000,
        firstMonthAmount: 100001,
        dueDay: 1,
      },
    });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.problem.code).toBe("partial_month_above_rent");
    const { leaseId } = await addRenter(
      owner,
      apartmentId,
      { startDate: "2026-09-15", dueDay: 1, rentAmount: 80000, chargesAmount: 20000, firstMonthAmount: 50000 },
      renter,
    );
    expect((await chargesOf(leaseId))["2026-09"]).toBe(50000);
    await api(owner).apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: { description: "Payment received", amount: 50000, period: "2026-09" },
    });
    const { text } = await pdfText(new Uint8Array(await (await receipt(leaseId, "2026-09", renter)).arrayBuffer()));
    // 80000 : 20000 → 400,00 € of rent and 100,00 € of charges.
    expect(text).toContain("dont loyer 400,00 € et charges 100,00 €");
  });

  it("refuses negative, fractional or non-numeric charges (400) and writes nothing", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner, "C3");
    for (const chargesAmount of [-1, 12.5, "60"]) {
      const res = await rawCall(
        "POST",
        `/api/apartments/${apartmentId}/leases`,
        { renterEmail: "nobody@example.test", startDate: "2026-09-01", rentAmount: 85000, dueDay: 1, chargesAmount },
        owner,
      );
      expect(res.status, JSON.stringify(chargesAmount)).toBe(400);
      expect(res.problem.errors?.map((e: { path: string }) => e.path)).toContain("chargesAmount");
    }
    const counts = await env.DB.prepare(
      "select (select count(*) from leases where apartment_id = ?1) as leases, (select count(*) from lease_renters where apartment_id = ?1) as renters",
    )
      .bind(apartmentId)
      .first();
    expect(counts).toEqual({ leases: 0, renters: 0 });
  });

  it("a lease made from a confirmed application takes the ad's monthly charges", async () => {
    const owner = await signUpLandlord("Agence Annonce");
    const { apartmentId } = await createApartment(owner, "C4");
    // The fixture's ad: 720,00 € rent and a provision of 50,00 € for charges, furnished.
    const { listingId } = await createListing(owner, apartmentId, { rooms: [{ capacity: 1 }] });
    const renter = await signUpRenter();
    const { guarantorId } = await completeDossier(renter);
    const moveIn = futureDate(1);
    const applied = await applyTo(renter, listingId, { guarantorIds: [guarantorId], moveInDate: moveIn });
    expect(applied.status, applied.text).toBe(201);
    const id = applied.json.id;
    expect((await api(owner).applications[":id"].accept.$post({ param: { id } })).status).toBe(200);
    const confirmed = await api(owner).applications[":id"].confirm.$post({ param: { id } });
    expect(confirmed.status, confirmed.text).toBe(200);
    const leaseId = confirmed.json.leaseId!;
    const [home] = (await api(renter).me.homes.$get()).json.results;
    expect(home).toMatchObject({ leaseId, rentAmount: 72000, chargesAmount: 5000 });
    // Moving in on the 1st: that month in full, rent + charges, charged on its due day.
    await chargeDueRent(createDb(env.DB), Date.parse(`${moveIn}T12:00:00Z`));
    expect((await chargesOf(leaseId))[moveIn.slice(0, 7)]).toBe(77000);
  });
});
