import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ApartmentRoom } from "../../durable-objects/apartment-room";
import { api, type ApiClient, type JsonInput } from "../setup/client";
import {
  addMember,
  addRenter,
  createApartment,
  env,
  mailTo,
  signUpLandlord,
  waitForMail,
  type Caller,
} from "../setup/helpers";

const paymentSent = { description: "Payment sent for 2026-05, 850.00 EUR", amount: 85000, period: "2026-05" };

async function home() {
  const owner = await signUpLandlord("Feed Lettings");
  const { apartmentId } = await createApartment(owner, "4C");
  const { renter, leaseId } = await addRenter(owner, apartmentId);
  return { owner, renter, apartmentId, leaseId };
}

const post = (
  apartmentId: string,
  body: JsonInput<ApiClient["apartments"][":id"]["activities"]["$post"]>,
  who: Caller,
) => api(who).apartments[":id"].activities.$post({ param: { id: apartmentId }, json: body });
const confirm = (id: string, who: Caller) => api(who).activities[":id"].confirm.$post({ param: { id } });

/** The room's event log entries for one activity (what the room fanned out), polled until `n` arrived. */
async function roomEventsOf(apartmentId: string, activityId: string, n: number) {
  const stub = env.APARTMENT_ROOM.get(env.APARTMENT_ROOM.idFromName(apartmentId));
  for (let i = 0; i < 50; i++) {
    const rows = await runInDurableObject(stub, (_room: ApartmentRoom, state) =>
      state.storage.sql
        .exec<{ seq: number; payload: string }>(
          "select seq, payload from events where dedupe_key like ? order by seq",
          `activity:${activityId}:%`,
        )
        .toArray(),
    );
    if (rows.length >= n) return rows.map((r) => JSON.parse(r.payload) as { status: string });
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`fewer than ${n} room events for ${activityId}`);
}

describe("the apartment activity feed", () => {
  it("renter reports a payment; the owner confirms it once, with who and when", async () => {
    const { owner, renter, apartmentId } = await home();
    const reported = await post(apartmentId, paymentSent, renter);
    expect(reported.status, reported.text).toBe(201);
    expect(reported.json).toMatchObject({
      apartmentId,
      kind: "payment_reported",
      description: paymentSent.description,
      amount: 85000,
      currency: "EUR",
      period: "2026-05",
      authorUserId: renter.userId,
      authorName: "Rita Renter",
      authorSide: "renter",
      status: "pending_confirmation",
      confirmBySide: "landlord",
      confirmedAt: null,
      confirmedBy: null,
    });

    const own = await confirm(reported.json.id, renter);
    expect(own.status).toBe(403);
    expect(own.problem.code).toBe("own_entry");

    const before = Date.now();
    const confirmed = await confirm(reported.json.id, owner);
    expect(confirmed.status, confirmed.text).toBe(200);
    expect(confirmed.json).toMatchObject({
      id: reported.json.id,
      status: "confirmed",
      confirmedBy: owner.userId,
      confirmedByName: "Lena Landlord",
    });
    expect(Date.parse(confirmed.json.confirmedAt!)).toBeGreaterThanOrEqual(before - 1000);

    const again = await confirm(reported.json.id, owner);
    expect(again.status).toBe(409);
    expect(again.problem.code).toBe("already_confirmed");
    const rejectLate = await api(owner).activities[":id"].reject.$post({
      param: { id: reported.json.id },
      json: { reason: "Changed my mind" },
    });
    expect(rejectLate.status).toBe(409);

    // Both sides read the same, confirmed entry.
    for (const who of [owner, renter]) {
      const feed = await api(who).apartments[":id"].activities.$get({ param: { id: apartmentId } });
      expect(feed.json.results).toEqual([confirmed.json]);
    }
    expect((await confirm("no-such-activity", owner)).status).toBe(404);
  });

  it("the landlord posts a payment received and asks the renter to confirm; the renter confirms", async () => {
    const { owner, renter, apartmentId } = await home();
    const note = await post(apartmentId, { description: "Boiler serviced on Monday" }, owner);
    expect(note.status).toBe(201);
    expect(note.json).toMatchObject({
      kind: "note",
      status: "posted",
      confirmBySide: null,
      amount: null,
      currency: null,
    });
    expect((await confirm(note.json.id, renter)).status).toBe(409);

    const received = await post(
      apartmentId,
      { description: "Cash received for 2026-06", amount: 85000, period: "2026-06", needsConfirmation: true },
      owner,
    );
    expect(received.status).toBe(201);
    expect(received.json).toMatchObject({
      kind: "payment_received",
      authorSide: "landlord",
      status: "pending_confirmation",
      confirmBySide: "renter",
      currency: "EUR",
    });
    // The landlord side cannot confirm what waits for the renter.
    const manager = await addMember(owner, "manager");
    const wrongSide = await confirm(received.json.id, manager);
    expect(wrongSide.status).toBe(403);
    expect(wrongSide.problem.code).toBe("wrong_side");

    const mail = await waitForMail(renter.email, "confirmation_needed");
    expect(mail.text).toContain("Cash received for 2026-06");
    expect(mail.text).toContain(`/homes/${apartmentId}`);

    const confirmed = await confirm(received.json.id, renter);
    expect(confirmed.status, confirmed.text).toBe(200);
    expect(confirmed.json).toMatchObject({
      status: "confirmed",
      confirmedBy: renter.userId,
      confirmedByName: "Rita Renter",
    });
  });

  it("rejects with a reason; a reason is required", async () => {
    const { owner, renter, apartmentId } = await home();
    const reported = await post(apartmentId, paymentSent, renter);
    const noReason = await api(owner).activities[":id"].reject.$post({
      param: { id: reported.json.id },
      json: { reason: " " },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.problem.errors!.map((e: { path: string }) => e.path)).toEqual(["reason"]);
    const rejected = await api(owner).activities[":id"].reject.$post({
      param: { id: reported.json.id },
      json: { reason: "No transfer has arrived yet" },
    });
    expect(rejected.status, rejected.text).toBe(200);
    expect(rejected.json).toMatchObject({
      status: "rejected",
      rejectedReason: "No transfer has arrived yet",
      confirmedBy: owner.userId,
      confirmedByName: "Lena Landlord",
    });
    expect((await confirm(reported.json.id, owner)).problem.code).toBe("already_rejected");
  });

  it("maintenance staff may post but not confirm payments; confirmation_needed goes to owners and managers only", async () => {
    const { owner, renter, apartmentId } = await home();
    const maintenance = await addMember(owner, "maintenance");
    const manager = await addMember(owner, "manager");
    const seen = await Promise.all(
      [owner, manager, maintenance].map(async (m) => (await mailTo(m.email)).map((x) => x.id)),
    );

    const reported = await post(apartmentId, paymentSent, renter);
    expect(reported.status).toBe(201);
    const denied = await confirm(reported.json.id, maintenance);
    expect(denied.status).toBe(403);
    expect(denied.problem.code).toBe("forbidden");
    expect(
      (
        await api(maintenance).activities[":id"].reject.$post({
          param: { id: reported.json.id },
          json: { reason: "Not mine to decide" },
        })
      ).status,
    ).toBe(403);
    expect((await post(apartmentId, { description: "Replaced the kitchen tap" }, maintenance)).status).toBe(201);

    for (const [i, who] of [owner, manager].entries()) {
      const mail = await waitForMail(who.email, "confirmation_needed", seen[i]);
      expect(mail.subject).toBe("Votre confirmation est attendue");
      expect(mail.text).toContain("Rita Renter a publié dans 12 Rue des Lilas, Lyon — logement 4C");
      expect(mail.text).toContain(paymentSent.description);
      expect(mail.text).toContain(`/apartments/${apartmentId}`);
    }
    expect((await mailTo(maintenance.email)).filter((m) => m.template === "confirmation_needed")).toEqual([]);
    // Still pending: the refused calls changed nothing.
    const feed = await api(owner).apartments[":id"].activities.$get({ param: { id: apartmentId } });
    expect(feed.json.results.find((a) => a.id === reported.json.id)!.status).toBe("pending_confirmation");
  });

  it("20 concurrent confirmations of one activity: exactly one succeeds, the row and the room record it once", async () => {
    const { owner, renter, apartmentId } = await home();
    const manager = await addMember(owner, "manager");
    const reported = await post(apartmentId, paymentSent, renter);
    const id = reported.json.id;

    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => confirm(id, i % 2 ? manager : owner)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array(19).fill(409)]);
    const winner = results.find((r) => r.status === 200)!.json;
    for (const r of results.filter((r) => r.status === 409)) expect(r.problem.code).toBe("already_confirmed");

    const row = await env.DB.prepare(
      "select status, confirmed_by, confirmed_at, updated_at from activities where id = ?",
    )
      .bind(id)
      .first<Record<string, string>>();
    expect(row).toEqual({
      status: "confirmed",
      confirmed_by: winner.confirmedBy,
      confirmed_at: winner.confirmedAt,
      updated_at: winner.updatedAt,
    });
    // The room logged the report and one confirmation, nothing more.
    await roomEventsOf(apartmentId, id, 2);
    await new Promise((r) => setTimeout(r, 200));
    expect((await roomEventsOf(apartmentId, id, 2)).map((e) => e.status)).toEqual([
      "pending_confirmation",
      "confirmed",
    ]);
  });

  it("lists newest first, paginated, the same for both sides", async () => {
    const { owner, renter, apartmentId } = await home();
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const res = await post(apartmentId, { description: `Entry ${i}` }, i % 2 ? owner : renter);
      expect(res.status).toBe(201);
      ids.push(res.json.id);
      await new Promise((r) => setTimeout(r, 2));
    }
    const newestFirst = [...ids].reverse();
    const page1 = await api(renter).apartments[":id"].activities.$get({
      param: { id: apartmentId },
      query: { page: "1", limit: "2" },
    });
    expect(page1.json).toMatchObject({ total: 5, page: 1, limit: 2 });
    expect(page1.json.results.map((a: { id: string }) => a.id)).toEqual(newestFirst.slice(0, 2));
    const page3 = await api(owner).apartments[":id"].activities.$get({
      param: { id: apartmentId },
      query: { page: "3", limit: "2" },
    });
    expect(page3.json.results.map((a: { id: string }) => a.id)).toEqual(newestFirst.slice(4));
    const all = await api(owner).apartments[":id"].activities.$get({ param: { id: apartmentId } });
    expect(all.json.results.map((a: { description: string }) => a.description)).toEqual([
      "Entry 5",
      "Entry 4",
      "Entry 3",
      "Entry 2",
      "Entry 1",
    ]);
    expect(
      (await api(owner).apartments[":id"].activities.$get({ param: { id: apartmentId }, query: { limit: "500" } }))
        .status,
    ).toBe(400);
  });

  it("validates entries", async () => {
    const { renter, apartmentId } = await home();
    const bad = await post(apartmentId, { description: "", amount: 12.5, period: "2026-13" }, renter);
    expect(bad.status).toBe(400);
    expect(bad.problem.errors!.map((e: { path: string }) => e.path).sort()).toEqual([
      "amount",
      "description",
      "period",
    ]);
    expect((await post(apartmentId, { description: "x".repeat(2001) }, renter)).status).toBe(400);
    expect((await post(apartmentId, { description: "Paid", amount: 0 }, renter)).status).toBe(400);
    expect((await api(renter).apartments[":id"].activities.$get({ param: { id: apartmentId } })).json.total).toBe(0);
  });

  it("a renter whose lease ended reads the feed of their tenure but can no longer post", async () => {
    const owner = await signUpLandlord();
    const { apartmentId } = await createApartment(owner);
    const { renter } = await addRenter(owner, apartmentId, {
      startDate: "2024-01-01",
      endDate: "2025-06-30",
      kind: "furnished",
    });
    // An entry of their tenure (written as it was then), and one posted now, after it (issue 11 §2: not theirs).
    const during = crypto.randomUUID();
    await env.DB.prepare(
      `insert into activities (id, org_id, apartment_id, lease_id, kind, description, author_user_id, author_name,
         author_side, status, created_at, updated_at)
       values (?, ?, ?, null, 'note', 'Boiler serviced', ?, 'Lena Landlord', 'landlord', 'posted', ?, ?)`,
    )
      .bind(during, owner.orgId, apartmentId, owner.userId, "2025-03-01T09:00:00.000Z", "2025-03-01T09:00:00.000Z")
      .run();
    const note = await post(apartmentId, { description: "New tenant moves in Monday" }, owner);
    expect(note.status).toBe(201);

    const feed = await api(renter).apartments[":id"].activities.$get({ param: { id: apartmentId } });
    expect(feed.status).toBe(200);
    expect(feed.json.results.map((a: { id: string }) => a.id)).toEqual([during]);
    expect(feed.json.total).toBe(1);
    const refused = await post(apartmentId, paymentSent, renter);
    expect(refused.status).toBe(403);
    expect(refused.problem.code).toBe("read_only");
    const homes = await api(renter).me.homes.$get();
    expect(homes.json.results).toEqual([expect.objectContaining({ apartmentId, status: "ended" })]);
    expect((await api(owner).apartments[":id"].activities.$get({ param: { id: apartmentId } })).json.total).toBe(2);
  });
});
