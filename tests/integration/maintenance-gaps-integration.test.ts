import { beforeAll, describe, expect, it } from "vitest";
import type { RequestDetail } from "../../worker/maintenance/contract";
import { rawCall, type Caller } from "../setup/client";
import { postExpense } from "../setup/expenses";
import { addMember, addRenter, createApartment, env, signUpLandlord, type Landlord } from "../setup/helpers";

/**
 * Issue 15, a fresh tester's findings, each as a rule of the API: costs in the org's currency and only while
 * they can still become an expense; a reopen keeps the renter's rating (every rating stays in the history);
 * staff close a resolved request only once the renter rated it or their 14-day reopen window ended; one
 * assignee at a time; a PATCH or a schedule that changes nothing writes, records and sends nothing.
 */
type World = {
  owner: Landlord;
  renter: Caller & { email: string };
  member: Caller & { userId: string };
  apartmentId: string;
  propertyId: string;
  vendorId: string;
};
let w: World;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  const owner = await signUpLandlord("Gaps Org");
  const member = await addMember(owner, "maintenance");
  const { apartmentId, propertyId } = await createApartment(owner, "G1");
  const { renter } = await addRenter(owner, apartmentId);
  const vendor = await rawCall("POST", "/api/vendors", { name: "Plomberie Gap", trade: "Plombier" }, owner);
  expect(vendor.status, vendor.text).toBe(201);
  w = { owner, renter, member, apartmentId, propertyId, vendorId: (vendor.json as { id: string }).id };
}, 120_000);

async function report(who: Caller = w.renter): Promise<string> {
  const created = await rawCall(
    "POST",
    `/api/apartments/${w.apartmentId}/maintenance-requests`,
    { category: "plumbing", title: "Fuite", description: "Sous l’évier", urgency: "normal", entryPermission: true },
    who,
  );
  expect(created.status, created.text).toBe(201);
  return (created.json as { request: { id: string } }).request.id;
}

const act = (id: string, action: string, who: Caller, body: object = {}) =>
  rawCall("POST", `/api/maintenance-requests/${id}/${action}`, body, who);

async function detailOf(id: string, who: Caller = w.owner): Promise<RequestDetail> {
  const res = await rawCall("GET", `/api/maintenance-requests/${id}`, undefined, who);
  expect(res.status, res.text).toBe(200);
  return res.json as RequestDetail;
}

/** Triages (when open) and resolves the request as the owner. */
async function resolve(id: string) {
  const triaged = await act(id, "triage", w.owner);
  expect([200, 409]).toContain(triaged.status);
  const resolved = await act(id, "resolve", w.owner);
  expect(resolved.status, resolved.text).toBe(200);
}

const setStatus = (id: string, status: string) =>
  env.DB.prepare("update maintenance_requests set status = ? where id = ?").bind(status, id).run();

const count = async (sql: string, id: string) => (await env.DB.prepare(sql).bind(id).first<{ n: number }>())!.n;
const costsOf = (id: string) => count("select count(*) as n from maintenance_costs where request_id = ?", id);
const historyOf = (id: string) =>
  count("select count(*) as n from maintenance_request_history where request_id = ?", id);

const cost = { kind: "labour", description: "Joint", amount: 4550, hours: 1.5 };

describe("a logged cost", () => {
  it("in another currency than the org's is refused (422 currency_mismatch), not dropped from the expense", async () => {
    const id = await report();
    const usd = await act(id, "costs", w.owner, { ...cost, currency: "USD" });
    expect([usd.status, usd.problem.code]).toEqual([422, "currency_mismatch"]);
    expect(await costsOf(id)).toBe(0);
    const eur = await act(id, "costs", w.owner, { ...cost, currency: "EUR" });
    expect(eur.status, eur.text).toBe(201);
  });

  it("on a closed or cancelled request, or once recorded as an expense, is refused (409) and said why", async () => {
    for (const status of ["closed", "cancelled"]) {
      const id = await report();
      await setStatus(id, status);
      const res = await act(id, "costs", w.owner, cost);
      expect([res.status, res.problem.code]).toEqual([409, "costs_finished"]);
      expect((await detailOf(id)).viewer).toMatchObject({ canLogCosts: false, costsLocked: "finished" });
      expect(await costsOf(id)).toBe(0);
    }
    const id = await report();
    expect((await act(id, "costs", w.owner, cost)).status).toBe(201);
    const expense = await postExpense(w.owner, { propertyId: w.propertyId, maintenanceRequestId: id });
    expect(expense.status, expense.text).toBe(201);
    const after = await act(id, "costs", w.owner, cost);
    expect([after.status, after.problem.code]).toEqual([409, "costs_recorded"]);
    expect((await detailOf(id)).viewer).toMatchObject({ canLogCosts: false, costsLocked: "recorded" });
    expect(await costsOf(id)).toBe(1);
  });
});

describe("the renter's rating", () => {
  it("survives a reopen; after the next resolution a new one is given; both stay in the history", async () => {
    const id = await report();
    await resolve(id);
    expect((await act(id, "rating", w.renter, { stars: 2, comment: "Encore un goutte-à-goutte" })).status).toBe(200);
    const reopened = await act(id, "reopen", w.renter);
    expect(reopened.status, reopened.text).toBe(200);
    expect((reopened.json as { request: RequestDetail["request"] }).request.rating).toEqual({
      stars: 2,
      comment: "Encore un goutte-à-goutte",
    });
    await resolve(id);
    expect((await detailOf(id, w.renter)).viewer.canRate).toBe(true);
    expect((await act(id, "rating", w.renter, { stars: 5 })).status).toBe(200);
    const again = await act(id, "rating", w.renter, { stars: 1 });
    expect([again.status, again.problem.code]).toEqual([409, "already_rated"]);
    const detail = await detailOf(id, w.renter);
    expect(detail.request.rating).toEqual({ stars: 5, comment: null });
    expect(detail.history.filter((h) => h.action === "rate").map((h) => h.note)).toEqual([
      "★★☆☆☆\nEncore un goutte-à-goutte",
      "★★★★★",
    ]);
  });
});

describe("closing a resolved request", () => {
  it("waits for the renter's rating or the end of their 14-day reopen window (409 reopen_window_open)", async () => {
    const id = await report();
    await resolve(id);
    const early = await act(id, "close", w.owner);
    expect([early.status, early.problem.code]).toEqual([409, "reopen_window_open"]);
    expect(early.problem.errors?.[0]?.path).toBe("closableFrom");
    const viewer = (await detailOf(id)).viewer;
    expect(viewer.actions).not.toContain("close");
    expect(Date.parse(viewer.closableFrom!)).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    expect((await act(id, "rating", w.renter, { stars: 4 })).status).toBe(200);
    expect((await detailOf(id)).viewer).toMatchObject({ closableFrom: null });
    expect((await act(id, "close", w.owner)).status).toBe(200);

    const old = await report();
    await resolve(old);
    const fifteenDaysAgo = new Date(Date.now() - 15 * 86_400_000).toISOString();
    await env.DB.prepare("update maintenance_requests set resolved_at = ? where id = ?")
      .bind(fifteenDaysAgo, old)
      .run();
    expect((await act(old, "close", w.owner)).status).toBe(200);
  });

  it("closes at once a request no renter can reopen (opened by staff on a flat without a current lease)", async () => {
    const { apartmentId } = await createApartment(w.owner, "G2");
    const created = await rawCall(
      "POST",
      `/api/apartments/${apartmentId}/maintenance-requests`,
      { category: "other", title: "Contrôle", description: "Vu en visite", urgency: "low", entryPermission: false },
      w.owner,
    );
    const id = (created.json as { request: { id: string } }).request.id;
    await resolve(id);
    expect((await act(id, "close", w.owner)).status).toBe(200);
  });
});

describe("the assignee", () => {
  it("is one at a time: a vendor replaces the member and back; both at once 422 one_assignee", async () => {
    const id = await report();
    const patch = (body: object) => rawCall("PATCH", `/api/maintenance-requests/${id}`, body, w.owner);
    expect((await patch({ assigneeUserId: w.member.userId })).status).toBe(200);
    const vendor = await patch({ vendorId: w.vendorId });
    expect((vendor.json as { request: object }).request).toMatchObject({ vendorId: w.vendorId, assigneeUserId: null });
    const member = await patch({ assigneeUserId: w.member.userId });
    expect((member.json as { request: object }).request).toMatchObject({
      vendorId: null,
      assigneeUserId: w.member.userId,
    });
    const both = await patch({ assigneeUserId: w.member.userId, vendorId: w.vendorId });
    expect([both.status, both.problem.code]).toEqual([422, "one_assignee"]);
    expect((await detailOf(id)).request).toMatchObject({ vendorId: null, assigneeUserId: w.member.userId });
  });
});

describe("a change that changes nothing", () => {
  it("scheduling the same visit again answers 200 with no write, no history row and no email", async () => {
    const id = await report();
    expect((await act(id, "triage", w.owner)).status).toBe(200);
    const visit = { date: inDays(5), from: "09:00", to: "12:00" };
    expect((await act(id, "schedule", w.owner, { scheduledFor: visit })).status).toBe(200);
    const before = await detailOf(id);
    const rows = await historyOf(id);
    expect(await renterMails(id, 2)).toBe(2);
    const again = await act(id, "schedule", w.owner, { scheduledFor: visit });
    expect(again.status, again.text).toBe(200);
    const bare = await act(id, "schedule", w.owner);
    expect(bare.status, bare.text).toBe(200);
    const patched = await rawCall("PATCH", `/api/maintenance-requests/${id}`, { scheduledFor: visit }, w.owner);
    expect(patched.status, patched.text).toBe(200);
    expect(await historyOf(id)).toBe(rows);
    expect((await detailOf(id)).request.updatedAt).toBe(before.request.updatedAt);
    // The renter heard of the triage, the visit and its move: three mails, none from the no-ops.
    const moved = await act(id, "schedule", w.owner, { scheduledFor: { ...visit, from: "14:00", to: "17:00" } });
    expect(moved.status).toBe(200);
    expect(await historyOf(id)).toBe(rows + 1);
    expect(await renterMails(id, 3)).toBe(3);
  });
});

/**
 * The renter's maintenance mails about request `id` (its link names it), once at least `n` have arrived (the
 * email queue delivers them), and no more after a further pass over the queue's delivery: answers how many.
 */
async function renterMails(id: string, n: number): Promise<number> {
  const read = async () => {
    const res = await rawCall("GET", `/api/dev/mail?to=${encodeURIComponent(w.renter.email)}`);
    return (res.json as { results: { template: string; text: string }[] }).results.filter(
      (m) => m.template === "maintenance_update" && m.text.includes(id),
    ).length;
  };
  for (let i = 0; i < 60 && (await read()) < n; i++) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 500));
  return read();
}

describe("maintenance staff and the rent", () => {
  it("get no rentAmount from any apartment list or detail route (owners do)", async () => {
    const shapes = [
      ["/api/apartments", (j: never) => (j as { results: { rentAmount: unknown }[] }).results],
      [`/api/apartments/${w.apartmentId}`, (j: never) => [j as { rentAmount: unknown }]],
      [
        `/api/properties/${w.propertyId}?include=apartments`,
        (j: never) => (j as { apartments: { results: { rentAmount: unknown }[] } }).apartments.results,
      ],
      [
        `/api/apartments/${w.apartmentId}/room`,
        (j: never) => [(j as { apartment: { rentAmount: unknown } }).apartment],
      ],
    ] as const;
    for (const [path, rows] of shapes) {
      const member = await rawCall("GET", path, undefined, w.member);
      expect(member.status, `${path}: ${member.text}`).toBe(200);
      const seen = rows(member.json as never);
      expect(seen.length, path).toBeGreaterThan(0);
      for (const row of seen) expect(row.rentAmount, path).toBeNull();
      const owner = await rawCall("GET", path, undefined, w.owner);
      for (const row of rows(owner.json as never)) expect(typeof row.rentAmount, path).toBe("number");
    }
  });
});

describe("a report's urgency sets the priority it starts with (tester: 'Normale' beside an 'Urgente' badge)", () => {
  it.each([
    ["low", "low"],
    ["normal", "normal"],
    ["urgent", "high"],
    ["emergency", "high"],
  ] as const)("%s → %s, which staff may change after", async (urgency, priority) => {
    const created = await rawCall(
      "POST",
      `/api/apartments/${w.apartmentId}/maintenance-requests`,
      { category: "heating", title: "Radiateur", description: "Froid", urgency, entryPermission: false },
      w.renter,
    );
    expect(created.status, created.text).toBe(201);
    expect((created.json as { request: { priority: string } }).request.priority).toBe(priority);
  });
});
