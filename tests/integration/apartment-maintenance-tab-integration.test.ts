import { beforeAll, describe, expect, it } from "vitest";
import { api, rawCall, type Caller } from "../setup/client";
import { addMember, addRenter, createApartment, env, signUpLandlord } from "../setup/helpers";

/**
 * Issue 14 (the apartment page's Maintenance tab): GET /apartments/{id}/room carries the apartment's
 * maintenance requests in its one D1 round trip, as the maintenance feature lets each viewer see them: owners
 * and managers every request, a maintenance member only those assigned to them, a renter those of their own
 * lease; unfinished first, then newest; nothing but what a list needs (no reporter, description or costs).
 */

let owner: Awaited<ReturnType<typeof signUpLandlord>>;
let renter: Caller;
let apartmentId: string;
const ids: Record<string, string> = {};

const page = async (who: Caller) => {
  const res = await api(who).apartments[":id"].room.$get({ param: { id: apartmentId } });
  expect(res.status, res.text).toBe(200);
  expect(res.headers.get("x-d1-round-trips")).toBe("1");
  return res.json;
};

beforeAll(async () => {
  owner = await signUpLandlord("Tab Maintenance");
  ({ apartmentId } = await createApartment(owner, "M1"));
  ({ renter } = await addRenter(owner, apartmentId));
  for (const [title, urgency] of [
    ["Fuite sous l’évier", "urgent"],
    ["Volet cassé", "low"],
    ["Chaudière en panne", "emergency"],
  ] as const) {
    const res = await rawCall(
      "POST",
      `/api/apartments/${apartmentId}/maintenance-requests`,
      { category: "plumbing", title, description: "Private words", urgency, entryPermission: false },
      renter,
    );
    expect(res.status, res.text).toBe(201);
    ids[title] = (res.json as { request: { id: string } }).request.id;
  }
  // The shutter is done with; the boiler was reported two hours ago and nobody answered (overdue).
  expect((await rawCall("POST", `/api/maintenance-requests/${ids["Volet cassé"]}/cancel`, {}, owner)).status).toBe(200);
  const past = new Date(Date.now() - 2 * 3600 * 1000).toISOString();
  await env.DB.prepare("UPDATE maintenance_requests SET created_at = ? WHERE id = ?")
    .bind(past, ids["Chaudière en panne"])
    .run();
}, 120_000);

describe("the apartment page's maintenance requests", () => {
  it("the owner sees every request, unfinished first then newest, with status, urgency and overdue", async () => {
    const { maintenance } = await page(owner);
    expect(maintenance.map((r) => [r.title, r.status, r.urgency, r.overdue])).toEqual([
      ["Fuite sous l’évier", "open", "urgent", false],
      ["Chaudière en panne", "open", "emergency", true],
      ["Volet cassé", "cancelled", "low", false],
    ]);
    expect(Object.keys(maintenance[0] ?? {}).sort()).toEqual(
      ["category", "createdAt", "id", "overdue", "scheduledFor", "status", "title", "urgency"].sort(),
    );
    expect(JSON.stringify(maintenance)).not.toContain("Private words");
  });

  it("a maintenance member sees only the requests assigned to them", async () => {
    const member = await addMember(owner, "maintenance");
    expect((await page(member)).maintenance).toEqual([]);
    const assigned = await rawCall(
      "PATCH",
      `/api/maintenance-requests/${ids["Fuite sous l’évier"]}`,
      { assigneeUserId: member.userId },
      owner,
    );
    expect(assigned.status, assigned.text).toBe(200);
    expect((await page(member)).maintenance.map((r) => r.id)).toEqual([ids["Fuite sous l’évier"]]);
  });

  it("a manager sees them all; the renter sees their lease's", async () => {
    const manager = await addMember(owner, "manager");
    expect((await page(manager)).maintenance).toHaveLength(3);
    expect((await page(renter)).maintenance).toHaveLength(3);
  });

  it("another apartment of the org lists none of them", async () => {
    const other = await createApartment(owner, "M2");
    const res = await api(owner).apartments[":id"].room.$get({ param: { id: other.apartmentId } });
    expect(res.status, res.text).toBe(200);
    expect(res.json.maintenance).toEqual([]);
  });
});
