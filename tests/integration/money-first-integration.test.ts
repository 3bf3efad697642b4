import { describe, expect, it } from "vitest";
import { addDays, todayIn } from "../../worker/lib/calendar";
import { api, type ApiClient, type JsonInput } from "../setup/client";
import { addMember, addRenter, createApartment, env, signUpLandlord, type Caller } from "../setup/helpers";

/**
 * Issue 14 §1 "money first": a payment's method and day received, the landlord's "Record a payment" without a
 * note, refusals that write nothing, the audit rows of reported / recorded / confirmed payments, and the
 * apartment page's list of payments waiting for confirmation (in its one read).
 */

async function home() {
  const owner = await signUpLandlord("Money First Lettings");
  const { apartmentId } = await createApartment(owner, "7B");
  const { renter, leaseId } = await addRenter(owner, apartmentId);
  return { owner, renter, apartmentId, leaseId };
}

const post = (
  apartmentId: string,
  body: JsonInput<ApiClient["apartments"][":id"]["activities"]["$post"]>,
  who: Caller,
) => api(who).apartments[":id"].activities.$post({ param: { id: apartmentId }, json: body });

/** Row counts that a refused post must leave unchanged. */
async function counts(apartmentId: string, leaseId: string) {
  const one = (q: string, v: string) => env.DB.prepare(q).bind(v).first<{ n: number }>();
  const [a, l, au] = await Promise.all([
    one("select count(*) as n from activities where apartment_id = ?", apartmentId),
    one("select count(*) as n from ledger_entries where lease_id = ? and kind = 'payment'", leaseId),
    one("select count(*) as n from audit_log where details like ?", `%${leaseId}%`),
  ]);
  return { activities: a?.n, payments: l?.n, audit: au?.n };
}

/** The payment's domain events (the request floor's `METHOD /api/…` rows are the audit-trail suite's business). */
const auditOf = (activityId: string) =>
  env.DB.prepare(
    "select action, actor_user_id as actor, details from audit_log where target_id = ? and action not like '% /api/%' order by at",
  )
    .bind(activityId)
    .all<{ action: string; actor: string; details: string }>()
    .then((r) => r.results);

const today = () => todayIn("Europe/Paris");

describe("money first: payments with a method and a day received", () => {
  it("a renter reports a transfer without a note; the owner confirms; each step is audited once", async () => {
    const { owner, renter, apartmentId, leaseId } = await home();
    const day = addDays(today(), -2);
    const reported = await post(
      apartmentId,
      { amount: 85000, period: "2026-01", method: "transfer", receivedOn: day },
      renter,
    );
    expect(reported.status, reported.text).toBe(201);
    expect(reported.json).toMatchObject({
      kind: "payment_reported",
      description: "",
      method: "transfer",
      receivedOn: day,
      status: "pending_confirmation",
      leaseId,
    });

    // The apartment page lists it at the top for the landlord, and for the renter who reported it.
    for (const who of [owner, renter]) {
      const page = await api(who).apartments[":id"].room.$get({ param: { id: apartmentId } });
      expect(page.status, page.text).toBe(200);
      expect(page.json.pendingPayments.map((p) => p.id)).toEqual([reported.json.id]);
    }

    const confirmed = await api(owner).activities[":id"].confirm.$post({ param: { id: reported.json.id } });
    expect(confirmed.status, confirmed.text).toBe(200);
    const again = await api(owner).activities[":id"].confirm.$post({ param: { id: reported.json.id } });
    expect(again.problem.code).toBe("already_confirmed");

    const audit = await auditOf(reported.json.id);
    expect(audit.map((a) => [a.action, a.actor])).toEqual([
      ["payment.reported", renter.userId],
      ["payment.confirmed", owner.userId],
    ]);
    expect(JSON.parse(audit[0]?.details ?? "{}")).toMatchObject({ amount: 85000, method: "transfer", receivedOn: day });

    const page = await api(owner).apartments[":id"].room.$get({ param: { id: apartmentId } });
    expect(page.json.pendingPayments).toEqual([]);
    const ledger = page.json.ledgers.find((l) => l.leaseId === leaseId);
    expect(ledger?.periods.find((p) => p.period === "2026-01")?.status).toBe("paid");
  });

  it("the landlord records a cash payment (amount, day, method, lease) without a note: on the ledger at once", async () => {
    const { owner, apartmentId, leaseId } = await home();
    const before = await api(owner).leases[":id"].ledger.$get({ param: { id: leaseId } });
    const recorded = await post(
      apartmentId,
      { amount: 40000, period: "2026-02", method: "cash", receivedOn: today(), leaseId },
      owner,
    );
    expect(recorded.status, recorded.text).toBe(201);
    expect(recorded.json).toMatchObject({
      kind: "payment_received",
      status: "posted",
      method: "cash",
      receivedOn: today(),
    });
    const after = await api(owner).leases[":id"].ledger.$get({ param: { id: leaseId } });
    expect(after.json.balance).toBe(before.json.balance - 40000);
    expect((await auditOf(recorded.json.id)).map((a) => a.action)).toEqual(["payment.recorded"]);
  });

  it("the day received defaults to today in the org's time zone; a note carries neither method nor day", async () => {
    const { owner, renter, apartmentId } = await home();
    const reported = await post(apartmentId, { amount: 1000, method: "card" }, renter);
    expect(reported.json.receivedOn).toBe(today());
    const note = await post(apartmentId, { description: "The boiler makes a noise" }, owner);
    expect(note.status, note.text).toBe(201);
    expect(note.json).toMatchObject({ kind: "note", method: null, receivedOn: null });
    expect(await auditOf(note.json.id)).toEqual([]);
  });

  it("refusals write nothing: a day in the future, an unknown method, a method on a note, no note and no amount", async () => {
    const { owner, renter, apartmentId, leaseId } = await home();
    const start = await counts(apartmentId, leaseId);

    const future = await post(apartmentId, { amount: 1000, receivedOn: addDays(today(), 2) }, renter);
    expect(future.status, future.text).toBe(422);
    expect(future.problem.code).toBe("received_in_future");
    const recordedFuture = await post(apartmentId, { amount: 1000, receivedOn: addDays(today(), 2), leaseId }, owner);
    expect(recordedFuture.problem.code).toBe("received_in_future");

    const cases: unknown[] = [
      { amount: 1000, method: "bitcoin" },
      { amount: 1000, receivedOn: "2026-02-30" },
      { description: "hello", method: "cash" },
      { period: "2026-01" },
    ];
    for (const body of cases) {
      const res = await post(apartmentId, body as never, renter);
      expect([400, 422], `${JSON.stringify(body)}: ${res.text}`).toContain(res.status);
      expect(res.problem.code).toMatch(/^(invalid_input|bad_request)$/);
    }
    const old = await post(apartmentId, { amount: 1000, receivedOn: "1800-01-01" }, renter);
    expect(old.problem.code).toBe("date_out_of_range");
    expect(await counts(apartmentId, leaseId)).toEqual(start);
  });

  it("maintenance staff cannot record a payment (403), and nothing is written", async () => {
    const { owner, apartmentId, leaseId } = await home();
    const staff = await addMember(owner, "maintenance");
    const start = await counts(apartmentId, leaseId);
    const res = await post(apartmentId, { amount: 1000, method: "cash", leaseId }, staff);
    expect(res.status, res.text).toBe(403);
    expect(await counts(apartmentId, leaseId)).toEqual(start);
  });
});
