import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { chargeDueRent } from "../../worker/rent/charges";
import { pdfText } from "../setup/documents";
import { api } from "../setup/client";
import { addRenter, BASE, createApartment, env, signUpLandlord, signUpRenter, type Caller } from "../setup/helpers";

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

describe("an overpaid month (the tester's October: 720 € reported while 420 € was left)", () => {
  it("pays October's due only, carries 300 € to November; ledger, overdue list and the quittance follow", async () => {
    const owner = await signUpLandlord("Agence Surplus");
    await api(owner).orgs.current.settings.$patch({
      json: { legalName: "Agence Surplus", street: "1 Place Bellecour", postalCode: "69002", city: "Lyon" },
    });
    const { apartmentId } = await createApartment(owner, "S1");
    const { leaseId, renter } = await addRenter(
      owner,
      apartmentId,
      { startDate: "2026-09-01", dueDay: 5, rentAmount: 72000 },
      await signUpRenter("Léa Martin"),
    );
    await chargeDueRent(createDb(env.DB), Date.parse("2026-11-10T12:00:00Z"));
    for (const [amount, period, receivedOn] of [
      [72000, "2026-09", "2026-09-04"],
      [30000, "2026-10", "2026-10-04"],
    ] as const) {
      const paid = await api(owner).apartments[":id"].activities.$post({
        param: { id: apartmentId },
        json: { description: "Virement", amount, period, receivedOn },
      });
      expect(paid.status, paid.text).toBe(201);
    }
    // The renter reports 720 € for October; the landlord confirms it.
    const reported = await api(renter).apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: { description: "Virement octobre", amount: 72000, period: "2026-10", receivedOn: "2026-11-06" },
    });
    expect(reported.status, reported.text).toBe(201);
    const confirmed = await api(owner).activities[":id"].confirm.$post({ param: { id: reported.json.id } });
    expect(confirmed.status, confirmed.text).toBe(200);

    const ledger = await api(owner).leases[":id"].ledger.$get({ param: { id: leaseId } });
    const byPeriod = Object.fromEntries(ledger.json.periods.map((p: { period: string }) => [p.period, p]));
    expect(byPeriod["2026-10"]).toMatchObject({ due: 72000, paid: 72000, outstanding: 0, status: "paid" });
    expect(byPeriod["2026-11"]).toMatchObject({ due: 72000, paid: 30000, outstanding: 42000 });
    expect(ledger.json.credit).toBe(0);

    const res = await receipt(leaseId, "2026-10", renter);
    expect(res.status).toBe(200);
    const { text } = await pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain("720,00");
    expect(text).not.toContain("1 020,00");
    // The day the money that completed October was received, not the day it was confirmed.
    expect(text).toContain("6 novembre 2026");

    // A payment received before the lease started is refused.
    const early = await api(owner).apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: { description: "Avant", amount: 1000, period: "2026-09", receivedOn: "2026-08-20" },
    });
    expect([early.status, early.problem.code]).toEqual([422, "received_before_lease"]);
  });
});
