import { and, eq, sql } from "drizzle-orm";
import Stripe from "stripe";
import type { ApartmentScope } from "../auth/access";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { leases } from "../leases/schema";
import { Conflict, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import { nowIso } from "../lib/time";
import { listingPlaces } from "../listings/schema";
import { ledgerEntries, payments, stripeEvents } from "./schema";

/**
 * Online rent payments with Stripe Checkout. Shown only when both STRIPE_SECRET_KEY and
 * STRIPE_WEBHOOK_SECRET are set. The webhook is the only writer of the ledger for online money:
 * checkout.session.completed and payment_intent.succeeded describe the same payment and share the source
 * ref `stripe:payment:<payment intent>`, so one payment makes one entry whatever arrives, in whatever
 * order, however often; each event id is also recorded in the same atomic batch as its writes.
 */
export function stripeConfigured(env: Pick<Env, "STRIPE_SECRET_KEY" | "STRIPE_WEBHOOK_SECRET">): boolean {
  return Boolean(env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET);
}

/** The Stripe SDK over fetch (workerd). Outside production, STRIPE_API_BASE may point it at a local fake. */
export function stripeClient(env: Env): Stripe {
  const base = env.APP_ENV !== "production" && env.STRIPE_API_BASE ? new URL(env.STRIPE_API_BASE) : null;
  return new Stripe(env.STRIPE_SECRET_KEY, {
    httpClient: Stripe.createFetchHttpClient(),
    maxNetworkRetries: 2,
    ...(base ? { host: base.hostname, port: base.port, protocol: base.protocol === "http:" ? "http" : "https" } : {}),
  });
}

const cryptoProvider = Stripe.createSubtleCryptoProvider();
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** Verifies the signature on the raw body (300 s tolerance); null when it does not verify. */
export async function verifyWebhook(
  env: Env,
  rawBody: string,
  signature: string | undefined,
): Promise<Stripe.Event | null> {
  if (!signature) return null;
  try {
    return await stripeClient(env).webhooks.constructEventAsync(
      rawBody,
      signature,
      env.STRIPE_WEBHOOK_SECRET,
      WEBHOOK_TOLERANCE_SECONDS,
      cryptoProvider,
    );
  } catch {
    return null;
  }
}

/** What the renter would pay: the whole balance, or what is still due for one period. One round trip. */
async function amountDue(db: Db, leaseId: string, period?: string) {
  const [row] = await db
    .select({
      currency: leases.currency,
      orgId: leases.orgId,
      apartmentId: leases.apartmentId,
      due: period
        ? sql<number>`coalesce((select sum(le.amount) from ledger_entries le where le.lease_id = ${leaseId} and le.period = ${period}), 0)`
        : sql<number>`coalesce((select sum(le.amount) from ledger_entries le where le.lease_id = ${leaseId}), 0)`,
    })
    .from(leases)
    .where(eq(leases.id, leaseId));
  if (!row) throw new NotFound("Lease");
  return row;
}

export async function startCheckout(
  db: Db,
  stripe: Stripe,
  scope: ApartmentScope,
  leaseId: string,
  input: { period?: string },
  appUrl: string,
) {
  const due = await amountDue(db, leaseId, input.period);
  if (due.due <= 0)
    throw new Conflict(
      input.period ? `Nothing is due for ${input.period}` : "Nothing is due on this lease",
      "nothing_due",
    );
  const [renter] = await db.select({ email: users.email }).from(users).where(eq(users.id, scope.userId));
  const paymentId = newId();
  const metadata = { payment_id: paymentId, lease_id: leaseId, org_id: due.orgId, period: input.period ?? "" };
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      client_reference_id: paymentId,
      customer_email: renter?.email,
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: due.currency.toLowerCase(),
            unit_amount: due.due,
            product_data: { name: input.period ? `Rent for ${input.period}` : "Rent balance" },
          },
        },
      ],
      metadata,
      payment_intent_data: { metadata },
      success_url: `${appUrl}/homes/${due.apartmentId}?payment=success`,
      cancel_url: `${appUrl}/homes/${due.apartmentId}?payment=cancelled`,
    },
    { idempotencyKey: `checkout:${paymentId}` },
  );
  const now = nowIso();
  await db.insert(payments).values({
    id: paymentId,
    orgId: due.orgId,
    leaseId,
    provider: "stripe",
    checkoutSessionId: session.id,
    paymentIntentId: null,
    amount: due.due,
    currency: due.currency,
    period: input.period ?? null,
    status: "pending",
    failureReason: null,
    createdBy: scope.userId,
    createdAt: now,
    updatedAt: now,
  });
  if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
  return { url: session.url, paymentId, amount: due.due, currency: due.currency };
}

type Meta = {
  payment_id?: string;
  lease_id?: string;
  org_id?: string;
  period?: string;
  kind?: string;
  application_id?: string;
};

/**
 * The first payment of an accepted application (its room's first month), paid online. The webhook confirms
 * the application exactly as "marked received by the landlord" would (place, lease, listing closed when full).
 */
export async function startApplicationCheckout(
  db: Db,
  stripe: Stripe,
  application: { id: string; orgId: string; status: string; roomId: string; currency: string; listingTitle: string },
  userId: string,
  appUrl: string,
) {
  if (application.status !== "accepted_pending_payment")
    throw new Conflict(
      `This application is ${application.status.replaceAll("_", " ")}: only an accepted application is paid`,
      "not_accepted",
    );
  const [room] = await db
    .select({ rent: listingPlaces.rentAmount })
    .from(listingPlaces)
    .where(eq(listingPlaces.id, application.roomId));
  if (!room) throw new NotFound("Room");
  const [renter] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  const metadata = { kind: "application", application_id: application.id, org_id: application.orgId };
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      client_reference_id: application.id,
      customer_email: renter?.email,
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: application.currency.toLowerCase(),
            unit_amount: room.rent,
            product_data: { name: `First month's rent — ${application.listingTitle}` },
          },
        },
      ],
      metadata,
      payment_intent_data: { metadata },
      success_url: `${appUrl}/applications/${application.id}?payment=success`,
      cancel_url: `${appUrl}/applications/${application.id}?payment=cancelled`,
    },
    { idempotencyKey: `application-checkout:${application.id}:${newId()}` },
  );
  if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
  return { url: session.url, amount: room.rent, currency: application.currency };
}

/** The ledger entry of a succeeded payment, unique per payment intent (whichever event brings it first). */
function paymentEntry(db: Db, meta: Meta, paymentIntentId: string, amount: number) {
  return db
    .insert(ledgerEntries)
    .select(
      sql`select ${newId()}, l.org_id, l.id, 'payment', ${-amount}, l.currency, ${meta.period || null}, 'Paid online (Stripe)', ${`stripe:payment:${paymentIntentId}`}, 'system:stripe', ${nowIso()}
    from ${leases} l where l.id = ${meta.lease_id ?? ""} and l.org_id = ${meta.org_id ?? ""}`,
    )
    .onConflictDoNothing({ target: ledgerEntries.sourceRef });
}

function markPayment(db: Db, paymentId: string | undefined, set: Partial<typeof payments.$inferInsert>) {
  return db
    .update(payments)
    .set({ ...set, updatedAt: nowIso() })
    .where(and(eq(payments.id, paymentId ?? ""), sql`${payments.status} <> 'refunded'`));
}

const idOf = (value: string | { id: string } | null | undefined) =>
  typeof value === "string" ? value : (value?.id ?? null);

/** Where a charge's money belongs: our payment row for its intent, else the intent's metadata from Stripe. */
async function metadataOfIntent(db: Db, stripe: Stripe, paymentIntentId: string): Promise<Meta> {
  const [known] = await db.select().from(payments).where(eq(payments.paymentIntentId, paymentIntentId));
  if (known) return { payment_id: known.id, lease_id: known.leaseId, org_id: known.orgId, period: known.period ?? "" };
  return (await stripe.paymentIntents.retrieve(paymentIntentId)).metadata as Meta;
}

/** D1 reports a unique-key conflict in the message; drizzle wraps it, keeping D1's error as the cause. */
const isUniqueViolation = (error: unknown) => `${error} ${(error as { cause?: unknown })?.cause}`.includes("UNIQUE");

export type WebhookOutcome = { duplicate: boolean; leaseId: string | null };

/**
 * Applies one verified event exactly once: the event id goes into `stripe_events` in the same batch as its
 * writes, so a redelivery (or a concurrent duplicate, which fails on the key) writes nothing.
 */
export async function applyStripeEvent(
  db: Db,
  stripe: Stripe,
  event: Stripe.Event,
  onApplicationPaid?: (applicationId: string, paymentRef: string) => Promise<void>,
): Promise<WebhookOutcome> {
  const [seen] = await db.select({ id: stripeEvents.id }).from(stripeEvents).where(eq(stripeEvents.id, event.id));
  if (seen) return { duplicate: true, leaseId: null };
  // An application's first payment: confirm it first (idempotent: a confirmed application stays so), then
  // record the event; a failure in between is retried by Stripe and confirms nothing twice.
  const paidApplication =
    event.type === "checkout.session.completed" && event.data.object.payment_status === "paid"
      ? {
          meta: (event.data.object.metadata ?? {}) as Meta,
          ref: idOf(event.data.object.payment_intent) ?? event.data.object.id,
        }
      : event.type === "payment_intent.succeeded"
        ? { meta: event.data.object.metadata as Meta, ref: event.data.object.id }
        : null;
  if (paidApplication?.meta.kind === "application" && paidApplication.meta.application_id) {
    await onApplicationPaid?.(paidApplication.meta.application_id, paidApplication.ref);
    try {
      await db.insert(stripeEvents).values({ id: event.id, type: event.type, receivedAt: nowIso() });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return { duplicate: false, leaseId: null };
  }
  const record = db.insert(stripeEvents).values({ id: event.id, type: event.type, receivedAt: nowIso() });
  let meta: Meta = {};
  let writes: Parameters<Db["batch"]>[0][number][] = [];
  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object;
      meta = (session.metadata ?? {}) as Meta;
      const intent = idOf(session.payment_intent);
      if (session.payment_status === "paid" && intent && session.amount_total) {
        writes = [
          paymentEntry(db, meta, intent, session.amount_total),
          markPayment(db, meta.payment_id, { status: "succeeded", paymentIntentId: intent }),
        ];
      }
      break;
    }
    case "payment_intent.succeeded": {
      const intent = event.data.object;
      meta = intent.metadata as Meta;
      writes = [
        paymentEntry(db, meta, intent.id, intent.amount_received || intent.amount),
        markPayment(db, meta.payment_id, { status: "succeeded", paymentIntentId: intent.id }),
      ];
      break;
    }
    case "payment_intent.payment_failed": {
      const intent = event.data.object;
      meta = intent.metadata as Meta;
      writes = [
        db
          .update(payments)
          .set({
            status: "failed",
            paymentIntentId: intent.id,
            failureReason: intent.last_payment_error?.message ?? "The payment failed",
            updatedAt: nowIso(),
          })
          .where(and(eq(payments.id, meta.payment_id ?? ""), eq(payments.status, "pending"))),
      ];
      break;
    }
    case "charge.refunded": {
      const charge = event.data.object;
      const intent = idOf(charge.payment_intent);
      if (!intent) break;
      meta = await metadataOfIntent(db, stripe, intent);
      // Refund events carry the cumulative amount refunded: write the part not yet on the ledger, keyed by
      // that cumulative amount, so partial refunds add up and a stale or repeated event adds nothing.
      const prefix = `stripe:refund:${charge.id}:`;
      writes = [
        db
          .insert(ledgerEntries)
          .select(
            sql`select ${newId()}, l.org_id, l.id, 'refund', ${charge.amount_refunded} - coalesce((select sum(r.amount) from ledger_entries r where substr(r.source_ref, 1, ${prefix.length}) = ${prefix}), 0), l.currency, ${meta.period || null}, 'Refunded (Stripe)', ${`${prefix}${charge.amount_refunded}`}, 'system:stripe', ${nowIso()}
          from ${leases} l where l.id = ${meta.lease_id ?? ""} and l.org_id = ${meta.org_id ?? ""}
            and ${charge.amount_refunded} - coalesce((select sum(r.amount) from ledger_entries r where substr(r.source_ref, 1, ${prefix.length}) = ${prefix}), 0) > 0`,
          )
          .onConflictDoNothing({ target: ledgerEntries.sourceRef }),
        ...(charge.refunded ? [markPayment(db, meta.payment_id, { status: "refunded" })] : []),
      ];
      break;
    }
    default:
      break;
  }
  try {
    await db.batch([record, ...writes]);
  } catch (error) {
    if (isUniqueViolation(error) && `${error} ${(error as { cause?: unknown }).cause}`.includes("stripe_events"))
      return { duplicate: true, leaseId: null };
    throw error;
  }
  return { duplicate: false, leaseId: meta.lease_id ?? null };
}
