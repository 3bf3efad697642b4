import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { addDays, addMonths, todayIn } from "../../worker/lib/calendar";
import { chargeDueRent } from "../../worker/rent/charges";
import { api } from "../setup/client";
import { addRenter, createApartment, signUpLandlord } from "../setup/helpers";

/**
 * Issue 13, lease cancellation: a lease called off before it starts keeps its agreed dates (no end rewritten
 * to the day before its start), and every reader of tenure skips it by `cancelled_at`: it is never charged,
 * never counts as occupied, is offered to no payment and is no renter's home, even once its agreed dates have come.
 */

const today = todayIn("UTC");
const at = (date: string) => Date.parse(`${date}T12:00:00Z`);

/** A lease starting next month for a year, called off now. */
async function cancelledLease(orgName: string) {
  const owner = await signUpLandlord(orgName);
  const { apartmentId } = await createApartment(owner, "C1");
  const startDate = `${addMonths(today, 1).slice(0, 7)}-01`;
  const endDate = addDays(addMonths(startDate, 12), -1);
  const { leaseId, renter } = await addRenter(owner, apartmentId, { kind: "furnished", startDate, endDate, dueDay: 1 });
  const res = await api(owner).leases[":id"].cancel.$post({ param: { id: leaseId } });
  expect(res.status, res.text).toBe(200);
  return { owner, renter, apartmentId, leaseId, startDate, endDate, cancel: res.json };
}

describe("a cancelled lease", () => {
  it("keeps its agreed end date: in the answer, the lease list and the stored row", async () => {
    const { owner, apartmentId, leaseId, startDate, endDate, cancel } = await cancelledLease("Dates Kept");
    expect(cancel).toMatchObject({ status: "cancelled", startDate, endDate });
    const list = await api(owner).apartments[":id"].leases.$get({ param: { id: apartmentId } });
    expect(list.json.results.find((l) => l.id === leaseId)).toMatchObject({ status: "cancelled", startDate, endDate });
    const row = await env.DB.prepare("select end_date, cancelled_at from leases where id = ?").bind(leaseId).first();
    expect(row).toEqual({ end_date: endDate, cancelled_at: cancel.cancelledAt });
    // Cancelling twice, or ending it, is refused: it stays as called off.
    expect((await api(owner).leases[":id"].cancel.$post({ param: { id: leaseId } })).status).toBe(409);
  });

  it("is never charged, even once its agreed months have come", async () => {
    const { owner, leaseId, startDate } = await cancelledLease("Never Charged");
    const { inserted } = await chargeDueRent(createDb(env.DB), at(addMonths(startDate, 3)));
    const charges = await env.DB.prepare("select count(*) as n from ledger_entries where lease_id = ?")
      .bind(leaseId)
      .first<{ n: number }>();
    expect(charges?.n).toBe(0);
    expect(inserted).toBe(0);
    const ledger = await api(owner).leases[":id"].ledger.$get({ param: { id: leaseId } });
    expect(ledger.json.entries).toEqual([]);
    expect(ledger.json.balance).toBe(0);
  });

  it("does not count as occupied, is offered to no payment and is nobody's home while its dates cover today", async () => {
    const { owner, renter, apartmentId, leaseId } = await cancelledLease("Not Occupied");
    // Time passes: the agreed dates now cover today (moved by hand: a lease can only be cancelled before it starts).
    await env.DB.prepare("update leases set start_date = ?, end_date = ? where id = ?")
      .bind(addMonths(today, -2), addMonths(today, 10), leaseId)
      .run();
    const dashboard = await api(owner).dashboard.$get({ query: {} });
    expect(dashboard.status, dashboard.text).toBe(200);
    expect(dashboard.json.apartments).toEqual({ total: 1, let: 0 });
    expect(dashboard.json.vacancies).toEqual([expect.objectContaining({ apartmentId })]);
    expect(dashboard.json.occupancy.at(-1)).toMatchObject({ let: 0, total: 1 });
    const room = await api(owner).apartments[":id"].room.$get({ param: { id: apartmentId } });
    expect(room.status, room.text).toBe(200);
    expect(room.json.currentLeaseIds).toEqual([]);
    expect(room.json.leases.find((l) => l.id === leaseId)?.status).toBe("cancelled");
    // A payment cannot name it.
    const paid = await api(owner).apartments[":id"].activities.$post({
      param: { id: apartmentId },
      json: { description: "Loyer", amount: 85000, leaseId },
    });
    expect(paid.status).toBe(404);
    const homes = await api(renter).me.homes.$get();
    expect(homes.status, homes.text).toBe(200);
    expect(homes.json.results ?? homes.json).not.toContainEqual(expect.objectContaining({ leaseId }));
    const { inserted } = await chargeDueRent(createDb(env.DB));
    expect(inserted).toBe(0);
  });
});
