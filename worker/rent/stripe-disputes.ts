import { and, eq, inArray, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { rolesWith } from "../auth/policy";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { insertIf } from "../db/conditional";
import { enqueueEmail } from "../email/contract";
import { leases } from "../leases/schema";
import { newId } from "../lib/ids";
import { fromStripeAmount } from "../lib/money";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { memberships } from "../orgs/schema";
import { apartments, properties } from "../portfolio/schema";
import { activities } from "../rooms/schema";
import { ledgerEntries } from "./schema";
import {
  idOf,
  leaseOf,
  metadataOfIntent,
  type DisputeStage,
  type EventHandler,
  type EventOf,
  type Meta,
  type Plan,
} from "./stripe-common";

/**
 * Card payment disputes (chargebacks), from Stripe's `charge.dispute.*` events. Money that leaves through
 * a dispute goes back on the append-only ledger once: `funds_withdrawn`, or `closed` with status `lost`
 * when no withdrawal came first, write one `refund` entry of the disputed amount for the payment's period
 * (source ref `stripe:dispute:<id>:withdrawn`, unique, so either event writes it once), so the period is no
 * longer paid and no receipt (quittance) is issued for it; `funds_reinstated` credits it again with a
 * `payment` entry (`stripe:dispute:<id>:reinstated`), only after a withdrawal. Every stage is told to the
 * landlord side: an activity in the apartment's feed (in the event's batch) and an email to the members who
 * hold `ledger.write` (after it).
 */

type DisputeEvent = EventOf<
  | "charge.dispute.created"
  | "charge.dispute.funds_withdrawn"
  | "charge.dispute.closed"
  | "charge.dispute.funds_reinstated"
>;

/** The dispute's ledger entry: `+amount` when withdrawn (or lost), `-amount` when reinstated after a withdrawal. */
function disputeEntry(db: Db, meta: Meta, dispute: Stripe.Dispute, amount: number, reinstated: boolean) {
  const withdrawnRef = `stripe:dispute:${dispute.id}:withdrawn`;
  const withdrawn = sql`exists (select 1 from ${ledgerEntries} w where w.source_ref = ${withdrawnRef})`;
  return insertIf(
    db,
    ledgerEntries,
    {
      id: newId(),
      orgId: sql`${leases.orgId}`,
      leaseId: sql`${leases.id}`,
      kind: reinstated ? "payment" : "refund",
      amount: reinstated ? -amount : amount,
      currency: sql`${leases.currency}`,
      period: meta.period || null,
      reason: reinstated ? "Dispute reinstated (Stripe)" : "Disputed payment withdrawn (Stripe)",
      sourceRef: reinstated ? `stripe:dispute:${dispute.id}:reinstated` : withdrawnRef,
      createdBy: "system:stripe",
      createdAt: nowIso(),
    },
    reinstated ? sql`${leaseOf(meta)} and ${withdrawn}` : (leaseOf(meta) ?? sql`0`),
    sql`${leases}`,
  ).onConflictDoNothing({ target: ledgerEntries.sourceRef });
}

/** The activity telling the apartment's feed about the dispute (posted by the system, on the lease). */
function disputeActivity(db: Db, meta: Meta, stage: DisputeStage, amount: number) {
  const now = nowIso();
  return insertIf(
    db,
    activities,
    {
      id: newId(),
      orgId: sql`${leases.orgId}`,
      apartmentId: sql`${leases.apartmentId}`,
      leaseId: sql`${leases.id}`,
      kind: "payment_disputed",
      // The stage, not a sentence: the feed renders it in the reader's language (rooms/contract `disputeStageOf`).
      description: stage,
      amount,
      currency: sql`${leases.currency}`,
      period: meta.period || null,
      authorUserId: "system:stripe",
      authorName: "Stripe",
      authorSide: "landlord",
      status: "posted",
      confirmBySide: null,
      confirmedAt: null,
      confirmedBy: null,
      confirmedByName: null,
      rejectedReason: null,
      method: "card",
      receivedOn: null,
      maintenanceRequestId: null,
      createdAt: now,
      updatedAt: now,
    },
    leaseOf(meta) ?? sql`0`,
    sql`${leases}`,
  );
}

function stageOf(event: DisputeEvent): DisputeStage | null {
  if (event.type === "charge.dispute.created") return "opened";
  if (event.type === "charge.dispute.funds_withdrawn") return "funds_withdrawn";
  if (event.type === "charge.dispute.funds_reinstated") return "funds_reinstated";
  const status = event.data.object.status;
  return status === "lost" ? "lost" : status === "won" ? "won" : null;
}

/** One handler for the four dispute events: the ledger entry its stage calls for, the activity, the notice. */
const disputeEvent: EventHandler<DisputeEvent> = async ({ db, stripe }, event) => {
  const dispute = event.data.object;
  const intent = idOf(dispute.payment_intent);
  const stage = stageOf(event);
  if (!intent || !stage) return { meta: {}, writes: [] };
  const meta = await metadataOfIntent(db, stripe, intent);
  const amount = fromStripeAmount(dispute.amount, dispute.currency);
  const writes: Plan["writes"] = [];
  if (stage === "funds_withdrawn" || stage === "lost") writes.push(disputeEntry(db, meta, dispute, amount, false));
  if (stage === "funds_reinstated") writes.push(disputeEntry(db, meta, dispute, amount, true));
  writes.push(disputeActivity(db, meta, stage, amount));
  const notice = { stage, amount, currency: (dispute.currency ?? "").toUpperCase(), period: meta.period || null };
  return { meta, writes, notice };
};

/** The dispute events handled (stripe-events.ts merges them into its table). */
export const disputeHandlers = {
  "charge.dispute.created": disputeEvent,
  "charge.dispute.funds_withdrawn": disputeEvent,
  "charge.dispute.closed": disputeEvent,
  "charge.dispute.funds_reinstated": disputeEvent,
};

/**
 * Emails the landlord side of `leaseId` (members whose role holds `ledger.write`) about a dispute, after
 * the event's writes landed (nothing when the lease is gone).
 */
export async function notifyDispute(
  ports: Pick<Ports, "db" | "queues" | "appUrl">,
  leaseId: string,
  notice: NonNullable<Plan["notice"]>,
): Promise<void> {
  const { db } = ports;
  const [place] = await db
    .select({
      orgId: leases.orgId,
      apartmentId: leases.apartmentId,
      currency: leases.currency,
      street: properties.address,
      city: properties.city,
      unit: apartments.unitNumber,
    })
    .from(leases)
    .innerJoin(apartments, eq(apartments.id, leases.apartmentId))
    .innerJoin(properties, eq(properties.id, apartments.propertyId))
    .where(eq(leases.id, leaseId));
  if (!place) return;
  const landlords = await db
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, place.orgId), inArray(memberships.role, rolesWith("ledger.write"))));
  for (const { email } of landlords)
    await enqueueEmail(ports.queues.email, {
      template: "payment_disputed",
      to: email,
      orgId: place.orgId,
      data: {
        ...notice,
        currency: notice.currency || place.currency,
        address: { street: place.street, city: place.city, unit: place.unit },
        link: `${ports.appUrl}/apartments/${place.apartmentId}`,
      },
    });
}
