import { describe, expect, it } from "vitest";
import { addDays, todayIn } from "../../worker/lib/calendar";
import { api, type ApiClient, type JsonInput } from "../setup/client";
import { addMember, addRenter, createApartment, env, signUpLandlord, type Caller } from "../setup/helpers";

/**
 * One open claim per month (issue 14 tester): a manager who recorded the transfer a renter had already
 * reported counted the month twice once the report was confirmed. While a payment for a lease's month waits
 * for confirmation, no other payment for that month is posted (renter, manager, owner, or paid online): 409
 * `payment_pending`, in the caller's language, naming the waiting one, and nothing written. Once it is
 * settled (confirmed, or rejected), the month takes payments again.
 */

async function home() {
  const owner = await signUpLandlord("Twin Payments Lettings");
  const { apartmentId } = await createApartment(owner, "3C");
  const { renter, leaseId } = await addRenter(owner, apartmentId);
  const manager = await addMember(owner, "manager");
  return { owner, manager, renter, apartmentId, leaseId };
}

const post = (
  apartmentId: string,
  body: JsonInput<ApiClient["apartments"][":id"]["activities"]["$post"]>,
  who: Caller,
  headers: Record<string, string> = {},
) => api({ ...who, headers }).apartments[":id"].activities.$post({ param: { id: apartmentId }, json: body });

/** What a refused post must leave as it was: the lease's payment activities, ledger payments and audit rows. */
async function written(leaseId: string) {
  const one = (q: string) => env.DB.prepare(q).bind(leaseId).first<{ n: number }>();
  const [activities, ledger, audit] = await Promise.all([
    one("select count(*) as n from activities where lease_id = ? and amount is not null"),
    one("select count(*) as n from ledger_entries where lease_id = ? and kind = 'payment'"),
    one("select count(*) as n from audit_log where action like 'payment.%' and details like '%' || ? || '%'"),
  ]);
  return { activities: activities?.n, ledger: ledger?.n, audit: audit?.n };
}

const day = () => addDays(todayIn("Europe/Paris"), -1);

/** The month `period` charged on the lease's ledger (850 €), as the daily rent run would. */
const charge = (leaseId: string, period: string) =>
  env.DB.prepare(
    "insert into ledger_entries (id, org_id, lease_id, kind, amount, currency, period, source_ref, created_by, created_at) select ?, org_id, id, 'charge', 85000, currency, ?, 'test:' || ? || id, created_by, ? from leases where id = ?",
  )
    .bind(crypto.randomUUID(), period, period, new Date().toISOString(), leaseId)
    .run();

/** The renter starts a rent checkout (a fresh Idempotency-Key each time). */
const checkout = (renter: Caller, leaseId: string, json: { period?: string }) =>
  api({ ...renter, headers: { "idempotency-key": `twin-${crypto.randomUUID()}` } }).leases[":id"].checkout.$post({
    param: { id: leaseId },
    json,
  });

describe("a month with a payment waiting for confirmation takes no second payment", () => {
  it("the manager's 'Record a payment' after the renter's report: 409 in French, nothing written; confirm the report instead", async () => {
    const { owner, manager, renter, apartmentId, leaseId } = await home();
    const reported = await post(
      apartmentId,
      { amount: 85000, period: "2026-02", method: "transfer", receivedOn: day() },
      renter,
    );
    expect(reported.status, reported.text).toBe(201);
    const before = await written(leaseId);

    const recorded = await post(
      apartmentId,
      { amount: 85000, period: "2026-02", method: "transfer", receivedOn: day() },
      manager,
      { "accept-language": "fr" },
    );
    expect(recorded.status, recorded.text).toBe(409);
    // The problem names the waiting payment (RFC 9457 extension members) so a screen can point at it.
    expect(JSON.parse(recorded.text)).toMatchObject({
      code: "payment_pending",
      pendingActivityId: reported.json.id,
      pendingAmount: 85000,
      pendingSide: "renter",
    });
    expect(recorded.problem.detail).toBe(
      "Un paiement pour ce loyer attend déjà d’être confirmé : il doit d’abord être confirmé ou refusé.",
    );
    expect(await written(leaseId)).toEqual(before);

    // The renter posting the same month twice (a double tap, another device) is refused the same way.
    const again = await post(
      apartmentId,
      { amount: 85000, period: "2026-02", method: "transfer", receivedOn: day() },
      renter,
    );
    expect(again.status).toBe(409);
    expect(again.problem.code).toBe("payment_pending");

    // Leaving the month out does not get round it (reviewer): a payment naming no month may be for any.
    const noMonth = await post(apartmentId, { amount: 85000, method: "transfer", receivedOn: day() }, manager);
    expect(noMonth.status).toBe(409);
    expect(noMonth.problem.code).toBe("payment_pending");

    // Another month is free.
    const march = await post(
      apartmentId,
      { amount: 85000, period: "2026-03", method: "cash", receivedOn: day() },
      owner,
    );
    expect(march.status, march.text).toBe(201);

    // Confirmed once: the month is paid once.
    const confirmed = await api(owner).activities[":id"].confirm.$post({ param: { id: reported.json.id } });
    expect(confirmed.status, confirmed.text).toBe(200);
    const paid = await env.DB.prepare(
      "select sum(-amount) as paid from ledger_entries where lease_id = ? and kind = 'payment' and period = '2026-02'",
    )
      .bind(leaseId)
      .first<{ paid: number }>();
    expect(paid?.paid).toBe(85000);

    // Settled, the month takes a further payment (a second instalment, say).
    const second = await post(
      apartmentId,
      { amount: 5000, period: "2026-02", method: "cash", receivedOn: day() },
      manager,
    );
    expect(second.status, second.text).toBe(201);
  });

  it("a landlord's payment asking the renter to confirm holds the month too; a rejection frees it", async () => {
    const { owner, renter, apartmentId, leaseId } = await home();
    const asked = await post(
      apartmentId,
      { amount: 85000, period: "2026-04", method: "transfer", receivedOn: day(), needsConfirmation: true },
      owner,
    );
    expect(asked.status, asked.text).toBe(201);
    const reported = await post(
      apartmentId,
      { amount: 85000, period: "2026-04", method: "transfer", receivedOn: day() },
      renter,
    );
    expect(reported.status).toBe(409);
    expect(JSON.parse(reported.text)).toMatchObject({ code: "payment_pending", pendingSide: "landlord" });

    const rejected = await api(renter).activities[":id"].reject.$post({
      param: { id: asked.json.id },
      json: { reason: "Not received by me: my transfer left on the 5th" },
    });
    expect(rejected.status, rejected.text).toBe(200);
    const after = await post(
      apartmentId,
      { amount: 85000, period: "2026-04", method: "transfer", receivedOn: day() },
      renter,
    );
    expect(after.status, after.text).toBe(201);
    expect((await written(leaseId)).activities).toBe(2);
  });

  it("a reported payment naming no month holds every month of the lease", async () => {
    const { owner, renter, apartmentId } = await home();
    const vague = await post(apartmentId, { amount: 85000, method: "transfer", receivedOn: day() }, renter);
    expect(vague.status, vague.text).toBe(201);
    const march = await post(
      apartmentId,
      { amount: 85000, period: "2026-03", method: "cash", receivedOn: day() },
      owner,
    );
    expect(march.status).toBe(409);
    expect(march.problem.code).toBe("payment_pending");
  });

  it("a checkout under way holds its month: a transfer reported for it meanwhile is refused", async () => {
    const { renter, apartmentId, leaseId } = await home();
    await charge(leaseId, "2026-06");
    const started = await checkout(renter, leaseId, { period: "2026-06" });
    expect(started.status, started.text).toBe(200);
    const reported = await post(
      apartmentId,
      { amount: 85000, period: "2026-06", method: "transfer", receivedOn: day() },
      renter,
    );
    expect(reported.status).toBe(409);
    expect(reported.problem.code).toBe("payment_pending");
    // A second checkout for the same month (another key) is refused too.
    const again = await checkout(renter, leaseId, { period: "2026-06" });
    expect(again.status).toBe(409);
    expect(again.problem.code).toBe("payment_pending");
  });

  it("paying online while a reported payment of that rent waits: 409 payment_pending, no checkout started", async () => {
    const { owner, renter, apartmentId, leaseId } = await home();
    await charge(leaseId, "2026-05");
    const reported = await post(
      apartmentId,
      { amount: 85000, period: "2026-05", method: "transfer", receivedOn: day() },
      renter,
    );
    expect(reported.status, reported.text).toBe(201);
    for (const json of [{ period: "2026-05" }, {}]) {
      const started = await checkout(renter, leaseId, json);
      expect(started.status, started.text).toBe(409);
      expect(started.problem.code).toBe("payment_pending");
    }
    const payments = await env.DB.prepare("select count(*) as n from payments where lease_id = ?")
      .bind(leaseId)
      .first<{ n: number }>();
    expect(payments?.n).toBe(0);
    void owner;
  });
});
