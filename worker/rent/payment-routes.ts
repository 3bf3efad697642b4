import { createRoute, z } from "@hono/zod-openapi";
import { requireLease } from "../auth/access";
import { createRouter } from "../lib/context";
import { Forbidden, Invalid, NotFound } from "../lib/errors";
import type { MoneyHooks } from "../lib/hooks";
import { idempotent } from "../lib/idempotency";
import { errorResponses, idParam, json, jsonBody, problemSchema } from "../lib/openapi";
import { stripeClient, stripeConfigured } from "../lib/stripe";
import { checkoutInput, checkoutResult, webhookResult } from "./contract";
import { startCheckout, verifyWebhook } from "./stripe";
import { applyStripeEvent } from "./stripe-events";

const tags = ["Rent"];
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});

/** Online rent payments (Stripe Checkout) and the Stripe webhook. Both answer 404 while Stripe is not configured. */
export function paymentRoutes(hooks: MoneyHooks) {
  return createRouter()
    .openapi(
      createRoute({
        method: "post",
        path: "/leases/{id}/checkout",
        operationId: "startRentCheckout",
        summary: "Pay a lease's rent online",
        tags,
        description:
          "A renter of the lease pays the balance, or one period's outstanding amount, with Stripe Checkout. Requires an `Idempotency-Key` header; a replay returns the same checkout. 404 when online payments are not configured; 409 `nothing_due`; 409 `payment_pending` while a payment reported for that rent waits for confirmation; 422 `amount_not_payable` when Stripe cannot charge that exact amount in the lease's currency.",
        request: {
          params: idParam,
          headers: z.object({
            "idempotency-key": z
              .string()
              .optional()
              .openapi({ description: "Required: a random string, reused when retrying" }),
          }),
          ...jsonBody(checkoutInput),
        },
        responses: {
          200: json(checkoutResult),
          422: problem("Idempotency-Key reused with another body"),
          ...errorResponses,
        },
      }),
      async (c) => {
        const { id } = c.req.valid("param");
        const { actor, l } = await requireLease(c, id);
        if (!stripeConfigured(c.env)) throw new NotFound("Online payment");
        if (actor.side !== "renter") throw new Forbidden("Only the renters of this lease pay online");
        const input = c.req.valid("json");
        const checkout = await idempotent(
          c,
          actor.userId,
          input,
          () => startCheckout(c.get("ports"), stripeClient(c.env), l, actor, input),
          { required: true },
        );
        return c.json(checkout, 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/stripe/webhook",
        operationId: "receiveStripeWebhook",
        summary: "Receive a Stripe event",
        tags,
        security: [],
        description:
          "Stripe events (checkout.session.completed, payment_intent.succeeded, payment_intent.payment_failed, charge.refunded, charge.dispute.created, charge.dispute.funds_withdrawn, charge.dispute.closed, charge.dispute.funds_reinstated): a dispute's withdrawn (or lost) funds are owed again on the ledger once, reinstated funds credited again, and the landlord side is told. The `Stripe-Signature` is verified on the raw body with a 300-second tolerance (400 `invalid_signature` otherwise); each event is applied once.",
        responses: { 200: json(webhookResult), 400: errorResponses[400], 404: errorResponses[404] },
      }),
      async (c) => {
        if (!stripeConfigured(c.env)) throw new NotFound("Online payment");
        const event = await verifyWebhook(c.env, await c.req.text(), c.req.header("stripe-signature"));
        if (!event)
          throw new Invalid(
            "The Stripe-Signature header is missing, invalid or too old",
            undefined,
            "invalid_signature",
          );
        const outcome = await applyStripeEvent(c.get("ports"), stripeClient(c.env), event, hooks);
        if (outcome.leaseId && outcome.apartmentId && !outcome.duplicate) {
          c.executionCtx.waitUntil(c.get("ports").rooms.ledgerChanged(outcome.apartmentId, outcome.leaseId));
          c.executionCtx.waitUntil(c.get("ports").rooms.orgChanged({ apartmentId: outcome.apartmentId }, "payments"));
        }
        return c.json({ received: true, duplicate: outcome.duplicate }, 200);
      },
    );
}
