import Stripe from "stripe";

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
