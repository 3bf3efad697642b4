import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { rawCall, type Caller } from "../setup/client";
import { addMember, addRenter, createApartment, signUpLandlord } from "../setup/helpers";
import { RoomClient } from "../setup/room-client";
import { maintenanceFeedFacts } from "../../worker/rooms/contract";
import type { Activity } from "../../worker/rooms/contract";

/**
 * Issue 15 §3: each maintenance step is one entry of the apartment's feed, written in the D1 batch of the
 * step (with its history row), naming its request, stored as facts (never English), seen by the lease's
 * renters and by staff (maintenance members included, who still never see money), and live in the room.
 * A refused step (illegal, wrong actor) writes none; a request filed under no lease is staff's alone.
 */
type World = { owner: Caller; member: Caller; memberId: string; renter: Caller; apartmentId: string };
let w: World;

/** The day `days` days from today (UTC), `YYYY-MM-DD`. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  const owner = await signUpLandlord("Feed Org");
  const member = await addMember(owner, "maintenance");
  const { apartmentId } = await createApartment(owner, "F1");
  const { renter } = await addRenter(owner, apartmentId, { startDate: "2026-01-01" });
  w = { owner, member, memberId: member.userId, renter, apartmentId };
}, 120_000);

/** Rows of the feed table for one request, oldest first (straight from D1). */
async function feedRowsOf(requestId: string) {
  const { results } = await env.DB.prepare(
    "select kind, description, lease_id, author_name, amount from activities where maintenance_request_id = ? order by created_at, id",
  )
    .bind(requestId)
    .all<{ kind: string; description: string; lease_id: string | null; author_name: string; amount: null }>();
  return results;
}

/** The feed as `who` reads it through the API. */
async function feedOf(who: Caller): Promise<Activity[]> {
  const res = await rawCall("GET", `/api/apartments/${w.apartmentId}/activities?limit=100`, undefined, who);
  expect(res.status, res.text).toBe(200);
  return (res.json as { results: Activity[] }).results;
}

async function report(who: Caller, title: string): Promise<string> {
  const res = await rawCall(
    "POST",
    `/api/apartments/${w.apartmentId}/maintenance-requests`,
    { category: "heating", title, description: "No hot water", urgency: "normal", entryPermission: true },
    who,
  );
  expect(res.status, res.text).toBe(201);
  return (res.json as { request: { id: string } }).request.id;
}

const act = (id: string, action: string, who: Caller, body: object = {}) =>
  rawCall("POST", `/api/maintenance-requests/${id}/${action}`, body, who);

describe("maintenance steps in the apartment feed", () => {
  it("the report and every step write exactly one feed row each, as facts, on the request's lease", async () => {
    const id = await report(w.renter, "Boiler leak");
    const visit = { date: inDays(5), from: "08:00", to: "10:00" };
    const patched = await rawCall("PATCH", `/api/maintenance-requests/${id}`, { assigneeUserId: w.memberId }, w.owner);
    expect(patched.status, patched.text).toBe(200);
    for (const [action, who, body] of [
      ["triage", w.owner, {}],
      ["schedule", w.owner, { scheduledFor: visit }],
      ["start", w.member, {}],
      ["resolve", w.member, {}],
    ] as const)
      expect((await act(id, action, who, body)).status).toBe(200);
    const rows = await feedRowsOf(id);
    const facts = rows.map((r) => maintenanceFeedFacts({ kind: r.kind, description: r.description }));
    expect(facts.map((f) => f?.event)).toEqual(["reported", "triaged", "scheduled", "in_progress", "resolved"]);
    expect(facts.every((f) => f?.title === "Boiler leak")).toBe(true);
    expect(facts[2]?.visit).toEqual({ ...visit, timezone: "Europe/Paris" });
    expect(rows.every((r) => r.lease_id !== null && r.amount === null)).toBe(true);
    expect(rows.map((r) => r.description).join(" ")).not.toMatch(/scheduled for|reported by/i);
  });

  it("an illegal step (409), the wrong actor (403) and a no-op write no feed row", async () => {
    const id = await report(w.renter, "Door lock");
    expect((await act(id, "resolve", w.owner)).status).toBe(409);
    expect((await act(id, "triage", w.renter)).status).toBe(403);
    expect((await act(id, "close", w.owner)).status).toBe(409);
    expect(await feedRowsOf(id)).toHaveLength(1);
    expect((await act(id, "triage", w.owner)).status).toBe(200);
    const visit = { scheduledFor: { date: inDays(6), from: "14:00", to: "16:00" } };
    expect((await act(id, "schedule", w.owner, visit)).status).toBe(200);
    expect((await act(id, "schedule", w.owner, visit)).status).toBe(200);
    expect((await feedRowsOf(id)).length).toBe(3);
  });

  it("two racing steps: one wins with its one row", async () => {
    const id = await report(w.renter, "Window");
    const answers = await Promise.all(Array.from({ length: 5 }, () => act(id, "triage", w.owner)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect((await feedRowsOf(id)).map((r) => maintenanceFeedFacts(r)?.event)).toEqual(["reported", "triaged"]);
  });

  it("the renter, the owner and the maintenance member read it in the feed, linked to the request", async () => {
    const id = await report(w.renter, "Radiator cold");
    for (const who of [w.renter, w.owner, w.member]) {
      const mine = (await feedOf(who)).filter((a) => a.maintenanceRequestId === id);
      expect(mine.map((a) => maintenanceFeedFacts(a)?.event)).toEqual(["reported"]);
    }
    // The member still sees no money: a payment the renter reports stays out of their feed.
    const paid = await rawCall(
      "POST",
      `/api/apartments/${w.apartmentId}/activities`,
      { amount: 50_00, period: "2026-03" },
      w.renter,
    );
    expect(paid.status, paid.text).toBe(201);
    expect((await feedOf(w.member)).some((a) => a.amount !== null)).toBe(false);
    expect((await feedOf(w.owner)).some((a) => a.amount !== null)).toBe(true);
  });

  it("arrives live in the room for the renter, the owner and the maintenance member", async () => {
    const clients = await Promise.all([w.renter, w.owner, w.member].map((who) => RoomClient.open(w.apartmentId, who)));
    const id = await report(w.renter, "Fridge");
    expect((await act(id, "triage", w.owner)).status).toBe(200);
    for (const client of clients) {
      const frame = await client.waitFor(
        "activity",
        (f) => f.activity.maintenanceRequestId === id && maintenanceFeedFacts(f.activity)?.event === "triaged",
      );
      expect(frame.activity.authorSide).toBe("landlord");
      client.close();
    }
  });

  it("a request staff open on an empty flat stays out of renters' feeds", async () => {
    const { apartmentId } = await createApartment(w.owner, "F2");
    const res = await rawCall(
      "POST",
      `/api/apartments/${apartmentId}/maintenance-requests`,
      {
        category: "damp_mould",
        title: "Mould",
        description: "Bathroom ceiling",
        urgency: "low",
        entryPermission: true,
      },
      w.owner,
    );
    expect(res.status, res.text).toBe(201);
    const id = (res.json as { request: { id: string } }).request.id;
    const rows = await feedRowsOf(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.lease_id).toBeNull();
    const { renter } = await addRenter(w.owner, apartmentId, { startDate: "2026-01-01" });
    const feed = await rawCall("GET", `/api/apartments/${apartmentId}/activities`, undefined, renter);
    expect(feed.status, feed.text).toBe(200);
    expect((feed.json as { results: Activity[] }).results.some((a) => a.maintenanceRequestId === id)).toBe(false);
  });
});
