import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { chargeDueRent } from "../../worker/rent/charges";
import { api } from "../setup/client";
import { daysInMonthOf, futureDate } from "../setup/dates";
import { createApartment, env, signUpLandlord, signUpRenter } from "../setup/helpers";
import { applyTo, completeDossier, createListing } from "../setup/listings";

/**
 * Issue 14 §1: an accepted applicant sees exactly what to pay, how and by when (GET /applications/{id}
 * `firstPayment`): a mid-month move-in pro-rates the first month's rent and charges by days, the deposit is
 * added, the total is what Stripe Checkout charges, and the first charge the lease's ledger writes is the
 * same rent + charges.
 */
describe("an accepted application's first payment", () => {
  it("a mid-month move-in: pro-rated rent and charges, deposit, total, due date, bank details and reference", async () => {
    const owner = await signUpLandlord("Agence Premier Loyer");
    const settings = await api(owner).orgs.current.settings.$patch({
      json: { bankHolder: "Agence Premier Loyer", iban: "FR76 3000 6000 0112 3456 7890 189", bic: "AGRIFRPP" },
    });
    expect(settings.status, settings.text).toBe(200);
    const { apartmentId } = await createApartment(owner, "P1");
    // The fixture's ad: 50,00 € of charges (provision) and a 720,00 € deposit; the place's rent 720,00 €.
    const { listingId } = await createListing(owner, apartmentId, { rooms: [{ capacity: 1, rentAmount: 72000 }] });
    const renter = await signUpRenter("Camille Martin");
    await completeDossier(renter);
    const moveIn = futureDate(15);
    const applied = await applyTo(renter, listingId, { moveInDate: moveIn });
    expect(applied.status, applied.text).toBe(201);
    const id = applied.json.id;
    const read = async (who: typeof renter) => (await api(who).applications[":id"].$get({ param: { id } })).json;

    expect((await read(renter)).firstPayment).toBeNull();
    expect((await api(owner).applications[":id"].accept.$post({ param: { id } })).status).toBe(200);

    const inMonth = daysInMonthOf(moveIn);
    const days = inMonth - 15 + 1;
    const rent = Math.round((72000 * days) / inMonth);
    const charges = Math.round((5000 * days) / inMonth);
    const first = (await read(renter)).firstPayment;
    expect(first).toEqual({
      period: moveIn.slice(0, 7),
      days,
      daysInMonth: inMonth,
      rent,
      charges,
      deposit: 72000,
      total: rent + charges + 72000,
      currency: "EUR",
      dueDate: moveIn,
      transferReference: `RL-A${id.replace(/-/g, "").slice(-8).toUpperCase()}`,
      bankDetails: {
        holder: "Agence Premier Loyer",
        iban: "FR7630006000011234567890189",
        ibanPrinted: "FR76 3000 6000 0112 3456 7890 189",
        bic: "AGRIFRPP",
      },
    });
    // The landlord's side reads the same figures.
    expect((await read(owner)).firstPayment).toEqual(first);

    // Confirmed: the lease the application became charges its first month exactly the rent + charges shown.
    expect((await api(owner).applications[":id"].confirm.$post({ param: { id } })).status).toBe(200);
    const confirmed = await read(renter);
    expect(confirmed.firstPayment).toBeNull();
    const leaseId = confirmed.application.leaseId!;
    await chargeDueRent(createDb(env.DB), Date.parse(`${moveIn}T12:00:00Z`));
    const ledger = await api(owner).leases[":id"].ledger.$get({ param: { id: leaseId } });
    expect(ledger.status, ledger.text).toBe(200);
    const charged = ledger.json.entries.filter((e) => e.kind === "charge");
    expect(charged.map((e) => [e.period, e.amount])).toEqual([[moveIn.slice(0, 7), rent + charges]]);
  });

  it("a move-in on the 1st: the whole month, no pro-rating", async () => {
    const owner = await signUpLandlord("Agence Mois Plein");
    const { apartmentId } = await createApartment(owner, "P2");
    const { listingId } = await createListing(owner, apartmentId, { rooms: [{ capacity: 1, rentAmount: 64000 }] });
    const renter = await signUpRenter("Léa Petit");
    await completeDossier(renter);
    const moveIn = futureDate(1);
    const id = (await applyTo(renter, listingId, { moveInDate: moveIn })).json.id;
    expect((await api(owner).applications[":id"].accept.$post({ param: { id } })).status).toBe(200);
    const first = (await api(renter).applications[":id"].$get({ param: { id } })).json.firstPayment;
    expect(first).toMatchObject({ rent: 64000, charges: 5000, deposit: 72000, total: 141000, dueDate: moveIn });
    // No bank details yet: the page says to ask the landlord.
    expect(first?.bankDetails).toBeNull();
  });
});
