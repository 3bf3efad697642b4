import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { addMonths, todayIn } from "../../worker/lib/calendar";
import { api, rawCall, type Caller } from "../setup/client";
import { addRenter, createApartment, signUpLandlord, signUpRenter } from "../setup/helpers";

/**
 * Issue 11 §1, the UI's side of "money always names its lease": the apartment page's read model lists the
 * leases a payment may name today (`currentLeaseIds`, the lease picker's options), with exactly the rule the
 * API applies when it chooses a post's lease (worker/rooms/lease-choice.ts), and a renter sees only their own.
 */

async function overview(who: Caller, apartmentId: string) {
  const res = await api(who).apartments[":id"].room.$get({ param: { id: apartmentId } });
  expect(res.status, res.text).toBe(200);
  return res.json;
}

const post = (who: Caller, apartmentId: string, json: Record<string, unknown>) =>
  rawCall("POST", `/api/apartments/${apartmentId}/activities`, json, who);

async function payments(who: Caller, leaseId: string) {
  const res = await api(who).leases[":id"].ledger.$get({ param: { id: leaseId } });
  expect(res.status, res.text).toBe(200);
  return res.json.entries.filter((e) => e.kind === "payment").map((e) => e.amount);
}

describe("the apartment overview lists the current leases money may name", () => {
  it("a shared flat: both leases, newest first, named by their renters; each renter sees only their own", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const rita = await addRenter(owner, apartmentId, { startDate: "2026-01-01" }, await signUpRenter("Rita Lopez"));
    const ann = await addRenter(owner, apartmentId, { startDate: "2026-03-01" }, await signUpRenter("Ann Berg"));

    const staff = await overview(owner, apartmentId);
    expect(staff.currentLeaseIds).toEqual([ann.leaseId, rita.leaseId]);
    const named = staff.leases.map((l) => [l.id, l.startDate, l.renters.map((r) => r.name)]);
    expect(named).toEqual([
      [ann.leaseId, "2026-03-01", ["Ann Berg"]],
      [rita.leaseId, "2026-01-01", ["Rita Lopez"]],
    ]);
    // The org's time zone comes along: the page shows times in it.
    const org = await env.DB.prepare("select timezone from orgs where id = ?")
      .bind(owner.orgId)
      .first<{ timezone: string }>();
    expect(staff.apartment.timezone).toBe(org?.timezone);

    expect((await overview(rita.renter, apartmentId)).currentLeaseIds).toEqual([rita.leaseId]);
    expect((await overview(ann.renter, apartmentId)).currentLeaseIds).toEqual([ann.leaseId]);
  });

  it("an ended lease is not offered: with one current lease, money without leaseId lands on it", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const former = await addRenter(owner, apartmentId, {
      startDate: "2025-01-01",
      endDate: "2025-12-31",
      kind: "furnished",
    });
    const now = await addRenter(owner, apartmentId, { startDate: "2026-01-01" });
    expect((await overview(owner, apartmentId)).currentLeaseIds).toEqual([now.leaseId]);

    const cash = await post(owner, apartmentId, { description: "Cash received", amount: 85000 });
    expect(cash.status, cash.text).toBe(201);
    expect(await payments(owner, now.leaseId)).toEqual([-85000]);
    expect(await payments(owner, former.leaseId)).toEqual([]);
  });

  it("a cancelled lease (its agreed dates kept, `cancelledAt` set) is not current: not offered, not accepted, not ambiguous", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const now = await addRenter(owner, apartmentId, { startDate: "2026-01-01" });
    const start = addMonths(todayIn("UTC"), 6);
    const next = await addRenter(owner, apartmentId, { startDate: start });
    // An upcoming lease is current for money (a deposit or first rent may come before the start).
    expect((await overview(owner, apartmentId)).currentLeaseIds).toEqual([next.leaseId, now.leaseId]);
    const cancelled = await api(owner).leases[":id"].cancel.$post({ param: { id: next.leaseId } });
    expect(cancelled.status, cancelled.text).toBe(200);
    // It keeps its agreed dates (here open-ended): the cancellation alone makes it no lease for money.
    expect(cancelled.json).toMatchObject({ startDate: start, endDate: null, status: "cancelled" });

    expect((await overview(owner, apartmentId)).currentLeaseIds).toEqual([now.leaseId]);
    const onCancelled = await post(owner, apartmentId, { description: "Cash", amount: 1000, leaseId: next.leaseId });
    expect(onCancelled.status, onCancelled.text).toBe(404);
    const implied = await post(owner, apartmentId, { description: "Cash received", amount: 85000 });
    expect(implied.status, implied.text).toBe(201);
    expect(await payments(owner, now.leaseId)).toEqual([-85000]);
    expect(await payments(owner, next.leaseId)).toEqual([]);
  });
});
