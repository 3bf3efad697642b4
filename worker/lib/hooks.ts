import type { Ports } from "./ports";

/**
 * Cross-feature hooks. A feature that announces an event declares the hook's type here and receives the
 * handler from the composition root (worker/app.ts), so it never imports the feature that reacts: rent
 * announces money events, applications reacts to them, and the dependency points from app.ts to both.
 */

/**
 * An accepted application's first payment arrived online (a verified Stripe event naming
 * `metadata.kind = "application"`). `applicationId` is the application's id; `paymentRef` the Stripe
 * PaymentIntent id (or the Checkout Session id when the session carries no intent).
 *
 * Must be idempotent: Stripe redelivers events, so the hook may run again for an application it already
 * confirmed. It then either resolves, or throws a 409 `AppError` (rent treats that as "already done").
 * Any other error fails the webhook, and Stripe retries it.
 */
type OnApplicationPaid = (
  ports: Pick<Ports, "db" | "queues" | "appUrl" | "rooms">,
  applicationId: string,
  paymentRef: string,
) => Promise<unknown>;

/** The handlers the rent feature calls; worker/app.ts supplies them to `rentRoutes`. */
export type MoneyHooks = { onApplicationPaid: OnApplicationPaid };
