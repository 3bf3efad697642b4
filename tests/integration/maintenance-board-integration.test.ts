import { beforeAll, describe, expect, it } from "vitest";
import { api, rawCall, type Caller } from "../setup/client";
import { addRenter, createApartment, env, signUpLandlord } from "../setup/helpers";

/**
 * Issue 15 §2: the board's per-status `counts` cover the whole filtered set (every page, every filter but
 * `status`), `overdue=1` filters what is overdue, and the dashboard counts open and overdue requests in its
 * one round trip.
 */
type Board = {
  results: { id: string; status: string; overdue: boolean }[];
  total: number;
  counts: Record<string, number>;
};
const board = async (who: Caller, query: string) => {
  const res = await rawCall("GET", `/api/maintenance-requests?${query}`, undefined, who);
  expect(res.status, res.text).toBe(200);
  expect(res.headers.get("x-d1-round-trips")).toBe("1");
  return res.json as Board;
};

let owner: Caller & { orgId: string };
let ids: string[];

beforeAll(async () => {
  owner = await signUpLandlord("Board Counts");
  const { apartmentId } = await createApartment(owner, "B1");
  const { renter } = await addRenter(owner, apartmentId);
  ids = [];
  for (const urgency of ["normal", "normal", "urgent", "emergency", "low"] as const) {
    const res = await rawCall(
      "POST",
      `/api/apartments/${apartmentId}/maintenance-requests`,
      { category: "other", title: `Req ${urgency}`, description: "x", urgency, entryPermission: false },
      renter,
    );
    expect(res.status, res.text).toBe(201);
    ids.push((res.json as { request: { id: string } }).request.id);
  }
  expect((await rawCall("POST", `/api/maintenance-requests/${ids[0]}/triage`, {}, owner)).status).toBe(200);
  expect((await rawCall("POST", `/api/maintenance-requests/${ids[1]}/cancel`, {}, owner)).status).toBe(200);
  // The emergency was reported two hours ago: overdue (open past 1 hour).
  const past = new Date(Date.now() - 2 * 3600 * 1000).toISOString();
  await env.DB.prepare("UPDATE maintenance_requests SET created_at = ? WHERE id = ?").bind(past, ids[3]).run();
}, 120_000);

describe("board counts and the dashboard's maintenance figures", () => {
  it("counts per status over every page, not the page shown", async () => {
    const first = await board(owner, "page=1&limit=2");
    expect(first.results).toHaveLength(2);
    expect(first.total).toBe(5);
    expect(first.counts).toEqual({
      open: 3,
      triaged: 1,
      scheduled: 0,
      in_progress: 0,
      resolved: 0,
      closed: 0,
      cancelled: 1,
      reopened: 0,
    });
    // A status filter narrows the page, not the counts (each tab keeps its number).
    const open = await board(owner, "status=open&page=2&limit=2");
    expect(open.total).toBe(3);
    expect(open.results).toHaveLength(1);
    expect(open.counts.open).toBe(3);
    expect(open.counts.cancelled).toBe(1);
    // Other filters narrow the counts.
    const urgent = await board(owner, "urgency=urgent");
    expect(urgent.counts.open).toBe(1);
    expect(urgent.counts.cancelled).toBe(0);
  });

  it("overdue=1: only what is overdue", async () => {
    const overdue = await board(owner, "overdue=1");
    expect(overdue.results.map((r) => r.id)).toEqual([ids[3]]);
    expect(overdue.results[0]!.overdue).toBe(true);
    expect(overdue.counts.open).toBe(1);
  });

  it("the dashboard: open (still to be done) and overdue, in its one round trip", async () => {
    const res = await api(owner).dashboard.$get({ query: {} });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("x-d1-round-trips")).toBe("1");
    expect(res.json.maintenance).toEqual({ open: 4, overdue: 1 });
  });
});
