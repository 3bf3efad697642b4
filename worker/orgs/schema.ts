import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "../auth/schema";

import { ROLES, type Role } from "../domain";

/** The org roles (worker/domain `ROLES`). */
export const roles = ROLES;
export type { Role };

/**
 * The SaaS customers (pool model). `database` is the org registry's pointer for later sharding. The settings
 * (migration 0020, worker/orgs/settings.ts): legal identity (`legalName` … `contactEmail`, `phone`), bank
 * details for transfers (IBAN in electronic format), logo (R2 key) and defaults (`locale`, `country` ISO 3166
 * alpha-2, `currency` ISO 4217, `timezone` IANA). New orgs are fr / FR / EUR / Europe/Paris (`newOrgRows`).
 */
export const orgs = sqliteTable(
  "orgs",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    /** The contact phone. */
    phone: text("phone"),
    /** The street line of the registered address. */
    address: text("address"),
    postalCode: text("postal_code"),
    city: text("city"),
    /** ISO 3166 alpha-2 country of the registered address. */
    addressCountry: text("address_country"),
    legalName: text("legal_name"),
    /** "SCI", "SARL", "particulier"… as the owner writes it. */
    legalForm: text("legal_form"),
    legalKind: text("legal_kind", { enum: ["individual", "company"] }),
    /** SIRET (14 digits) for a French company; the registry number elsewhere. */
    companyNumber: text("company_number"),
    contactEmail: text("contact_email"),
    bankHolder: text("bank_holder"),
    /** Electronic format (no spaces, upper case); printed in groups of 4. */
    bankIban: text("bank_iban"),
    bankBic: text("bank_bic"),
    logoKey: text("logo_key"),
    logoType: text("logo_type"),
    country: text("country").notNull().default("FR"),
    currency: text("currency").notNull().default("EUR"),
    locale: text("locale").notNull().default("en"),
    timezone: text("timezone").notNull().default("UTC"),
    database: text("database").notNull().default("DB"),
    isDisabled: integer("is_disabled", { mode: "boolean" }).notNull().default(false),
    disabledReason: text("disabled_reason"),
    createdAt: text("created_at").notNull(),
    /** The number renters call for an emergency (migration 0031); null: the contact phone (`phone`). */
    emergencyPhone: text("emergency_phone"),
    /**
     * A company that is an SCI familiale (migration 0037; loi n° 89-462 art. 10 and 13): a société civile between
     * relatives up to the fourth degree, whose leases keep a natural person's three-year minimum. Only with
     * `legalKind` company.
     */
    familyCompany: integer("family_company", { mode: "boolean" }).notNull().default(false),
    /** Who signs for a company ("Odile Fabre, gérante"; migration 0037), printed on its agreements (art. 3). */
    representative: text("representative"),
    /**
     * When an owner closed the org (migration 0041; worker/erasure/org-closure.ts): it is disabled like a
     * disabled org, its data kept until `purgeAfter` (ISO instant), then `purgeClosedOrgs` marks `purgedAt`
     * and deletes it. Null while the org is open.
     */
    closedAt: text("closed_at"),
    purgeAfter: text("purge_after"),
    purgedAt: text("purged_at"),
  },
  (t) => [uniqueIndex("orgs_slug_unique").on(t.slug)],
);

/** Who belongs to which org, with which role (a renter is never a member). */
export const memberships = sqliteTable(
  "memberships",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: roles }).notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId] }), index("memberships_user_idx").on(t.userId)],
);

/** Staff invitations by email, stored hashed, bound to the address, valid 7 days, used once. */
export const invitations = sqliteTable(
  "invitations",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role", { enum: roles }).notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedBy: text("invited_by")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    acceptedAt: text("accepted_at"),
    acceptedBy: text("accepted_by"),
  },
  (t) => [
    uniqueIndex("invitations_token_unique").on(t.tokenHash),
    index("invitations_org_idx").on(t.orgId, t.createdAt),
  ],
);
