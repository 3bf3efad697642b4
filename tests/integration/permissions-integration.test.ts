import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, rawCall, type Caller } from "../setup/client";
import { addMember, addRenter, createApartment, signUpLandlord } from "../setup/helpers";

/**
 * Issue 11, section 1: who may do what inside an org and inside an apartment, the handed cases with their
 * right answers (the generated matrix is permission-matrix-integration.test.ts).
 */

const post = (who: Caller, apartmentId: string, json: Record<string, unknown>) =>
  rawCall("POST", `/api/apartments/${apartmentId}/activities`, json, who);

async function ledgerOf(who: Caller, leaseId: string) {
  const res = await api(who).leases[":id"].ledger.$get({ param: { id: leaseId } });
  expect(res.status, res.text).toBe(200);
  return res.json.entries.filter((e) => e.kind === "payment").map((e) => e.amount);
}

const activityRows = async (apartmentId: string) =>
  (await env.DB.prepare("select count(*) as n from activities where apartment_id = ?")
    .bind(apartmentId)
    .first<{ n: number }>())!.n;

describe("maintenance members never write money", () => {
  it("an activity with an amount, an adjustment, a confirmation: 403, and nothing on the ledger", async () => {
    const owner = await signUpLandlord();
    const maintenance = await addMember(owner, "maintenance");
    const { apartmentId } = await createApartment(owner);
    const { renter, leaseId } = await addRenter(owner, apartmentId);
    const before = await activityRows(apartmentId);

    const cash = await post(maintenance, apartmentId, { description: "Cash collected", amount: 80000 });
    expect(cash.status, cash.text).toBe(403);
    expect(cash.problem.code).toBe("forbidden");
    const named = await post(maintenance, apartmentId, { description: "Cash collected", amount: 80000, leaseId });
    expect(named.status, named.text).toBe(403);
    const adjustment = await rawCall(
      "POST",
      `/api/leases/${leaseId}/adjustments`,
      { amount: -500, reason: "Cash" },
      maintenance,
    );
    expect(adjustment.status, adjustment.text).toBe(403);
    expect(await activityRows(apartmentId)).toBe(before);

    // A renter's report waits for the landlord: maintenance cannot confirm it.
    const report = await post(renter, apartmentId, { description: "Paid June", amount: 85000, period: "2026-06" });
    expect(report.status, report.text).toBe(201);
    const confirm = await rawCall(
      "POST",
      `/api/activities/${(report.json as { id: string }).id}/confirm`,
      undefined,
      maintenance,
    );
    expect(confirm.status, confirm.text).toBe(403);
    expect(await ledgerOf(owner, leaseId)).toEqual([]);

    // A note is not money: maintenance still posts those.
    expect((await post(maintenance, apartmentId, { description: "Boiler serviced" })).status).toBe(201);
  });
});

describe("a renter whose lease has ended", () => {
  it("cannot confirm the current tenant's payment (404), and it stays off every ledger", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const former = await addRenter(owner, apartmentId, {
      startDate: "2025-01-01",
      endDate: "2025-12-31",
      kind: "furnished",
    });
    const current = await addRenter(owner, apartmentId, { startDate: "2026-01-01" });
    // The landlord records cash from the current tenant and asks them to confirm it.
    const cash = await post(owner, apartmentId, {
      description: "Cash received for 2026-06",
      amount: 85000,
      period: "2026-06",
      needsConfirmation: true,
    });
    expect(cash.status, cash.text).toBe(201);
    const id = (cash.json as { id: string }).id;

    const confirm = await rawCall("POST", `/api/activities/${id}/confirm`, undefined, former.renter);
    expect(confirm.status, confirm.text).toBe(404);
    const reject = await rawCall("POST", `/api/activities/${id}/reject`, { reason: "Not mine" }, former.renter);
    expect(reject.status, reject.text).toBe(404);
    expect(await ledgerOf(owner, current.leaseId)).toEqual([]);
    expect(await ledgerOf(owner, former.leaseId)).toEqual([]);

    // The current tenant confirms it: on their ledger, once.
    const own = await rawCall("POST", `/api/activities/${id}/confirm`, undefined, current.renter);
    expect(own.status, own.text).toBe(200);
    expect(await ledgerOf(owner, current.leaseId)).toEqual([-85000]);
  });

  it("cannot settle an entry of their own lease once it ended (403 read_only)", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const former = await addRenter(owner, apartmentId, {
      startDate: "2025-01-01",
      endDate: "2025-12-31",
      kind: "furnished",
    });
    // Written while the lease ran (a row as it was then: the API refuses posting on an ended lease).
    const id = crypto.randomUUID();
    await env.DB.prepare(
      `insert into activities (id, org_id, apartment_id, lease_id, kind, description, amount, currency, period, author_user_id, author_name, author_side, status, confirm_by_side, created_at, updated_at)
       values (?, ?, ?, ?, 'payment_received', 'Cash for 2025-12', 85000, 'EUR', '2025-12', ?, 'Lena', 'landlord', 'pending_confirmation', 'renter', '2025-12-20T10:00:00.000Z', '2025-12-20T10:00:00.000Z')`,
    )
      .bind(id, owner.orgId, apartmentId, former.leaseId, owner.userId)
      .run();
    const confirm = await rawCall("POST", `/api/activities/${id}/confirm`, undefined, former.renter);
    expect(confirm.status, confirm.text).toBe(403);
    expect(confirm.problem.code).toBe("read_only");
    expect(await ledgerOf(owner, former.leaseId)).toEqual([]);
  });
});

describe("money always names its lease", () => {
  async function sharedFlat() {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const rita = await addRenter(owner, apartmentId, { startDate: "2026-01-01" });
    const ann = await addRenter(owner, apartmentId, { startDate: "2026-03-01" });
    return { owner, apartmentId, rita, ann };
  }

  it("two current leases: an amount without leaseId is refused (422 lease_required), never put on the latest lease", async () => {
    const { owner, apartmentId, rita, ann } = await sharedFlat();
    const before = await activityRows(apartmentId);
    const ambiguous = await post(owner, apartmentId, { description: "Cash received from Rita", amount: 80000 });
    expect(ambiguous.status, ambiguous.text).toBe(422);
    expect(ambiguous.problem.code).toBe("lease_required");
    expect(ambiguous.problem.detail).toContain("2 current leases");
    expect(ambiguous.problem.errors?.[0]?.path).toBe("leaseId");
    // A confirmation request must name its lease too (who would be asked?).
    const ask = await post(owner, apartmentId, { description: "Did you get the keys?", needsConfirmation: true });
    expect(ask.status, ask.text).toBe(422);
    expect(await activityRows(apartmentId)).toBe(before);
    expect(await ledgerOf(owner, ann.leaseId)).toEqual([]);

    const named = await post(owner, apartmentId, {
      description: "Cash received from Rita",
      amount: 80000,
      leaseId: rita.leaseId,
    });
    expect(named.status, named.text).toBe(201);
    expect(await ledgerOf(owner, rita.leaseId)).toEqual([-80000]);
    expect(await ledgerOf(owner, ann.leaseId)).toEqual([]);
    // A note for the whole flat needs no lease.
    expect((await post(owner, apartmentId, { description: "Water cut on Monday" })).status).toBe(201);
  });

  it("a renter reports on their own lease only: another lease of the flat answers 404", async () => {
    const { owner, apartmentId, rita, ann } = await sharedFlat();
    const before = await activityRows(apartmentId);
    const onRitas = await post(ann.renter, apartmentId, { description: "Paid", amount: 70000, leaseId: rita.leaseId });
    expect(onRitas.status, onRitas.text).toBe(404);
    expect(onRitas.problem.detail).toBe("Lease not found");
    expect(await activityRows(apartmentId)).toBe(before);

    // Without leaseId, Ann's report is on Ann's lease (her only one), and confirming it credits Ann's ledger.
    const own = await post(ann.renter, apartmentId, { description: "Paid", amount: 70000, period: "2026-06" });
    expect(own.status, own.text).toBe(201);
    const confirm = await rawCall(
      "POST",
      `/api/activities/${(own.json as { id: string }).id}/confirm`,
      undefined,
      owner,
    );
    expect(confirm.status, confirm.text).toBe(200);
    expect(await ledgerOf(owner, ann.leaseId)).toEqual([-70000]);
    expect(await ledgerOf(owner, rita.leaseId)).toEqual([]);

    // Rita cannot settle what the landlord asked Ann to confirm.
    const ask = await post(owner, apartmentId, {
      description: "Cash received",
      amount: 5000,
      leaseId: ann.leaseId,
      needsConfirmation: true,
    });
    expect(ask.status, ask.text).toBe(201);
    const ritaConfirms = await rawCall(
      "POST",
      `/api/activities/${(ask.json as { id: string }).id}/confirm`,
      undefined,
      rita.renter,
    );
    expect(ritaConfirms.status, ritaConfirms.text).toBe(404);
  });

  it("a leaseId that is not a current lease of this apartment answers 404", async () => {
    const { owner, apartmentId } = await sharedFlat();
    const other = await createApartment(owner, "2B");
    const elsewhere = await addRenter(owner, other.apartmentId);
    const res = await post(owner, apartmentId, { description: "Cash", amount: 100, leaseId: elsewhere.leaseId });
    expect(res.status, res.text).toBe(404);
    expect(
      (await post(owner, apartmentId, { description: "Cash", amount: 100, leaseId: "no-such-lease" })).status,
    ).toBe(404);
  });
});
