import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "../auth/schema";
import { documentKinds } from "../listings/schema";

/**
 * A renter's dossier, built once and reused for every application: guarantors and documents. Owned by
 * the user, not an org (a renter applies to several orgs); landlords read it only through an application.
 */
export const guarantors = sqliteTable(
  "guarantors",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    email: text("email"),
    phone: text("phone"),
    relationship: text("relationship").notNull(),
    /** Monthly income, integer minor units in `incomeCurrency`. */
    incomeAmount: integer("income_amount"),
    incomeCurrency: text("income_currency"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("guarantors_user_idx").on(t.userId, t.createdAt)],
);

/**
 * A renter's own details, global (one renter, several orgs): completed after accepting a lease (name, phone,
 * birth date, address: what agreements and receipts print), and the profile part of the dossier they apply
 * to listings with (nationality, education, budget are dossier-only). Owned by the dossier; leases,
 * agreements and receipts only read it.
 */
export const renterProfiles = sqliteTable("renter_profiles", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  firstName: text("first_name").notNull(),
  lastName: text("last_name").notNull(),
  phone: text("phone").notNull(),
  birthDate: text("birth_date").notNull(),
  address: text("address").notNull(),
  nationality: text("nationality"),
  education: text("education"),
  /** Monthly budget, integer minor units in `budgetCurrency`. */
  budgetAmount: integer("budget_amount"),
  budgetCurrency: text("budget_currency"),
  updatedAt: text("updated_at").notNull(),
});

/** A dossier file in R2 (`users/<userId>/documents/<id>`), the renter's own or one of their guarantors'. */
export const dossierDocuments = sqliteTable(
  "dossier_documents",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Null for the renter's own documents. */
    guarantorId: text("guarantor_id").references(() => guarantors.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: documentKinds }).notNull(),
    name: text("name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    r2Key: text("r2_key").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("dossier_documents_user_idx").on(t.userId, t.guarantorId, t.createdAt)],
);
