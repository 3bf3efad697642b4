import { isLocale, type Locale } from "../lib/i18n/locales";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { z } from "zod";
import { auditEntry } from "../lib/audit";
import type { Db } from "../db/client";
import { isUniqueViolation } from "../db/errors";
import { enqueueEmail } from "../email/contract";
import { AccountBanned, Conflict, Invalid } from "../lib/errors";
import { newId, newSecret, sha256Hex } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { isoIn, nowIso } from "../lib/time";
import type { accountType, PublicUser, SignupInput } from "./contract";
import { assertStrongPassword } from "./password-strength";
import { hashPassword } from "./passwords";
import { authTokens, users } from "./schema";
import { orgIdsOf, revokeAllSessions, startSession, voidResetLinks, type Client } from "./sessions";

/**
 * Accounts: sign-up, sign-in (password or Google), email verification and password reset. Every function
 * takes the ports it uses plus, where it opens a session, the `SessionIssuer` (the JWT secret and who signs
 * in). Emails go out through the email queue; security events land in the audit log in the same batch.
 */

/** What the auth services reach: D1, the email queue, the origin for emailed links, the request id. */
export type AuthPorts = Pick<Ports, "db" | "queues" | "appUrl" | "requestId" | "asset">;

/** How a session is opened: the JWT signing secret, and who is signing in (user agent, IP). */
export type SessionIssuer = { secret: string; client: Client };

/**
 * The statements that create an org owned by `ownerUserId`, for sign-up's batch. Orgs provides it
 * (orgs/service `newOrgRows`); the app passes it in, so auth does not depend on orgs' service.
 */
export type NewOrgRows = (
  db: Db,
  name: string,
  ownerUserId: string,
) => { org: { id: string; name: string; slug: string }; statements: readonly BatchItem<"sqlite">[] };

/** The public view of an account row (auth/contract `publicUser`). */
export function publicUser(row: typeof users.$inferSelect): PublicUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    accountType: row.accountType,
    emailVerified: row.emailVerifiedAt !== null,
    hasPassword: row.passwordHash !== null,
    locale: isLocale(row.locale) ? row.locale : null,
    isPlatformAdmin: row.isPlatformAdmin,
  };
}

const VERIFY_LINK_TTL_MS = 48 * 3600 * 1000;
const RESET_LINK_TTL_MS = 3600 * 1000;

function newAccount(input: {
  email: string;
  name: string;
  accountType: z.infer<typeof accountType>;
  locale?: Locale | undefined;
}) {
  const account: typeof users.$inferSelect = {
    id: newId(),
    email: input.email,
    name: input.name,
    accountType: input.accountType,
    passwordHash: null,
    emailVerifiedAt: null,
    googleSub: null,
    isPlatformAdmin: false,
    bannedAt: null,
    banReason: null,
    locale: input.locale ?? null,
    createdAt: nowIso(),
    erasedAt: null,
  };
  return account;
}

/** A one-time emailed link's token row (stored hashed) and the token itself for the link. */
async function oneTimeToken(userId: string, purpose: "verify_email" | "reset_password", ttlMs: number) {
  const token = newSecret();
  const row = {
    tokenHash: await sha256Hex(token),
    userId,
    purpose,
    createdAt: nowIso(),
    expiresAt: isoIn(ttlMs),
  } satisfies typeof authTokens.$inferInsert;
  return { token, row };
}

/**
 * Creates an account (and, for a landlord, their org with them as owner) in one batch and emails the
 * verification link. The answer never says whether the address already had an account (OWASP Authentication
 * Cheat Sheet, "Account enumeration"): for a taken address nothing is created and the address's owner gets
 * an email instead (`signup_existing_account`); the work done is the same (the password is hashed, the
 * batch is tried). No session is opened: the client signs in (POST /auth/login), which for a new account
 * works at once, unverified. 400 when a landlord gives no `orgName`; 400 `weak_password`.
 */
export async function signup(ports: AuthPorts, issuer: SessionIssuer, input: SignupInput, newOrgRows: NewOrgRows) {
  const { db } = ports;
  if (input.accountType === "landlord" && !input.orgName) {
    throw new Invalid("orgName: a landlord account needs an organization name", [
      { path: "orgName", message: "Required for landlords" },
    ]);
  }
  await assertStrongPassword(ports, input.password, [input.email, input.name, input.orgName]);
  const user = { ...newAccount(input), passwordHash: await hashPassword(input.password) };
  const org = input.accountType === "landlord" && input.orgName ? newOrgRows(db, input.orgName, user.id) : null;
  const verify = await oneTimeToken(user.id, "verify_email", VERIFY_LINK_TTL_MS);
  try {
    await db.batch([
      db.insert(users).values(user),
      ...(org ? org.statements : []),
      db.insert(authTokens).values(verify.row),
      auditEntry(db, {
        action: "user.signup",
        actorUserId: user.id,
        orgId: org?.org.id,
        requestId: ports.requestId,
        ip: issuer.client.ip,
      }),
    ]);
  } catch (error) {
    if (!isUniqueViolation(error, "users.email")) throw error;
    await enqueueEmail(ports.queues.email, {
      template: "signup_existing_account",
      to: user.email,
      orgId: null,
      data: { signInLink: `${ports.appUrl}/login`, resetLink: `${ports.appUrl}/forgot-password` },
    });
    return { email: user.email };
  }
  await enqueueEmail(ports.queues.email, {
    template: "verify_email",
    to: user.email,
    orgId: null,
    data: { name: user.name, link: `${ports.appUrl}/verify-email?token=${verify.token}` },
  });
  return { email: user.email };
}

/** Uses a one-time token once; 400 `invalid_token` when unknown, used, expired or for another purpose. */
async function consumeAuthToken(db: Db, token: string, purpose: "verify_email" | "reset_password") {
  const tokenHash = await sha256Hex(token);
  const [row] = await db
    .update(authTokens)
    .set({ usedAt: nowIso() })
    .where(
      and(
        eq(authTokens.tokenHash, tokenHash),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, nowIso()),
      ),
    )
    .returning({ userId: authTokens.userId });
  if (!row) throw new Invalid("This link is invalid or has expired. Ask for a new one.", undefined, "invalid_token");
  return row.userId;
}

/** Marks the address of the emailed link's account verified. 400 `invalid_token`. */
export async function verifyEmail(ports: Pick<Ports, "db">, token: string) {
  const userId = await consumeAuthToken(ports.db, token, "verify_email");
  await ports.db
    .update(users)
    .set({ emailVerifiedAt: nowIso() })
    .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)));
}

/** Emails a new verification link, unless the address is already verified. */
export async function resendVerification(ports: AuthPorts, userId: string) {
  const [user] = await ports.db.select().from(users).where(eq(users.id, userId));
  if (!user || user.emailVerifiedAt) return;
  const verify = await oneTimeToken(userId, "verify_email", VERIFY_LINK_TTL_MS);
  await ports.db.insert(authTokens).values(verify.row);
  await enqueueEmail(ports.queues.email, {
    template: "verify_email",
    to: user.email,
    orgId: null,
    data: { name: user.name, link: `${ports.appUrl}/verify-email?token=${verify.token}` },
  });
}

/** Always succeeds from the caller's point of view: whether the email exists is not revealed. */
export async function requestPasswordReset(ports: AuthPorts, email: string) {
  const [user] = await ports.db.select().from(users).where(eq(users.email, email));
  if (!user || user.bannedAt) return;
  const reset = await oneTimeToken(user.id, "reset_password", RESET_LINK_TTL_MS);
  await ports.db.insert(authTokens).values(reset.row);
  await enqueueEmail(ports.queues.email, {
    template: "reset_password",
    to: user.email,
    orgId: null,
    data: { name: user.name, link: `${ports.appUrl}/reset-password?token=${reset.token}` },
  });
}

/**
 * Sets the new password and, in the same batch, closes every session (whoever had the old password is
 * signed out) and voids every other outstanding reset link (an older link must not set the password again).
 * Following the emailed link proves the address too. Answers the account's id. 400 `invalid_token`.
 */
export async function resetPassword(ports: AuthPorts, client: Client, token: string, password: string) {
  const { db } = ports;
  const [owner] = await db
    .select({ email: users.email, name: users.name })
    .from(users)
    .innerJoin(authTokens, eq(authTokens.userId, users.id))
    .where(eq(authTokens.tokenHash, await sha256Hex(token)));
  // Checked before the link is used up: a refused password leaves the link working for a better one.
  await assertStrongPassword(ports, password, [owner?.email, owner?.name]);
  const userId = await consumeAuthToken(db, token, "reset_password");
  const passwordHash = await hashPassword(password);
  await db.batch([
    db
      .update(users)
      .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${nowIso()})` })
      .where(eq(users.id, userId)),
    voidResetLinks(db, userId),
    revokeAllSessions(db, userId, "password_reset"),
    auditEntry(db, { action: "auth.password_reset", actorUserId: userId, requestId: ports.requestId, ip: client.ip }),
  ]);
  return userId;
}

/**
 * The account of a Google identity: by Google subject, else linked by email — only to an account whose
 * address is verified (otherwise whoever registered the address first, perhaps not its owner, would keep a
 * password into the account Google's user now uses): 409 `email_unverified`, asking to confirm the address
 * or reset the password first — else created.
 */
async function googleAccount(
  ports: AuthPorts,
  identity: { sub: string; email: string; name: string },
  intent: z.infer<typeof accountType>,
) {
  const { db } = ports;
  const [bySub] = await db.select().from(users).where(eq(users.googleSub, identity.sub));
  if (bySub) return bySub;
  const [byEmail] = await db.select().from(users).where(eq(users.email, identity.email));
  if (byEmail) {
    if (!byEmail.emailVerifiedAt) throw new Conflict(GOOGLE_UNVERIFIED, "email_unverified");
    await db.update(users).set({ googleSub: identity.sub }).where(eq(users.id, byEmail.id));
    return byEmail;
  }
  const created = {
    ...newAccount({ email: identity.email, name: identity.name, accountType: intent }),
    googleSub: identity.sub,
  };
  created.emailVerifiedAt = created.createdAt;
  await db.batch([
    db.insert(users).values(created),
    auditEntry(db, {
      action: "user.signup",
      actorUserId: created.id,
      requestId: ports.requestId,
      details: { via: "google" },
    }),
  ]);
  return created;
}

const GOOGLE_UNVERIFIED =
  "A Rentline account with this address exists, but its address is not confirmed yet. Sign in with its password and confirm the address from the email we sent (or reset the password), then Google sign-in will link to it.";

/** Finds the account for a verified Google identity, links it by email, or creates it; opens a session. 403 banned. */
export async function signInWithGoogle(
  ports: AuthPorts,
  issuer: SessionIssuer,
  identity: { sub: string; email: string; name: string },
  intent: z.infer<typeof accountType>,
) {
  const user = await googleAccount(ports, identity, intent);
  if (user.bannedAt) throw new AccountBanned(user.banReason);
  const orgIds = await orgIdsOf(ports.db, user.id);
  const tokens = await startSession(ports.db, issuer.secret, user.id, orgIds, issuer.client, user.locale);
  return { user: publicUser(user), tokens };
}
