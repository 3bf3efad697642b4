import { inject } from "vitest";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import Stripe from "stripe";
import { exports } from "cloudflare:workers";
import { chargeDueRent } from "../../worker/rent/charges";
import { createDb } from "../../worker/db/client";
import { api, type ApiClient, type JsonInput } from "../setup/client";
import { addRenter, BASE, createApartment, env, signUpLandlord, signUpRenter, type Caller } from "../setup/helpers";
import { expectConsoleError } from "../setup/console";
import { applyTo, completeDossier, createListing } from "../setup/listings";

/**
 * Online payments with the real Stripe SDK: its API calls go to tests/setup/fake-stripe.ts, and webhook
 * payloads are signed with the SDK's own test header generator.
 */
const stripe = new Stripe("sk_test_rentline_fake", { httpClient: Stripe.createFetchHttpClient() });
const crypto = Stripe.createSubtleCryptoProvider();
const SECRET = "whsec_test_rentline_fake";
const fake = inject("stripeApi");

async function deliver(event: object, { secret = SECRET, timestamp }: { secret?: string; timestamp?: number } = {}) {
  const payload = JSON.stringify(event);
  const header = await stripe.webhooks.generateTestHeaderStringAsync({
    payload,
    secret,
    timestamp,
    cryptoProvider: crypto,
  });
  const res = await exports.default.fetch(
    new Request(`${BASE}/api/stripe/webhook`, {
      method: "POST",
      headers: { "stripe-signature": header, "content-type": "application/json" },
      body: payload,
    }),
  );
  return { status: res.status, json: await res.json<Record<string, unknown>>() };
}

const entriesOf = async (leaseId: string) =>
  (
    await env.DB.prepare(
      "select kind, amount, period, source_ref from ledger_entries where lease_id = ? order by created_at, id",
    )
      .bind(leaseId)
      .all<{ kind: string; amount: number; period: string | null; source_ref: string }>()
  ).results;

async function leaseWithRent() {
  const owner = await signUpLandlord("Stripe Lettings");
  const { apartmentId } = await createApartment(owner, "9C");
  const { renter, leaseId } = await addRenter(owner, apartmentId, {
    startDate: "2026-01-01",
    // Two months only: a lease is charged its past months when created (issue 12 §6), whatever today is.
    endDate: "2026-02-28",
    kind: "mobility", // two months: a bail mobilité in France
    dueDay: 5,
    rentAmount: 85000,
  });
  await chargeDueRent(createDb(env.DB), Date.parse("2026-02-10T12:00:00Z"));
  return { owner, renter, apartmentId, leaseId };
}

/** What the fake Stripe recorded (GET /__requests): the parts these tests read. */
const stripeRequests = z.array(
  z.object({
    path: z.string(),
    idempotencyKey: z.string().nullable(),
    body: z
      .object({
        metadata: z.record(z.string(), z.string()).optional(),
        line_items: z.record(z.string(), z.object({ price_data: z.record(z.string(), z.unknown()) })).optional(),
        expires_at: z.string().optional(),
      })
      .loose(),
  }),
);

const checkout = (
  leaseId: string,
  who: Caller,
  body: JsonInput<ApiClient["leases"][":id"]["checkout"]["$post"]>,
  key?: string,
) =>
  api({ ...who, headers: key ? { "idempotency-key": key } : {} }).leases[":id"].checkout.$post({
    param: { id: leaseId },
    json: body,
  });

function paymentEvents(meta: Record<string, string>, pi: string, amount: number, session: string) {
  const e = (id: string, type: string, object: object) => ({
    id,
    object: "event",
    type,
    api_version: "2026-01-01",
    created: Math.floor(Date.now() / 1000),
    data: { object },
  });
  return [
    e(`evt_cs_${pi}`, "checkout.session.completed", {
      id: session,
      object: "checkout.session",
      payment_status: "paid",
      payment_intent: pi,
      amount_total: amount,
      metadata: meta,
    }),
    e(`evt_pi_${pi}`, "payment_intent.succeeded", {
      id: pi,
      object: "payment_intent",
      amount,
      amount_received: amount,
      metadata: meta,
    }),
    e(`evt_ch_${pi}`, "charge.refunded", {
      id: `ch_${pi}`,
      object: "charge",
      payment_intent: pi,
      amount,
      amount_refunded: 20000,
      refunded: false,
    }),
  ];
}

/** A completed, paid Checkout Session event for an application's first payment (69 000 minor units). */
function paidApplicationCheckout(pi: string, applicationId: string, orgId: string) {
  return {
    id: `evt_${pi}`,
    object: "event",
    type: "checkout.session.completed",
    data: {
      object: {
        id: `cs_${pi}`,
        object: "checkout.session",
        payment_status: "paid",
        payment_intent: pi,
        amount_total: 69000,
        metadata: { kind: "application", application_id: applicationId, org_id: orgId },
      },
    },
  };
}

describe("online rent payments (Stripe)", () => {
  it("checkout needs an Idempotency-Key; a replay returns the first checkout, another body with that key → 422", async () => {
    const { renter, owner, leaseId } = await leaseWithRent();
    expect((await checkout(leaseId, renter, {})).problem.code).toBe("idempotency_key_required");
    const key = `chk-${Date.now()}-abcdef`;
    const first = await checkout(leaseId, renter, { period: "2026-02" }, key);
    expect(first.status, first.text).toBe(200);
    expect(first.json).toMatchObject({
      url: expect.stringMatching(/^https:\/\/checkout\.stripe\.com\//),
      amount: 85000,
      currency: "EUR",
    });
    const replay = await checkout(leaseId, renter, { period: "2026-02" }, key);
    expect(replay.json).toEqual(first.json);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    const reused = await checkout(leaseId, renter, { period: "2026-01" }, key);
    expect(reused.status).toBe(422);
    expect(reused.problem.code).toBe("idempotency_key_reused");
    // Stripe was called once for that key, with the amount due and where the money belongs.
    const sent = stripeRequests
      .parse(await (await fetch(`${fake}/__requests`)).json())
      .filter((r) => r.body.metadata?.payment_id === first.json.paymentId);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body.metadata).toMatchObject({ lease_id: leaseId, period: "2026-02" });
    expect(sent[0]!.body.line_items?.["0"]?.price_data).toMatchObject({ currency: "eur", unit_amount: "85000" });
    expect(sent[0]!.idempotencyKey).toBe(`checkout:${first.json.paymentId}`);
    // While February's checkout is open (an hour, its `expires_at`), the balance (which holds February) is not
    // offered a second checkout: 409 payment_pending. Once that checkout has lapsed, it is.
    const held = await checkout(leaseId, renter, {}, `chk-${Date.now()}-held`);
    expect([held.status, held.problem.code]).toEqual([409, "payment_pending"]);
    expect(sent[0]!.body.expires_at).toBeDefined();
    await env.DB.prepare("update payments set created_at = ? where lease_id = ? and status = 'pending'")
      .bind(new Date(Date.now() - 2 * 3600_000).toISOString(), leaseId)
      .run();
    // The whole balance (two months), only by the lease's renters; nothing to pay → 409.
    expect((await checkout(leaseId, renter, {}, `chk-${Date.now()}-balance`)).json.amount).toBe(170000);
    expect((await checkout(leaseId, owner, {}, `chk-${Date.now()}-owner`)).status).toBe(403);
    expect((await checkout(leaseId, await signUpRenter(), {}, `chk-${Date.now()}-other`)).status).toBe(404);
    expect((await checkout(leaseId, renter, { period: "2027-01" }, `chk-${Date.now()}-none`)).status).toBe(409);
    expect((await checkout(leaseId, renter, { period: "2026-13" }, `chk-${Date.now()}-bad`)).status).toBe(400);
    const ledger = await api(renter).leases[":id"].ledger.$get({ param: { id: leaseId } });
    expect(ledger.json.onlinePayments).toBe(true);
  });

  it("adjustments replay with the same Idempotency-Key instead of writing twice", async () => {
    const { owner, leaseId } = await leaseWithRent();
    const who = { ...owner, headers: { "idempotency-key": `adj-${Date.now()}-credit` } };
    const a = await api(who).leases[":id"].adjustments.$post({
      param: { id: leaseId },
      json: { amount: -1000, reason: "Goodwill" },
    });
    const b = await api(who).leases[":id"].adjustments.$post({
      param: { id: leaseId },
      json: { amount: -1000, reason: "Goodwill" },
    });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.json.id).toBe(a.json.id);
    expect((await entriesOf(leaseId)).filter((e) => e.kind === "adjustment")).toHaveLength(1);
    expect(
      (
        await api(who).leases[":id"].adjustments.$post({
          param: { id: leaseId },
          json: { amount: -2000, reason: "Goodwill" },
        })
      ).status,
    ).toBe(422);
  });

  it("each event delivered 5 times, shuffled with its related events → one payment and one refund entry", async () => {
    const { renter, leaseId, owner } = await leaseWithRent();
    const started = await checkout(leaseId, renter, { period: "2026-01" }, `chk-${Date.now()}-events`);
    const meta = { payment_id: started.json.paymentId, lease_id: leaseId, org_id: owner.orgId, period: "2026-01" };
    const pi = `pi_${Date.now()}`;
    // The refund may come before anything else; the webhook then asks Stripe where the intent belongs.
    await fetch(`${fake}/__payment_intents`, { method: "POST", body: JSON.stringify({ id: pi, metadata: meta }) });
    const events = paymentEvents(meta, pi, 85000, `cs_for_${pi}`);
    const deliveries = events.flatMap((e) => Array.from({ length: 5 }, () => e)).sort(() => Math.random() - 0.5);
    const answers = await Promise.all(deliveries.map((e) => deliver(e)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(answers.filter((a) => a.json.duplicate === false)).toHaveLength(3);
    const entries = (await entriesOf(leaseId)).filter((e) => e.source_ref.startsWith("stripe:"));
    expect(entries.map((e) => [e.kind, e.amount]).sort()).toEqual([
      ["payment", -85000],
      ["refund", 20000],
    ]);
    const payment = await env.DB.prepare("select status, payment_intent_id from payments where id = ?")
      .bind(meta.payment_id)
      .first();
    expect(payment).toEqual({ status: "succeeded", payment_intent_id: pi });
    // A second, larger cumulative refund adds only the difference, once.
    const more = {
      ...events[2]!,
      id: `evt_ch2_${pi}`,
      data: { object: { ...events[2]!.data.object, amount_refunded: 85000, refunded: true } },
    };
    await Promise.all([deliver(more), deliver(more), deliver(events[2]!)]);
    const refunds = (await entriesOf(leaseId)).filter((e) => e.kind === "refund");
    expect(refunds.map((e) => e.amount).sort()).toEqual([20000, 65000]);
    expect(
      (await env.DB.prepare("select status from payments where id = ?").bind(meta.payment_id).first())?.status,
    ).toBe("refunded");
    // The balance is the sum: two months charged, paid online, fully refunded.
    const ledger = await api(renter).leases[":id"].ledger.$get({ param: { id: leaseId } });
    expect(ledger.json.balance).toBe(170000);
  });

  it("an accepted application's first payment online confirms it once: place taken, lease created, home opened", async () => {
    const owner = await signUpLandlord("Online First Payment");
    const { apartmentId } = await createApartment(owner, "A1");
    const { listingId } = await createListing(owner, apartmentId, { rooms: [{ capacity: 1, rentAmount: 64000 }] });
    const renter = await signUpRenter("Олена Коваленко");
    const { guarantorId } = await completeDossier(renter);
    const applied = await applyTo(renter, listingId, { guarantorIds: [guarantorId] });
    expect(applied.status, applied.text).toBe(201);
    const id = applied.json.id;
    const pay = (key: string) =>
      api({ ...renter, headers: { "idempotency-key": key } }).applications[":id"].checkout.$post({ param: { id } });
    expect((await pay(`app-${Date.now()}-early`)).problem.code).toBe("not_accepted");
    expect((await api(owner).applications[":id"].accept.$post({ param: { id } })).status).toBe(200);
    const key = `app-${Date.now()}-first`;
    const started = await pay(key);
    expect(started.status, started.text).toBe(200);
    expect(started.json).toMatchObject({
      url: expect.stringMatching(/^https:\/\/checkout\.stripe\.com\//),
      // The first month (a move-in on the 1st: whole), the ad's charges (50,00 €) and its deposit (720,00 €).
      amount: 141000,
      currency: "EUR",
    });
    expect((await pay(key)).json).toEqual(started.json);
    expect(
      (
        await api({
          ...owner,
          headers: { "idempotency-key": `app-${Date.now()}-owner` },
        }).applications[":id"].checkout.$post({ param: { id } })
      ).status,
    ).toBe(403);

    const meta = { kind: "application", application_id: id, org_id: owner.orgId };
    const pi = `pi_app_${Date.now()}`;
    const event = {
      id: `evt_app_${pi}`,
      object: "event",
      type: "checkout.session.completed",
      data: {
        object: {
          id: `cs_app_${pi}`,
          object: "checkout.session",
          payment_status: "paid",
          payment_intent: pi,
          amount_total: 69000,
          metadata: meta,
        },
      },
    };
    const succeeded = {
      id: `evt_app_pi_${pi}`,
      object: "event",
      type: "payment_intent.succeeded",
      data: { object: { id: pi, object: "payment_intent", amount: 69000, amount_received: 69000, metadata: meta } },
    };
    const answers = await Promise.all([event, event, succeeded, event, succeeded].map((e) => deliver(e)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    const app = await api(renter).applications[":id"].$get({ param: { id } });
    expect(app.json.application.status).toBe("confirmed");
    // The history row stores a kind (the system actor) and its value (the payment's reference), not English.
    expect(app.json.history.filter((h) => h.toStatus === "confirmed")).toEqual([
      expect.objectContaining({ actorUserId: "system:payments", actorName: "Stripe", note: pi }),
    ]);
    const leases = await env.DB.prepare("select count(*) as n from leases where apartment_id = ?")
      .bind(apartmentId)
      .first<{ n: number }>();
    expect(leases?.n).toBe(1);
    const homes = await api(renter).me.homes.$get();
    expect(homes.json.results.map((h: { apartmentId: string }) => h.apartmentId)).toEqual([apartmentId]);
  });

  it("a late payment for an application purged since is recorded once (200, no retries for days), nothing confirmed", async () => {
    const owner = await signUpLandlord("Late Payment Lettings");
    const gone = `app-gone-${Date.now()}`;
    const pi = `pi_gone_${Date.now()}`;
    const event = paidApplicationCheckout(pi, gone, owner.orgId);
    // The operator is told, for a refund: one error line, the first delivery only.
    const logged = expectConsoleError(/online payment for an application that cannot be confirmed/);
    expect((await deliver(event)).status).toBe(200);
    expect((await deliver(event)).status).toBe(200);
    expect(logged.join("\n")).toContain(pi);
    const recorded = await env.DB.prepare("select count(*) as n from stripe_events where id = ?")
      .bind(event.id)
      .first<{ n: number }>();
    expect(recorded?.n).toBe(1);
    const history = await env.DB.prepare(
      "select count(*) as n from application_status_history where application_id = ?",
    )
      .bind(gone)
      .first<{ n: number }>();
    expect(history?.n).toBe(0);
  });

  it("a late payment for an application rejected since is recorded once and logged for a refund, the application stays rejected", async () => {
    const owner = await signUpLandlord("Rejected Late Lettings");
    const { apartmentId } = await createApartment(owner, "R1");
    const { listingId } = await createListing(owner, apartmentId);
    const renter = await signUpRenter("Rémi Retard");
    await completeDossier(renter);
    const applied = await applyTo(renter, listingId);
    expect(applied.status, applied.text).toBe(201);
    const id = applied.json.id;
    expect((await api(owner).applications[":id"].reject.$post({ param: { id } })).status).toBe(200);
    const pi = `pi_rejected_${Date.now()}`;
    const event = paidApplicationCheckout(pi, id, owner.orgId);
    const logged = expectConsoleError(/online payment for an application that cannot be confirmed/);
    expect((await deliver(event)).status).toBe(200);
    expect(logged.join("\n")).toContain("rejected");
    const app = await api(renter).applications[":id"].$get({ param: { id } });
    expect(app.json.application.status).toBe("rejected");
  });

  it("a failed payment is recorded without touching the ledger", async () => {
    const { renter, leaseId, owner } = await leaseWithRent();
    const started = await checkout(leaseId, renter, {}, `chk-${Date.now()}-fail`);
    const before = await entriesOf(leaseId);
    const failed = await deliver({
      id: `evt_fail_${Date.now()}`,
      object: "event",
      type: "payment_intent.payment_failed",
      data: {
        object: {
          id: `pi_fail_${Date.now()}`,
          object: "payment_intent",
          amount: 170000,
          metadata: { payment_id: started.json.paymentId, lease_id: leaseId, org_id: owner.orgId },
          last_payment_error: { message: "Your card was declined." },
        },
      },
    });
    expect(failed.status).toBe(200);
    expect(await entriesOf(leaseId)).toEqual(before);
    expect(
      await env.DB.prepare("select status, failure_reason from payments where id = ?")
        .bind(started.json.paymentId)
        .first(),
    ).toEqual({ status: "failed", failure_reason: "Your card was declined." });
  });

  it("unsigned, tampered, wrongly signed or stale webhooks → 400 and nothing written", async () => {
    const { leaseId, owner } = await leaseWithRent();
    const meta = { payment_id: "none", lease_id: leaseId, org_id: owner.orgId, period: "2026-01" };
    const [event] = paymentEvents(meta, `pi_bad_${Date.now()}`, 85000, "cs_bad");
    const before = await entriesOf(leaseId);
    const unsigned = await exports.default.fetch(
      new Request(`${BASE}/api/stripe/webhook`, { method: "POST", body: JSON.stringify(event) }),
    );
    expect(unsigned.status).toBe(400);
    expect((await deliver(event!, { secret: "whsec_someone_else" })).status).toBe(400);
    expect((await deliver(event!, { timestamp: Math.floor(Date.now() / 1000) - 301 })).status).toBe(400);
    const payload = JSON.stringify(event);
    const header = await stripe.webhooks.generateTestHeaderStringAsync({
      payload,
      secret: SECRET,
      cryptoProvider: crypto,
    });
    const tampered = await exports.default.fetch(
      new Request(`${BASE}/api/stripe/webhook`, {
        method: "POST",
        headers: { "stripe-signature": header },
        body: payload.replace("85000", "1"),
      }),
    );
    expect(tampered.status).toBe(400);
    expect(await tampered.json<object>()).toMatchObject({ code: "invalid_signature" });
    expect(await entriesOf(leaseId)).toEqual(before);
    const events = await env.DB.prepare("select count(*) as n from stripe_events where id = ?")
      .bind(event!.id)
      .first<{ n: number }>();
    expect(events?.n).toBe(0);
  });
});
