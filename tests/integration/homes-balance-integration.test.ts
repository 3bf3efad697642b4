import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { chargeDueRent } from "../../worker/rent/charges";
import { api } from "../setup/client";
import { addRenter, createApartment, env, signUpLandlord, signUpRenter } from "../setup/helpers";

// Issue 14 §1: the renter's /homes cards read each home's balance from GET /api/me/homes (one statement), and
// the home's balance card reads the money paid ahead from the overview's ledger (`credit`).
describe("a renter's homes with their balances", () => {
  it("answers each lease's balance (owed, or negative when paid ahead) and the org's time zone", async () => {
    const owner = await signUpLandlord("Agence Deux Logis");
    const renter = await signUpRenter("Inès Moreau");
    const first = await createApartment(owner, "D1");
    const second = await createApartment(owner, "D2");
    await addRenter(owner, first.apartmentId, { startDate: "2026-01-01", rentAmount: 80000 }, renter);
    await addRenter(owner, second.apartmentId, { startDate: "2026-01-01", rentAmount: 50000 }, renter);
    // Rent is charged since January (the catch-up may still be running: the reads below wait for it to settle).
    await chargeDueRent(createDb(env.DB), Date.now());
    // The second is paid well ahead: 10,000 € against 500 € a month.
    const paid = await api(owner).apartments[":id"].activities.$post({
      param: { id: second.apartmentId },
      json: { description: "Virement", amount: 1_000_000, period: "2026-01", receivedOn: "2026-02-04" },
    });
    expect(paid.status, paid.text).toBe(201);

    const read = async () => {
      const homes = await api(renter).me.homes.$get();
      expect(homes.status, homes.text).toBe(200);
      const ledgers = await Promise.all(
        [first, second].map(async ({ apartmentId }) => {
          const room = await api(renter).apartments[":id"].room.$get({ param: { id: apartmentId } });
          expect(room.status, room.text).toBe(200);
          return room.json.ledgers[0]!;
        }),
      );
      const byApartment = Object.fromEntries(homes.json.results.map((h) => [h.apartmentId, h]));
      return { homes: [byApartment[first.apartmentId]!, byApartment[second.apartmentId]!], ledgers };
    };
    let seen = await read();
    for (let i = 0; i < 20 && seen.homes.some((h, n) => h.balance !== seen.ledgers[n]!.balance); i++)
      seen = await read();
    const [owing, ahead] = seen.homes;
    expect(owing).toMatchObject({ timezone: "Europe/Paris", balance: seen.ledgers[0]!.balance });
    expect(owing!.balance).toBeGreaterThanOrEqual(80000);
    expect(seen.ledgers[0]!.credit).toBe(0);
    expect(ahead).toMatchObject({ timezone: "Europe/Paris", balance: seen.ledgers[1]!.balance });
    expect(ahead!.balance).toBeLessThan(0);
    // What is paid ahead is the allocation's credit: the ledger's sum, negated.
    expect(seen.ledgers[1]!.credit).toBe(-ahead!.balance);
  });
});
