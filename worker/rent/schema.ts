import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { leases } from "../leases/schema";
import { orgs } from "../orgs/schema";

export const ledgerKinds = ["charge", "payment", "adjustment", "refund"] as const;
export type LedgerKind = (typeof ledgerKinds)[number];

/**
 * The append-only money record of a lease (SQLite triggers reject UPDATE and DELETE). Sign convention:
 * `amount` is what the renter owes, in minor units — charges and debit adjustments are positive, payments
 * and credit adjustments negative, refunds positive (money given back to the renter). The balance is the
 * sum: positive means the renter owes. `source_ref` is unique, so every source writes at most one entry.
 */
export const ledgerEntries = sqliteTable(
  "ledger_entries",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    leaseId: text("lease_id")
      .notNull()
      .references(() => leases.id),
    kind: text("kind", { enum: ledgerKinds }).notNull(),
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    period: text("period"),
    reason: text("reason"),
    sourceRef: text("source_ref").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("ledger_entries_source_ref_unique").on(t.sourceRef),
    index("ledger_entries_org_lease_idx").on(t.orgId, t.leaseId, t.createdAt),
  ],
);

export type LedgerEntry = typeof ledgerEntries.$inferSelect;

export const paymentStatuses = ["pending", "succeeded", "failed", "refunded"] as const;

/**
 * Online payments (Stripe Checkout). Created when the renter starts a checkout; the webhook moves it to
 * succeeded/failed/refunded. The ledger entry itself is written by the webhook with a unique source ref
 * (`stripe:payment:<payment intent>`), so however many related events arrive, the money is counted once.
 */
export const payments = sqliteTable(
  "payments",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    leaseId: text("lease_id")
      .notNull()
      .references(() => leases.id),
    provider: text("provider", { enum: ["stripe"] }).notNull(),
    checkoutSessionId: text("checkout_session_id").notNull(),
    paymentIntentId: text("payment_intent_id"),
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    period: text("period"),
    status: text("status", { enum: paymentStatuses }).notNull().default("pending"),
    failureReason: text("failure_reason"),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("payments_checkout_session_unique").on(t.checkoutSessionId),
    index("payments_payment_intent_idx").on(t.paymentIntentId),
    index("payments_org_lease_idx").on(t.orgId, t.leaseId, t.createdAt),
  ],
);

/** Every Stripe event handled, by id: a redelivery is acknowledged without running again. */
export const stripeEvents = sqliteTable("stripe_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  receivedAt: text("received_at").notNull(),
});

/** Reminder emails sent, one per lease, period and kind (`before`, `due`, `overdue-1`, `overdue-2`, …). */
export const rentReminders = sqliteTable(
  "rent_reminders",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    leaseId: text("lease_id")
      .notNull()
      .references(() => leases.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    kind: text("kind").notNull(),
    sentAt: text("sent_at").notNull(),
  },
  (t) => [uniqueIndex("rent_reminders_unique").on(t.leaseId, t.period, t.kind)],
);
