import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Accounts: global (one email, one account), landlord or renter, optionally linked to Google. */
export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    accountType: text("account_type", { enum: ["landlord", "renter"] }).notNull(),
    /** Versioned PBKDF2 hash string; null for accounts that only sign in with Google. */
    passwordHash: text("password_hash"),
    emailVerifiedAt: text("email_verified_at"),
    googleSub: text("google_sub"),
    isPlatformAdmin: integer("is_platform_admin", { mode: "boolean" }).notNull().default(false),
    bannedAt: text("banned_at"),
    /** Why a platform admin banned the account (shown to it at sign-in); null when not banned. */
    banReason: text("ban_reason"),
    /** The language the user reads Rentline in (`fr`, `en`, `uk`, `he`); null until they choose (then their org's). */
    locale: text("locale"),
    createdAt: text("created_at").notNull(),
    /**
     * When the person erased their account (migration 0041; GDPR art. 17, worker/erasure/service.ts): the row
     * stays, pseudonymised (name `ERASED_USER_NAME`, an undeliverable email, no password, no Google subject), so
     * what the law makes a landlord keep still points at someone. Null for a live account.
     */
    erasedAt: text("erased_at"),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email), uniqueIndex("users_google_sub_unique").on(t.googleSub)],
);

/** A session is one refresh-token family: one device's sign-in. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    userAgent: text("user_agent"),
    ip: text("ip"),
    createdAt: text("created_at").notNull(),
    lastUsedAt: text("last_used_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    revokedAt: text("revoked_at"),
    revokedReason: text("revoked_reason"),
  },
  (t) => [index("sessions_user_idx").on(t.userId, t.revokedAt)],
);

/** Every refresh token ever issued, stored hashed; `usedAt` set once it was rotated. */
export const refreshTokens = sqliteTable(
  "refresh_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    createdAt: text("created_at").notNull(),
    usedAt: text("used_at"),
    replacedBy: text("replaced_by"),
  },
  (t) => [index("refresh_tokens_session_idx").on(t.sessionId)],
);

/** One-time emailed links: email verification and password reset. Stored hashed. */
export const authTokens = sqliteTable(
  "auth_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ["verify_email", "reset_password"] }).notNull(),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
  },
  (t) => [index("auth_tokens_user_idx").on(t.userId, t.purpose)],
);
