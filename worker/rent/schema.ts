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
  (t) => [uniqueIndex("ledger_entries_source_ref_unique").on(t.sourceRef), index("ledger_entries_org_lease_idx").on(t.orgId, t.leaseId, t.createdAt)],
);
