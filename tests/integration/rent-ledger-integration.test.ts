import { createScheduledController } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { runScheduled } from "../../worker/jobs/scheduled";
import { chargeDueRent } from "../../worker/rent/charges";
import { api, rawCall } from "../setup/client";
import { addMember, addRenter, createApartment, env, signUpLandlord, type Caller } from "../setup/helpers";

const paymentSent = { description: "Payment sent for 2026-05, 850.00 EUR", amount: 85000, period: "2026-05" };
const at = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
const chargesOf = (leaseId: string) =>
  env.DB.prepare(
    "select period, amount, source_ref from ledger_entries where lease_id = ? and kind = 'charge' order by period",
  )
    .bind(leaseId)
    .all<{ period: string; amount: number; source_ref: string }>();
const paymentsOf = (leaseId: string) =>
  env.DB.prepare("select * from ledger_entries where lease_id = ? and kind = 'payment'")
    .bind(leaseId)
    .all<Record<string, unknown>>();

async function home(terms = {}) {
  const owner = await signUpLandlord("Ledger Lettings");
  const { apartmentId } = await createApartment(owner, "7B");
  const { renter, leaseId } = await addRenter(owner, apartmentId, terms);
  return { owner, renter, apartmentId, leaseId };
}
const ledger = (leaseId: string, who: Caller) => api(who).leases[":id"].ledger.$get({ param: { id: leaseId } });

describe("the rent ledger", () => {
  it("is append-only: UPDATE and DELETE are rejected by triggers", async () => {
    const { owner, leaseId } = await home();
    const adj = await api(owner).leases[":id"].adjustments.$post({
      param: { id: leaseId },
      json: { amount: -1500, reason: "Broken heater credit" },
    });
    expect(adj.status, adj.text).toBe(201);
    await expect(
      env.DB.prepare("update ledger_entries set amount = 0 where id = ?").bind(adj.json.id).run(),
    ).rejects.toThrow(/append-only/);
    await expect(env.DB.prepare("delete from ledger_entries where id = ?").bind(adj.json.id).run()).rejects.toThrow(
      /append-only/,
    );
    const row = await env.DB.prepare("select amount from ledger_entries where id = ?")
      .bind(adj.json.id)
      .first<{ amount: number }>();
    expect(row).toEqual({ amount: -1500 });
  });

  it("cron charges: twice in a run gives one charge per period, missed months are caught up, nothing after the lease end", async () => {
    // Future months: a lease is charged its past months when created (issue 12 §6), so the cron is tested ahead.
    const { leaseId } = await home({ startDate: "2035-01-01", rentAmount: 90000, dueDay: 5 });
    const ended = (await home({ startDate: "2035-01-10", endDate: "2035-02-28", dueDay: 5, kind: "mobility" })).leaseId;
    const db = createDb(env.DB);

    await chargeDueRent(db, at("2035-02-06"));
    await chargeDueRent(db, at("2035-02-06"));
    expect((await chargesOf(leaseId)).results).toEqual([
      { period: "2035-01", amount: 90000, source_ref: `charge:${leaseId}:2035-01` },
      { period: "2035-02", amount: 90000, source_ref: `charge:${leaseId}:2035-02` },
    ]);

    // Missed March and April runs; on May 4th the May rent is not due yet.
    await chargeDueRent(db, at("2035-05-04"));
    expect((await chargesOf(leaseId)).results.map((r) => r.period)).toEqual([
      "2035-01",
      "2035-02",
      "2035-03",
      "2035-04",
    ]);
    // The daily cron dispatches the job (twice: still one charge per period).
    const controller = createScheduledController({ cron: "0 6 * * *", scheduledTime: at("2035-05-05") });
    await runScheduled(controller, env);
    await runScheduled(controller, env);
    expect((await chargesOf(leaseId)).results.map((r) => r.period)).toEqual([
      "2035-01",
      "2035-02",
      "2035-03",
      "2035-04",
      "2035-05",
    ]);
    expect((await chargesOf(ended)).results.map((r) => r.period)).toEqual(["2035-01", "2035-02"]);
  });

  it("a confirmed reported payment writes exactly one payment entry, even with 20 racing confirmations", async () => {
    const { owner, renter, apartmentId, leaseId } = await home();
    const manager = await addMember(owner, "manager");
    const reported = await api(renter).apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: paymentSent,
    });
    expect(reported.status, reported.text).toBe(201);
    expect((await paymentsOf(leaseId)).results).toHaveLength(0);

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api(i % 2 ? manager : owner).activities[":id"].confirm.$post({ param: { id: reported.json.id } }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(19).fill(409)]);
    const winner = results.find((r) => r.status === 200)!.json;
    const payments = (await paymentsOf(leaseId)).results;
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({
      amount: -85000,
      currency: "EUR",
      period: "2026-05",
      source_ref: `activity:${reported.json.id}`,
      created_by: winner.confirmedBy,
    });
  });

  it("a landlord's payment received: on the ledger at once without confirmation, or once the renter confirms; notes and rejections write nothing", async () => {
    const { owner, renter, apartmentId, leaseId } = await home();
    const direct = await api(owner).apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: { description: "Cash received", amount: 20000, period: "2026-04" },
    });
    expect(direct.status, direct.text).toBe(201);
    expect((await paymentsOf(leaseId)).results.map((p) => p.source_ref)).toEqual([`activity:${direct.json.id}`]);

    const asked = await api(owner).apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: { description: "Transfer received", amount: 30000, period: "2026-05", needsConfirmation: true },
    });
    expect((await paymentsOf(leaseId)).results).toHaveLength(1);
    expect((await api(renter).activities[":id"].confirm.$post({ param: { id: asked.json.id } })).status).toBe(200);
    expect((await paymentsOf(leaseId)).results.map((p) => Number(p.amount)).sort((a, b) => a - b)).toEqual([
      -30000, -20000,
    ]);

    const rejected = await api(renter).apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: paymentSent,
    });
    expect(
      (
        await api(owner).activities[":id"].reject.$post({
          param: { id: rejected.json.id },
          json: { reason: "Not received" },
        })
      ).status,
    ).toBe(200);
    await api(owner).apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: { description: "Boiler serviced" },
    });
    expect((await paymentsOf(leaseId)).results).toHaveLength(2);

    const res = await ledger(leaseId, renter);
    expect(res.status, res.text).toBe(200);
    expect(res.json.balance).toBe(res.json.entries.reduce((n: number, e: { amount: number }) => n + e.amount, 0));
  });

  it("GET ledger: newest first with balance and currency, one round trip; other orgs and other renters get 404", async () => {
    const { owner, renter, apartmentId, leaseId } = await home({
      // Not started yet: no charges (a lease is charged its past months when created, issue 12 §6).
      startDate: "2035-01-01",
      rentAmount: 85000,
      dueDay: 5,
    });
    await api(owner).leases[":id"].adjustments.$post({
      param: { id: leaseId },
      json: { amount: 2500, reason: "Late fee" },
    });
    await api(owner).leases[":id"].adjustments.$post({
      param: { id: leaseId },
      json: { amount: -1000, reason: "Goodwill credit" },
    });

    for (const who of [owner, renter]) {
      const res = await ledger(leaseId, who);
      expect(res.status, res.text).toBe(200);
      expect(res.headers.get("x-d1-round-trips")).toBe("1");
      expect(res.json.currency).toBe("EUR");
      expect(res.json.entries.map((e) => e.reason)).toEqual(["Goodwill credit", "Late fee"]);
      expect(res.json.balance).toBe(1500);
    }

    const stranger = await signUpLandlord("Other Lettings");
    const other = await createApartment(stranger, "9Z");
    const { renter: otherRenter } = await addRenter(stranger, other.apartmentId);
    // A second lease in the same apartment: its renter cannot see the first lease's ledger either.
    const { renter: nextRenter } = await addRenter(owner, apartmentId, { startDate: "2027-01-01" });
    for (const who of [stranger, otherRenter, nextRenter]) {
      const res = await ledger(leaseId, who);
      expect(res.status).toBe(404);
      expect(res.problem.code).toBe("not_found");
    }
    expect((await ledger("0190c0de-0000-7000-8000-000000000000", owner)).status).toBe(404);
  });

  it("adjustments: owners and managers only; non-zero integer amount and a reason", async () => {
    const { owner, renter, leaseId } = await home();
    const maintenance = await addMember(owner, "maintenance");
    const manager = await addMember(owner, "manager");
    const body = { amount: -500, reason: "Credit" };
    expect(
      (await api(maintenance).leases[":id"].adjustments.$post({ param: { id: leaseId }, json: body })).status,
    ).toBe(403);
    expect((await api(renter).leases[":id"].adjustments.$post({ param: { id: leaseId }, json: body })).status).toBe(
      404,
    );
    const stranger = await signUpLandlord("Stranger Lettings");
    expect((await api(stranger).leases[":id"].adjustments.$post({ param: { id: leaseId }, json: body })).status).toBe(
      404,
    );
    for (const bad of [
      { amount: 0, reason: "x" },
      { amount: 1.5, reason: "x" },
      { amount: 100 },
      { amount: 100, reason: "" },
    ]) {
      // Some are not even the right shape (no reason): sent untyped.
      expect((await rawCall("POST", `/api/leases/${leaseId}/adjustments`, bad, owner)).status).toBe(400);
    }
    const made = await api(manager).leases[":id"].adjustments.$post({ param: { id: leaseId }, json: body });
    expect(made.status, made.text).toBe(201);
    expect(made.json).toMatchObject({
      leaseId,
      kind: "adjustment",
      amount: -500,
      currency: "EUR",
      reason: "Credit",
      createdBy: manager.userId,
    });
    expect(made.json.sourceRef).toMatch(/^adjustment:/);
  });
});
