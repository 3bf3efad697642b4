import { sql } from "drizzle-orm";
import Stripe from "stripe";
import type { ApartmentScope } from "../auth/access";
import { users } from "../auth/schema";
import type { ScopedHandle } from "../db/scoped";
import { leaseIdOf, leases, thisLease } from "../leases/schema";
import { Conflict, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { stripeAmountOrRefuse, stripeClient } from "../lib/stripe";
import { nowIso } from "../lib/time";
import { CHECKOUT_OPEN_SECONDS, type CheckoutInput } from "./contract";
import { activities } from "../rooms/schema";
import { payments } from "./schema";

/**
 * Rent paid online with Stripe Checkout: webhook signature checks and starting a rent checkout (the SDK
 * client is lib/stripe.ts; an application's first payment is applications/checkout.ts). Nothing here writes
 * the ledger: the webhook does (./stripe-events.ts).
 */

const cryptoProvider = Stripe.createSubtleCryptoProvider();
const WEBHOOK_TOLERANCE_SECONDS = 300;

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

/**
 * What the renter of the handle's lease would pay (minor units): the whole balance, or what is still due
 * for one period; with the lease's id, currency, org and apartment, and the payer's email. One round trip.
 */
function amountDueQuery(l: ScopedHandle, payer: Pick<ApartmentScope, "userId">, period?: string) {
  const ofLease = sql`le.lease_id = ${leaseIdOf(l)}`;
  const owed = period
    ? sql<number>`coalesce((select sum(le.amount) from ledger_entries le where ${ofLease} and le.period = ${period}), 0)`
    : sql<number>`coalesce((select sum(le.amount) from ledger_entries le where ${ofLease}), 0)`;
  return l.selectFields(
    {
      leaseId: leases.id,
      currency: leases.currency,
      orgId: leases.orgId,
      apartmentId: leases.apartmentId,
      due: owed,
      email: sql<string | null>`(select u.email from ${users} u where u.id = ${payer.userId})`,
      // Payments of the lease still open for this rent (of `period` or naming no month, when a month is
      // paid; any, for the balance): waiting for confirmation, or another checkout under way. Paying online
      // as well would count them twice (rooms/pending-payment.ts holds the same rule for the feed).
      pending: sql<number>`(select count(*) from ${activities} a where a.lease_id = ${leaseIdOf(l)}
        and a.status = 'pending_confirmation' and a.kind in ('payment_reported', 'payment_received')
        ${period ? sql`and (a.period = ${period} or a.period is null)` : sql``})
        + (select count(*) from ${payments} p where p.lease_id = ${leaseIdOf(l)} and p.status = 'pending'
        and p.created_at > ${new Date(Date.now() - CHECKOUT_OPEN_SECONDS * 1000).toISOString()}
        ${period ? sql`and (p.period = ${period} or p.period is null)` : sql``})`,
    },
    leases,
    thisLease(l),
  );
}

/**
 * Starts a Stripe Checkout for the renter (`payer`) of the handle's lease: the balance, or `input.period`'s
 * outstanding amount, and records the pending payment. Answers the Checkout URL, the payment id, the amount
 * (our minor units, what the page shows; Stripe gets the same amount in its own unit) and its currency.
 * Errors: 404 (lease gone), 409 `nothing_due`, 409 `payment_pending` (a reported payment of that rent waits
 * for confirmation), 422 `amount_not_payable`.
 */
export async function startCheckout(
  ports: Pick<Ports, "appUrl">,
  stripe: Stripe,
  l: ScopedHandle,
  payer: Pick<ApartmentScope, "userId">,
  input: CheckoutInput,
) {
  const [due] = await amountDueQuery(l, payer, input.period);
  if (!due) throw new NotFound("Lease");
  if (due.due <= 0)
    throw new Conflict(
      input.period ? `Nothing is due for ${input.period}` : "Nothing is due on this lease",
      "nothing_due",
    );
  if (due.pending > 0)
    throw new Conflict(
      "A payment for this rent is waiting for confirmation or being paid online: pay once it is settled",
      "payment_pending",
    );
  const unitAmount = stripeAmountOrRefuse(due.due, due.currency);
  const paymentId = newId();
  const metadata = { payment_id: paymentId, lease_id: due.leaseId, org_id: due.orgId, period: input.period ?? "" };
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      client_reference_id: paymentId,
      customer_email: due.email ?? undefined,
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: due.currency.toLowerCase(),
            unit_amount: unitAmount,
            product_data: { name: input.period ? `Rent for ${input.period}` : "Rent balance" },
          },
        },
      ],
      metadata,
      payment_intent_data: { metadata },
      // Open for CHECKOUT_OPEN_SECONDS: while open, the month takes no other payment (rooms/pending-payment.ts).
      expires_at: Math.floor(Date.now() / 1000) + CHECKOUT_OPEN_SECONDS,
      success_url: `${ports.appUrl}/homes/${due.apartmentId}?payment=success`,
      cancel_url: `${ports.appUrl}/homes/${due.apartmentId}?payment=cancelled`,
    },
    { idempotencyKey: `checkout:${paymentId}` },
  );
  const now = nowIso();
  await l.insert(payments, {
    id: paymentId,
    leaseId: due.leaseId,
    provider: "stripe",
    checkoutSessionId: session.id,
    paymentIntentId: null,
    amount: due.due,
    currency: due.currency,
    period: input.period ?? null,
    status: "pending",
    failureReason: null,
    createdBy: payer.userId,
    createdAt: now,
    updatedAt: now,
  });
  if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
  return { url: session.url, paymentId, amount: due.due, currency: due.currency };
}
