import { and, eq, ne, sql } from "drizzle-orm";
import type Stripe from "stripe";
import type { Db } from "../db/client";
import { insertIf } from "../db/conditional";
import { isUniqueViolation } from "../db/errors";
import { leases } from "../leases/schema";
import { AppError } from "../lib/errors";
import type { MoneyHooks } from "../lib/hooks";
import { newId } from "../lib/ids";
import { fromStripeAmount } from "../lib/money";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { ledgerEntries, payments, stripeEvents } from "./schema";
import { idOf, leaseOf, metadataOfIntent, type EventHandler, type EventOf, type Meta } from "./stripe-common";
import { disputeHandlers, notifyDispute } from "./stripe-disputes";

/**
 * The Stripe webhook's effects. The webhook is the only writer of the ledger for online money:
 * checkout.session.completed and payment_intent.succeeded describe the same payment and share the source
 * ref `stripe:payment:<payment intent>`, so one payment makes one entry whatever arrives, in whatever
 * order, however often; each event id is also recorded in the same atomic batch as its writes. Stripe's
 * amounts are converted to our minor units (lib/money.ts `fromStripeAmount`) before they reach the ledger.
 */

/** The ledger entry of a succeeded payment, unique per payment intent (whichever event brings it first). */
function paymentEntry(db: Db, meta: Meta, paymentIntentId: string, amount: number) {
  return insertIf(
    db,
    ledgerEntries,
    {
      id: newId(),
      orgId: sql`${leases.orgId}`,
      leaseId: sql`${leases.id}`,
      kind: "payment",
      amount: -amount,
      currency: sql`${leases.currency}`,
      period: meta.period || null,
      reason: "Paid online (Stripe)",
      sourceRef: `stripe:payment:${paymentIntentId}`,
      createdBy: "system:stripe",
      createdAt: nowIso(),
    },
    leaseOf(meta) ?? sql`0`,
    sql`${leases}`,
  ).onConflictDoNothing({ target: ledgerEntries.sourceRef });
}

/**
 * The refund entry of a charge: refund events carry the cumulative amount refunded, so write the part not
 * yet on the ledger, keyed by that cumulative amount: partial refunds add up and a stale or repeated event
 * adds nothing.
 */
function refundEntry(db: Db, meta: Meta, charge: Stripe.Charge) {
  const prefix = `stripe:refund:${charge.id}:`;
  const refunded = fromStripeAmount(charge.amount_refunded, charge.currency);
  const missing = sql`${refunded} - coalesce((select sum(r.amount) from ${ledgerEntries} r where substr(r.source_ref, 1, ${prefix.length}) = ${prefix}), 0)`;
  return insertIf(
    db,
    ledgerEntries,
    {
      id: newId(),
      orgId: sql`${leases.orgId}`,
      leaseId: sql`${leases.id}`,
      kind: "refund",
      amount: missing,
      currency: sql`${leases.currency}`,
      period: meta.period || null,
      reason: "Refunded (Stripe)",
      sourceRef: `${prefix}${refunded}`,
      createdBy: "system:stripe",
      createdAt: nowIso(),
    },
    sql`${leaseOf(meta)} and ${missing} > 0`,
    sql`${leases}`,
  ).onConflictDoNothing({ target: ledgerEntries.sourceRef });
}

/** Moves our payment row (never out of `refunded`). */
function markPayment(db: Db, paymentId: string | undefined, set: Partial<typeof payments.$inferInsert>) {
  return db
    .update(payments)
    .set({ ...set, updatedAt: nowIso() })
    .where(and(eq(payments.id, paymentId ?? ""), ne(payments.status, "refunded")));
}

const checkoutCompleted: EventHandler<EventOf<"checkout.session.completed">> = ({ db }, event) => {
  const session = event.data.object;
  const meta: Meta = session.metadata ?? {};
  const intent = idOf(session.payment_intent);
  if (session.payment_status !== "paid" || !intent || !session.amount_total) return { meta, writes: [] };
  return {
    meta,
    writes: [
      paymentEntry(db, meta, intent, fromStripeAmount(session.amount_total, session.currency)),
      markPayment(db, meta.payment_id, { status: "succeeded", paymentIntentId: intent }),
    ],
  };
};

const intentSucceeded: EventHandler<EventOf<"payment_intent.succeeded">> = ({ db }, event) => {
  const intent = event.data.object;
  const meta: Meta = intent.metadata;
  return {
    meta,
    writes: [
      paymentEntry(db, meta, intent.id, fromStripeAmount(intent.amount_received || intent.amount, intent.currency)),
      markPayment(db, meta.payment_id, { status: "succeeded", paymentIntentId: intent.id }),
    ],
  };
};

const intentFailed: EventHandler<EventOf<"payment_intent.payment_failed">> = ({ db }, event) => {
  const intent = event.data.object;
  const meta: Meta = intent.metadata;
  const failed = db
    .update(payments)
    .set({
      status: "failed",
      paymentIntentId: intent.id,
      failureReason: intent.last_payment_error?.message ?? "The payment failed",
      updatedAt: nowIso(),
    })
    .where(and(eq(payments.id, meta.payment_id ?? ""), eq(payments.status, "pending")));
  return { meta, writes: [failed] };
};

const chargeRefunded: EventHandler<EventOf<"charge.refunded">> = async ({ db, stripe }, event) => {
  const charge = event.data.object;
  const intent = idOf(charge.payment_intent);
  if (!intent) return { meta: {}, writes: [] };
  const meta = await metadataOfIntent(db, stripe, intent);
  const refunded = charge.refunded ? [markPayment(db, meta.payment_id, { status: "refunded" })] : [];
  return { meta, writes: [refundEntry(db, meta, charge), ...refunded] };
};

/** One small function per event type handled; every other type is recorded and otherwise ignored. */
const handlers = {
  "checkout.session.completed": checkoutCompleted,
  "payment_intent.succeeded": intentSucceeded,
  "payment_intent.payment_failed": intentFailed,
  "charge.refunded": chargeRefunded,
  ...disputeHandlers,
} satisfies { [T in Stripe.Event["type"]]?: EventHandler<EventOf<T>> };

type Handled = keyof typeof handlers;
const table: { [T in Handled]: EventHandler<EventOf<T>> } = handlers;
const isHandled = (event: Stripe.Event): event is EventOf<Handled> => event.type in handlers;

function planOf<T extends Handled>(ctx: { db: Db; stripe: Stripe }, type: T, event: EventOf<T>) {
  return table[type](ctx, event);
}

/** An accepted application's first payment, paid: the application and the payment's reference; else null. */
function applicationPayment(event: Stripe.Event): { applicationId: string; ref: string } | null {
  const paid =
    event.type === "checkout.session.completed" && event.data.object.payment_status === "paid"
      ? { meta: event.data.object.metadata ?? {}, ref: idOf(event.data.object.payment_intent) ?? event.data.object.id }
      : event.type === "payment_intent.succeeded"
        ? { meta: event.data.object.metadata, ref: event.data.object.id }
        : null;
  const applicationId = paid?.meta.kind === "application" ? paid.meta.application_id : undefined;
  return paid && applicationId ? { applicationId, ref: paid.ref } : null;
}

/** Records the event id; a concurrent duplicate that recorded it first is fine. */
async function recordEvent(db: Db, event: Stripe.Event) {
  try {
    await db.insert(stripeEvents).values({ id: event.id, type: event.type, receivedAt: nowIso() });
  } catch (error) {
    if (!isUniqueViolation(error, "stripe_events")) throw error;
  }
}

/** What a verified event did: nothing (a redelivery), or its effects, with the lease and apartment touched. */
export type WebhookOutcome = { duplicate: boolean; leaseId: string | null; apartmentId: string | null };

/**
 * Applies one verified event exactly once: the event id goes into `stripe_events` in the same batch as its
 * writes, so a redelivery (or a concurrent duplicate, which fails on the key) writes nothing. An accepted
 * application's first payment goes to `hooks.onApplicationPaid` first (idempotent: a 409 from it means
 * "already confirmed"; anything else, an application purged, withdrawn, rejected or full since, is logged as an error for a refund), then the
 * event is recorded; a failure in between is retried by Stripe and confirms nothing twice.
 */
export async function applyStripeEvent(
  ports: Pick<Ports, "db" | "queues" | "appUrl" | "rooms" | "log">,
  stripe: Stripe,
  event: Stripe.Event,
  hooks: MoneyHooks,
): Promise<WebhookOutcome> {
  const { db } = ports;
  const none = { leaseId: null, apartmentId: null };
  const [seen] = await db.select({ id: stripeEvents.id }).from(stripeEvents).where(eq(stripeEvents.id, event.id));
  if (seen) return { duplicate: true, ...none };
  const application = applicationPayment(event);
  if (application) {
    try {
      await hooks.onApplicationPaid(ports, application.applicationId, application.ref);
    } catch (error) {
      if (!(error instanceof AppError && (error.status === 409 || error.status === 404))) throw error;
      // Already confirmed (a redelivery, or the landlord marked it received): nothing more to do. Anything
      // else (purged since, withdrawn, rejected, no place left): paid but not confirmable, and Stripe would
      // retry for days to no end. The payment stays in Stripe's dashboard under its reference, for the
      // operator to refund; the error log says so.
      const confirmed = error.code === "illegal_transition" && error.errors?.[0]?.message === "confirmed";
      if (!confirmed)
        ports.log.error("online payment for an application that cannot be confirmed", {
          applicationId: application.applicationId,
          paymentRef: application.ref,
          reason: error.errors?.[0]?.message ?? error.code,
        });
    }
    await recordEvent(db, event);
    return { duplicate: false, ...none };
  }
  const plan = isHandled(event) ? await planOf({ db, stripe }, event.type, event) : { meta: {}, writes: [] };
  const record = db.insert(stripeEvents).values({ id: event.id, type: event.type, receivedAt: nowIso() });
  try {
    await db.batch([record, ...plan.writes]);
  } catch (error) {
    if (isUniqueViolation(error, "stripe_events")) return { duplicate: true, ...none };
    throw error;
  }
  const leaseId = plan.meta.lease_id || null;
  if (!leaseId) return { duplicate: false, ...none };
  if (plan.notice) await notifyDispute(ports, leaseId, plan.notice);
  const [lease] = await db.select({ apartmentId: leases.apartmentId }).from(leases).where(eq(leases.id, leaseId));
  return { duplicate: false, leaseId, apartmentId: lease?.apartmentId ?? null };
}
