import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "../auth/schema";
import { orgs } from "../orgs/schema";
import { apartments } from "../portfolio/schema";

/** Who rents which apartment, from when, at what rent and due day. Dates are ISO `YYYY-MM-DD`. */
export const leases = sqliteTable(
  "leases",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    apartmentId: text("apartment_id")
      .notNull()
      .references(() => apartments.id, { onDelete: "cascade" }),
    startDate: text("start_date").notNull(),
    endDate: text("end_date"),
    rentAmount: integer("rent_amount").notNull(),
    currency: text("currency").notNull(),
    dueDay: integer("due_day").notNull(),
    depositAmount: integer("deposit_amount"),
    /** Rent reminder emails to the renters (before the due day, on it, weekly while overdue). */
    remindersEnabled: integer("reminders_enabled", { mode: "boolean" }).notNull().default(true),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("leases_org_apartment_idx").on(t.orgId, t.apartmentId, t.startDate)],
);

/** The renters of a lease: invited by email, joined once they accept (co-renters each get their own). */
export const leaseRenters = sqliteTable(
  "lease_renters",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    leaseId: text("lease_id")
      .notNull()
      .references(() => leases.id, { onDelete: "cascade" }),
    apartmentId: text("apartment_id").notNull(),
    email: text("email").notNull(),
    userId: text("user_id").references(() => users.id),
    tokenHash: text("token_hash").notNull(),
    invitedAt: text("invited_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    joinedAt: text("joined_at"),
  },
  (t) => [
    uniqueIndex("lease_renters_token_unique").on(t.tokenHash),
    uniqueIndex("lease_renters_lease_email_unique").on(t.leaseId, t.email),
    index("lease_renters_user_idx").on(t.userId, t.apartmentId),
    index("lease_renters_org_lease_idx").on(t.orgId, t.leaseId),
  ],
);
