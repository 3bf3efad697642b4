import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { chargeDueRent } from "../../worker/rent/charges";
import { api, rawCall } from "../setup/client";
import { addMember, addRenter, createApartment, env, signUpLandlord } from "../setup/helpers";

// PATCH /api/leases/{id}/charges: a running lease's monthly charges change from the next charge on; the
// ledger's past entries never change; the change and its audit row (old and new) land together; French
// rules on the mode (flat charges only for furnished leases, never a provision on a bail mobilité).

/** The amount charged per period (ledger `charge` rows). */
async function chargesOf(leaseId: string) {
  const { results } = await env.DB.prepare(
    "select period, amount from ledger_entries where lease_id = ? and kind = 'charge' order by period",
  )
    .bind(leaseId)
    .all<{ period: string; amount: number }>();
  return Object.fromEntries(results.map((r) => [r.period, r.amount]));
}

async function auditRows(leaseId: string) {
  const { results } = await env.DB.prepare(
    "select action, actor_user_id as actor, details from audit_log where target_id = ? and action = 'lease.charges'",
  )
    .bind(leaseId)
    .all<{ action: string; actor: string; details: string }>();
  return results.map((r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> }));
}

async function storedCharges(leaseId: string) {
  return (
    await env.DB.prepare("select charges_amount as c from leases where id = ?").bind(leaseId).first<{ c: number }>()
  )?.c;
}

describe("changing a lease's charges", () => {
  it("future charges carry the new amount, past entries stay; audited with old and new in the same write", async () => {
    const owner = await signUpLandlord("Charges Modifiées");
    const { apartmentId } = await createApartment(owner, "M1");
    const { leaseId, renter } = await addRenter(owner, apartmentId, {
      startDate: "2026-09-01",
      dueDay: 5,
      rentAmount: 85000,
      chargesAmount: 6000,
    });
    const before = await chargesOf(leaseId);
    expect(before["2026-09"]).toBe(91000);

    const res = await api(owner).leases[":id"].charges.$patch({
      param: { id: leaseId },
      json: { chargesAmount: 9000, chargesMode: "provision", expectedChargesAmount: 6000 },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toEqual({
      id: leaseId,
      chargesAmount: 9000,
      previousChargesAmount: 6000,
      chargesMode: "provision",
      currency: "EUR",
    });
    const audit = await auditRows(leaseId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: owner.userId, details: { from: 6000, to: 9000, mode: "provision" } });

    // The cron a few months on: the periods charged before keep their amount, the new ones carry 9000.
    await chargeDueRent(createDb(env.DB), Date.parse("2027-02-10T12:00:00Z"));
    const after = await chargesOf(leaseId);
    for (const [period, amount] of Object.entries(before)) expect(after[period]).toBe(amount);
    expect(after["2027-02"]).toBe(85000 + 9000);
    expect(after["2027-01"]).toBe(85000 + 9000);
    const home = await api(renter).me.homes.$get();
    expect(home.json.results[0]).toMatchObject({ chargesAmount: 9000 });
  });

  it("French rules: flat charges only on a furnished lease, a bail mobilité only flat (422, nothing written)", async () => {
    const owner = await signUpLandlord("Charges Françaises");
    const flats = [
      await createApartment(owner, "F1"),
      await createApartment(owner, "F2"),
      await createApartment(owner, "F3"),
    ];
    const unfurnished = await addRenter(owner, flats[0]!.apartmentId, { chargesAmount: 5000 });
    const furnished = await addRenter(owner, flats[1]!.apartmentId, { kind: "furnished", chargesAmount: 5000 });
    const mobility = await addRenter(owner, flats[2]!.apartmentId, {
      kind: "mobility",
      startDate: "2026-10-01",
      endDate: "2027-03-31",
      chargesAmount: 5000,
    });
    const patch = (leaseId: string, chargesMode: "flat" | "provision") =>
      api(owner).leases[":id"].charges.$patch({ param: { id: leaseId }, json: { chargesAmount: 7000, chargesMode } });

    const flatUnfurnished = await patch(unfurnished.leaseId, "flat");
    expect(flatUnfurnished.status).toBe(422);
    expect(flatUnfurnished.problem.code).toBe("flat_charges_unfurnished");
    expect(flatUnfurnished.problem.errors?.[0]).toMatchObject({
      path: "chargesMode",
      code: "flat_charges_unfurnished",
    });
    const provisionMobility = await patch(mobility.leaseId, "provision");
    expect(provisionMobility.status).toBe(422);
    expect(provisionMobility.problem.code).toBe("mobility_flat_charges");
    for (const { leaseId } of [unfurnished, mobility]) {
      expect(await storedCharges(leaseId)).toBe(5000);
      expect(await auditRows(leaseId)).toEqual([]);
    }

    expect((await patch(furnished.leaseId, "flat")).status).toBe(200);
    expect((await patch(mobility.leaseId, "flat")).status).toBe(200);
    expect((await patch(unfurnished.leaseId, "provision")).status).toBe(200);
    expect(await storedCharges(furnished.leaseId)).toBe(7000);
  });

  it("409 with stable codes: a stale form, racing changes (one wins, one audit row), an ended lease", async () => {
    const owner = await signUpLandlord("Charges Conflits");
    const { apartmentId } = await createApartment(owner, "C1");
    const { leaseId } = await addRenter(owner, apartmentId, { chargesAmount: 4000 });

    const stale = await api(owner).leases[":id"].charges.$patch({
      param: { id: leaseId },
      json: { chargesAmount: 4500, expectedChargesAmount: 3000 },
    });
    expect(stale.status).toBe(409);
    expect(stale.problem.code).toBe("lease_charges_changed");
    expect(await storedCharges(leaseId)).toBe(4000);

    const racing = await Promise.all(
      [5000, 5100, 5200, 5300, 5400].map((chargesAmount) =>
        api(owner).leases[":id"].charges.$patch({ param: { id: leaseId }, json: { chargesAmount } }),
      ),
    );
    const won = racing.filter((r) => r.status === 200);
    expect(won.length).toBeGreaterThanOrEqual(1);
    for (const r of racing.filter((r) => r.status !== 200)) expect(r.problem.code).toBe("lease_charges_changed");
    // Every change that happened has exactly its audit row, and the chain of old → new is unbroken.
    const audit = await auditRows(leaseId);
    expect(audit).toHaveLength(won.length);
    expect(await storedCharges(leaseId)).toBe(audit.at(-1)?.details.to);

    const ended = await api(owner).leases[":id"].end.$post({ param: { id: leaseId }, json: { endDate: "2026-06-30" } });
    expect(ended.status, ended.text).toBe(200);
    const late = await api(owner).leases[":id"].charges.$patch({ param: { id: leaseId }, json: { chargesAmount: 1 } });
    expect(late.status).toBe(409);
    expect(late.problem.code).toBe("lease_ended");
  });

  it("bad input is 400 with nothing written; maintenance 403; renters and other orgs 404", async () => {
    const owner = await signUpLandlord("Charges Gardées");
    const { apartmentId } = await createApartment(owner, "G1");
    const { leaseId, renter } = await addRenter(owner, apartmentId, { chargesAmount: 4000 });
    for (const body of [
      { chargesAmount: -1 },
      { chargesAmount: 12.5 },
      { chargesAmount: "40" },
      { chargesMode: "flat" },
    ]) {
      const res = await rawCall("PATCH", `/api/leases/${leaseId}/charges`, body, owner);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.problem.code).toBe("invalid_input");
    }
    const maintenance = await addMember(owner, "maintenance");
    const forbidden = await api(maintenance).leases[":id"].charges.$patch({
      param: { id: leaseId },
      json: { chargesAmount: 1 },
    });
    expect(forbidden.status).toBe(403);
    expect(
      (await api(renter).leases[":id"].charges.$patch({ param: { id: leaseId }, json: { chargesAmount: 1 } })).status,
    ).toBe(404);
    const stranger = await signUpLandlord("Charges Ailleurs");
    expect(
      (await api(stranger).leases[":id"].charges.$patch({ param: { id: leaseId }, json: { chargesAmount: 1 } })).status,
    ).toBe(404);
    expect(await storedCharges(leaseId)).toBe(4000);
    expect(await auditRows(leaseId)).toEqual([]);
  });
});
