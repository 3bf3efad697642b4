import Stripe from "stripe";
import { AppError } from "./errors";
import { formatMoney, toStripeAmount } from "./money";

/**
 * The Stripe SDK, shared infrastructure of every feature that takes money online (rent's checkouts and
 * webhook, an application's first payment). Online payments are offered only when both STRIPE_SECRET_KEY
 * and STRIPE_WEBHOOK_SECRET are set.
 */

/** Whether online payments are offered: both Stripe secrets are set. */
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

/**
 * `minor` (our minor units of `currency`) as Stripe's `unit_amount` (lib/money.ts `toStripeAmount`).
 * Errors: 422 `amount_not_payable` when Stripe cannot charge that exact amount (e.g. KWD 850.505: Stripe
 * charges three-decimal currencies in multiples of 10 fils) — never a rounded charge.
 */
export function stripeAmountOrRefuse(minor: number, currency: string): number {
  const amount = toStripeAmount(minor, currency);
  if (amount === null)
    throw new AppError(
      422,
      "amount_not_payable",
      `${formatMoney(minor, currency)} cannot be paid online exactly (Stripe does not charge that amount in ${currency}); pay it another way or ask the landlord to adjust it`,
    );
  return amount;
}
