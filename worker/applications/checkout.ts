import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { Conflict, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import { stripeAmountOrRefuse } from "../lib/stripe";
import { firstPaymentOf } from "./first-payment";
import { adTermsQuery } from "./lease-law";

/**
 * The first payment of an accepted application, paid online: exactly the `firstPayment` its page shows
 * (./first-payment.ts: the first month as the lease will charge it, pro-rated from a mid-month move-in, rent
 * and the ad's charges, plus the ad's deposit; minor units). The webhook then calls the `onApplicationPaid`
 * hook, which confirms the application exactly as "marked received by the landlord" would (place, lease,
 * listing closed when full). Answers the Checkout URL, amount and currency. Errors: 409 `not_accepted` unless
 * the application is `accepted_pending_payment`; 404 (room gone); 422 `amount_not_payable` when Stripe
 * cannot charge that exact amount.
 */
export async function startApplicationCheckout(
  db: Db,
  stripe: Stripe,
  application: {
    id: string;
    orgId: string;
    status: string;
    listingId: string;
    roomId: string;
    moveInDate: string;
    durationMonths: number;
    currency: string;
    listingTitle: string;
  },
  userId: string,
  appUrl: string,
) {
  if (application.status !== "accepted_pending_payment")
    throw new Conflict(
      `This application is ${application.status.replaceAll("_", " ")}: only an accepted application is paid`,
      "not_accepted",
    );
  const [ad] = await adTermsQuery(db, application.listingId, application.roomId);
  const first = firstPaymentOf(application, ad, undefined);
  if (!first) throw new NotFound("Room");
  const amount = first.total;
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
            unit_amount: stripeAmountOrRefuse(amount, application.currency),
            product_data: { name: `First month's rent and deposit — ${application.listingTitle}` },
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
  return { url: session.url, amount, currency: application.currency };
}
