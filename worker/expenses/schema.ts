import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { maintenanceRequests, vendors } from "../maintenance/schema";
import { orgs } from "../orgs/schema";
import { EXPENSE_CATEGORIES } from "./vocabulary";
import { apartments, properties } from "../portfolio/schema";

/**
 * Money an org spent on a property (optionally one of its apartments), migration 0032. `amount` is positive,
 * in minor units of `currency` (the org's currency when recorded); `incurredOn` the day it was incurred
 * (`YYYY-MM-DD`, the org's calendar). The receipt, when attached, lives in R2 at `receiptKey` (its detected
 * MIME type, the name it was uploaded under and its size in bytes).
 */
export const expenses = sqliteTable(
  "expenses",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    propertyId: text("property_id")
      .notNull()
      .references(() => properties.id, { onDelete: "cascade" }),
    apartmentId: text("apartment_id").references(() => apartments.id, { onDelete: "set null" }),
    maintenanceRequestId: text("maintenance_request_id").references(() => maintenanceRequests.id, {
      onDelete: "set null",
    }),
    vendorId: text("vendor_id").references(() => vendors.id, { onDelete: "set null" }),
    category: text("category", { enum: EXPENSE_CATEGORIES }).notNull(),
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    incurredOn: text("incurred_on").notNull(),
    note: text("note"),
    receiptKey: text("receipt_key"),
    receiptType: text("receipt_type"),
    receiptName: text("receipt_name"),
    receiptSize: integer("receipt_size"),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    /** Made from the request's logged costs (no amount given): at most one per request (migration 0036). */
    fromLoggedCosts: integer("from_logged_costs", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    index("expenses_org_property_day_idx").on(t.orgId, t.propertyId, t.incurredOn),
    uniqueIndex("expenses_logged_costs_once")
      .on(t.maintenanceRequestId)
      .where(sql`${t.fromLoggedCosts} = 1`),
  ],
);
export type Expense = typeof expenses.$inferSelect;
