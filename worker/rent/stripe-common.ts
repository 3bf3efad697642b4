import { and, eq } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type Stripe from "stripe";
import type { Db } from "../db/client";
import { leases } from "../leases/schema";
import type { DisputeStage as FeedDisputeStage } from "../rooms/contract";
import { payments } from "./schema";

/** What the Stripe event handlers (./stripe-events.ts, ./stripe-disputes.ts) share. */

/** The metadata our checkouts put on sessions and intents (strings; absent on foreign objects). */
export type Meta = {
  payment_id?: string;
  lease_id?: string;
  org_id?: string;
  period?: string;
  kind?: string;
  application_id?: string;
};

/** Where a payment dispute stands, as the landlord is told (email and activity; `disputeStages` of rooms/contract). */
export type DisputeStage = FeedDisputeStage;

/** A dispute to tell the landlord side about once the event's writes landed (amount in minor units). */
type DisputeNotice = { stage: DisputeStage; amount: number; currency: string; period: string | null };

/**
 * What an event does: the lease it is about (its metadata), the writes to batch with its record, and a
 * dispute notice to send once they landed.
 */
export type Plan = { meta: Meta; writes: BatchItem<"sqlite">[]; notice?: DisputeNotice };
export type EventOf<T extends Stripe.Event["type"]> = Extract<Stripe.Event, { type: T }>;
export type EventHandler<E extends Stripe.Event> = (ctx: { db: Db; stripe: Stripe }, event: E) => Plan | Promise<Plan>;

export const idOf = (value: string | { id: string } | null | undefined) =>
  typeof value === "string" ? value : (value?.id ?? null);

/** The lease named by the metadata, in the org the metadata names (a foreign pair matches nothing). */
export const leaseOf = (meta: Meta) => and(eq(leases.id, meta.lease_id ?? ""), eq(leases.orgId, meta.org_id ?? ""));

/** Where a charge's money belongs: our payment row for its intent, else the intent's metadata from Stripe. */
export async function metadataOfIntent(db: Db, stripe: Stripe, paymentIntentId: string): Promise<Meta> {
  const [known] = await db.select().from(payments).where(eq(payments.paymentIntentId, paymentIntentId));
  if (known) return { payment_id: known.id, lease_id: known.leaseId, org_id: known.orgId, period: known.period ?? "" };
  return (await stripe.paymentIntents.retrieve(paymentIntentId)).metadata;
}
