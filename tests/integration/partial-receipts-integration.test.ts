import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { chargeDueRent } from "../../worker/rent/charges";
import { pdfText } from "../setup/documents";
import { api } from "../setup/client";
import { addRenter, BASE, createApartment, env, signUpLandlord, signUpRenter, type Caller } from "../setup/helpers";

// Loi n° 89-462 du 6 juillet 1989, art. 21: "en cas de paiement partiel du montant dû par le locataire, le
// bailleur est tenu de délivrer un reçu". A partly paid month gets a receipt of the sum paid (never a quittance).

async function download(leaseId: string, period: string, who: Caller, kind?: "partial" | "full") {
  const query = kind ? `?kind=${kind}` : "";
  for (let i = 0; i < 60; i++) {
    const res = await exports.default.fetch(
      new Request(`${BASE}/api/leases/${leaseId}/receipts/${period}${query}`, {
        headers: { authorization: `Bearer ${who.token}` },
      }),
    );
    if (res.status !== 202) return res;
    await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("receipt never rendered");
}

const pay = (owner: Caller, apartmentId: string, amount: number, period: string, receivedOn: string) =>
  api(owner).apartments[":id"].activities.$post({
    param: { id: apartmentId },
    json: { description: "Payment received", amount, period, receivedOn },
  });

describe("the receipt of a partial payment (reçu)", () => {
  it("names the sum received, its days, the period and what remains due, and is no quittance", async () => {
    const owner = await signUpLandlord("Gestion Reçu");
    const identity = await api(owner).orgs.current.settings.$patch({
      json: { legalName: "SCI Le Reçu", street: "1 Place Bellecour", postalCode: "69002", city: "Lyon" },
    });
    expect(identity.status, identity.text).toBe(200);
    const { apartmentId } = await createApartment(owner, "R1");
    const { leaseId, renter } = await addRenter(
      owner,
      apartmentId,
      { startDate: "2026-01-01", dueDay: 5, rentAmount: 85000 },
      await signUpRenter("Lucas Martin"),
    );
    await chargeDueRent(createDb(env.DB), Date.parse("2026-02-10T12:00:00Z"));
    for (const [amount, period, day] of [
      [85000, "2026-01", "2026-01-04"],
      [30000, "2026-02", "2026-02-03"],
      [10000, "2026-02", "2026-02-14"],
    ] as const)
      expect((await pay(owner, apartmentId, amount, period, day)).status).toBe(201);

    const res = await download(leaseId, "2026-02", renter, "partial");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="recu-paiement-partiel-2026-02.pdf"');
    const { pages, text } = await pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(pages).toBe(1);
    expect(text).toContain("Reçu de paiement partiel — février 2026");
    expect(text).toContain("Bailleur : SCI Le Reçu, 1 Place Bellecour, 69002 Lyon");
    expect(text).toContain("Montant reçu : 400,00 €");
    expect(text).toContain("Montant dû pour la période : 850,00 €");
    expect(text).toContain("Reste dû : 450,00 €");
    expect(text).toContain("Paiements reçus les 3 février 2026 et 14 février 2026");
    expect(text).toContain("du 1er février 2026 au 28 février 2026");
    // No discharge: the word quittance never appears on it.
    expect(text.toLowerCase()).not.toContain("quittance");
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // The landlord downloads it too; it is kept under a key naming the amount received and its last day.
    expect((await download(leaseId, "2026-02", owner, "partial")).status).toBe(200);
    expect(
      await env.DOCS.head(`orgs/${owner.orgId}/receipts/${leaseId}/2026-02-partial-40000-2026-02-14.pdf`),
    ).not.toBeNull();

    // The quittance of February is still refused; a partial receipt of the paid January is too (its
    // quittance is due instead), and so is one of a month with nothing received.
    const full = await api(renter).leases[":id"].receipts[":period"].$get({
      param: { id: leaseId, period: "2026-02" },
      query: {},
    });
    expect([full.status, full.problem.code]).toEqual([409, "not_paid"]);
    const paid = await api(renter).leases[":id"].receipts[":period"].$get({
      param: { id: leaseId, period: "2026-01" },
      query: { kind: "partial" },
    });
    expect([paid.status, paid.problem.code]).toEqual([409, "not_partly_paid"]);
    // A stranger gets 404, as for the quittance.
    const stranger = await api(await signUpRenter()).leases[":id"].receipts[":period"].$get({
      param: { id: leaseId, period: "2026-02" },
      query: { kind: "partial" },
    });
    expect(stranger.status).toBe(404);

    // Paid in full later: the partial receipt gives way to the quittance.
    expect((await pay(owner, apartmentId, 45000, "2026-02", "2026-02-20")).status).toBe(201);
    const after = await api(renter).leases[":id"].receipts[":period"].$get({
      param: { id: leaseId, period: "2026-02" },
      query: { kind: "partial" },
    });
    expect(after.problem.code).toBe("not_partly_paid");
    expect((await download(leaseId, "2026-02", renter)).status).toBe(200);
  });

  it("is refused (409 org_identity_missing) like the quittance while the org has no legal identity", async () => {
    const owner = await signUpLandlord("Gestion Anonyme");
    const { apartmentId } = await createApartment(owner, "R2");
    const { leaseId, renter } = await addRenter(owner, apartmentId, { startDate: "2026-01-01", rentAmount: 85000 });
    expect((await pay(owner, apartmentId, 20000, "2026-01", "2026-01-03")).status).toBe(201);
    const res = await api(renter).leases[":id"].receipts[":period"].$get({
      param: { id: leaseId, period: "2026-01" },
      query: { kind: "partial" },
    });
    expect([res.status, res.problem.code]).toEqual([409, "org_identity_missing"]);
  });
});
