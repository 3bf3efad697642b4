import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { auditEntry } from "../admin/audit";
import type { Db } from "../db/client";
import { enqueueEmail } from "../email/outbox";
import { Conflict, Forbidden, Invalid, Unauthorized } from "../lib/errors";
import { newId, newSecret, sha256Hex } from "../lib/ids";
import { isoIn, nowIso } from "../lib/time";
import { memberships, orgs } from "../orgs/schema";
import { newOrgRows } from "../orgs/service";
import { hashPassword, verifyPassword } from "./passwords";
import { authTokens, users } from "./schema";
import { revokeAllSessions, startSession } from "./sessions";

export type AuthDeps = {
  db: Db;
  secret: string;
  emailQueue: Queue;
  /** Origin used in emailed links. */
  appUrl: string;
  requestId?: string;
  client: { userAgent?: string | null; ip?: string | null };
};

export type SignupInput = {
  email: string;
  password: string;
  name: string;
  accountType: "landlord" | "renter";
  orgName?: string;
};

export type PublicUser = {
  id: string;
  email: string;
  name: string;
  accountType: "landlord" | "renter";
  emailVerified: boolean;
  isPlatformAdmin: boolean;
};

export function publicUser(row: typeof users.$inferSelect): PublicUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    accountType: row.accountType,
    emailVerified: row.emailVerifiedAt !== null,
    isPlatformAdmin: row.isPlatformAdmin,
  };
}

const INVALID_CREDENTIALS = "Email or password is incorrect";

export async function signup(deps: AuthDeps, input: SignupInput) {
  const { db } = deps;
  if (input.accountType === "landlord" && !input.orgName) {
    throw new Invalid("orgName: a landlord account needs an organization name", [
      { path: "orgName", message: "Required for landlords" },
    ]);
  }
  const now = nowIso();
  const user: typeof users.$inferSelect = {
    id: newId(),
    email: input.email,
    name: input.name,
    accountType: input.accountType,
    passwordHash: await hashPassword(input.password),
    emailVerifiedAt: null,
    googleSub: null,
    isPlatformAdmin: false,
    bannedAt: null,
    createdAt: now,
  };
  const org = input.accountType === "landlord" && input.orgName ? newOrgRows(db, input.orgName, user.id) : null;
  const verifyToken = newSecret();
  try {
    await db.batch([
      db.insert(users).values(user),
      ...(org ? org.statements : []),
      db.insert(authTokens).values({
        tokenHash: await sha256Hex(verifyToken),
        userId: user.id,
        purpose: "verify_email",
        createdAt: now,
        expiresAt: isoIn(48 * 3600 * 1000),
      }),
      auditEntry(db, {
        action: "user.signup",
        actorUserId: user.id,
        orgId: org?.org.id,
        requestId: deps.requestId,
        ip: deps.client.ip,
      }),
    ]);
  } catch (error) {
    if (String((error as Error).cause ?? error).includes("UNIQUE constraint failed: users.email")) {
      throw new Conflict(
        "An account with this email already exists. Sign in instead, or reset your password.",
        "email_taken",
      );
    }
    throw error;
  }
  await enqueueEmail(deps.emailQueue, {
    template: "verify_email",
    to: user.email,
    data: { name: user.name, link: `${deps.appUrl}/verify-email?token=${verifyToken}` },
  });
  const tokens = await startSession(db, deps.secret, user.id, org ? [org.org.id] : [], deps.client);
  return { user: publicUser(user), org: org ? org.org : undefined, tokens };
}

export async function login(deps: AuthDeps, email: string, password: string) {
  const { db } = deps;
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const ok = await verifyPassword(password, user?.passwordHash ?? null);
  if (!user || !ok) {
    await db.batch([
      auditEntry(db, {
        action: "auth.login_failed",
        actorUserId: user?.id,
        requestId: deps.requestId,
        ip: deps.client.ip,
      }),
    ]);
    throw new Unauthorized(INVALID_CREDENTIALS, "invalid_credentials");
  }
  if (user.bannedAt) throw new Forbidden("This account has been suspended", "user_banned");
  const orgIds = await orgIdsOf(db, user.id);
  const tokens = await startSession(db, deps.secret, user.id, orgIds, deps.client);
  return { user: publicUser(user), tokens };
}

export async function orgIdsOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db.select({ orgId: memberships.orgId }).from(memberships).where(eq(memberships.userId, userId));
  return rows.map((r) => r.orgId);
}

export function meQueries(db: Db, userId: string) {
  return [
    db.select().from(users).where(eq(users.id, userId)),
    db
      .select({
        orgId: memberships.orgId,
        orgName: orgs.name,
        role: memberships.role,
        isDisabled: orgs.isDisabled,
        disabledReason: orgs.disabledReason,
      })
      .from(memberships)
      .innerJoin(orgs, eq(orgs.id, memberships.orgId))
      .where(eq(memberships.userId, userId))
      .orderBy(orgs.name),
  ] as const;
}

async function consumeAuthToken(db: Db, token: string, purpose: "verify_email" | "reset_password") {
  const tokenHash = await sha256Hex(token);
  const result = await db
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
  const row = result[0];
  if (!row) throw new Invalid("This link is invalid or has expired. Ask for a new one.", undefined, "invalid_token");
  return row.userId;
}

export async function verifyEmail(db: Db, token: string) {
  const userId = await consumeAuthToken(db, token, "verify_email");
  await db
    .update(users)
    .set({ emailVerifiedAt: nowIso() })
    .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)));
}

export async function resendVerification(deps: AuthDeps, userId: string) {
  const [user] = await deps.db.select().from(users).where(eq(users.id, userId));
  if (!user || user.emailVerifiedAt) return;
  const token = newSecret();
  await deps.db.insert(authTokens).values({
    tokenHash: await sha256Hex(token),
    userId,
    purpose: "verify_email",
    createdAt: nowIso(),
    expiresAt: isoIn(48 * 3600 * 1000),
  });
  await enqueueEmail(deps.emailQueue, {
    template: "verify_email",
    to: user.email,
    data: { name: user.name, link: `${deps.appUrl}/verify-email?token=${token}` },
  });
}

/** Always succeeds from the caller's point of view: whether the email exists is not revealed. */
export async function requestPasswordReset(deps: AuthDeps, email: string) {
  const [user] = await deps.db.select().from(users).where(eq(users.email, email));
  if (!user || user.bannedAt) return;
  const token = newSecret();
  await deps.db.insert(authTokens).values({
    tokenHash: await sha256Hex(token),
    userId: user.id,
    purpose: "reset_password",
    createdAt: nowIso(),
    expiresAt: isoIn(3600 * 1000),
  });
  await enqueueEmail(deps.emailQueue, {
    template: "reset_password",
    to: user.email,
    data: { name: user.name, link: `${deps.appUrl}/reset-password?token=${token}` },
  });
}

/** Sets the new password and closes every session: whoever had the old password is signed out. */
export async function resetPassword(deps: AuthDeps, token: string, password: string) {
  const userId = await consumeAuthToken(deps.db, token, "reset_password");
  const passwordHash = await hashPassword(password);
  // Following the emailed link proves the address too.
  await deps.db.batch([
    deps.db
      .update(users)
      .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${nowIso()})` })
      .where(eq(users.id, userId)),
    auditEntry(deps.db, {
      action: "auth.password_reset",
      actorUserId: userId,
      requestId: deps.requestId,
      ip: deps.client.ip,
    }),
  ]);
  await revokeAllSessions(deps.db, userId, "password_reset");
}

/** Finds the account for a verified Google identity, links it by email, or creates it. */
export async function signInWithGoogle(
  deps: AuthDeps,
  identity: { sub: string; email: string; name: string },
  intent: "landlord" | "renter",
) {
  const { db } = deps;
  const now = nowIso();
  let [user] = await db.select().from(users).where(eq(users.googleSub, identity.sub));
  if (!user) {
    [user] = await db.select().from(users).where(eq(users.email, identity.email));
    if (user) {
      await db
        .update(users)
        .set({ googleSub: identity.sub, emailVerifiedAt: user.emailVerifiedAt ?? now })
        .where(eq(users.id, user.id));
    } else {
      const created: typeof users.$inferSelect = {
        id: newId(),
        email: identity.email,
        name: identity.name,
        accountType: intent,
        passwordHash: null,
        emailVerifiedAt: now,
        googleSub: identity.sub,
        isPlatformAdmin: false,
        bannedAt: null,
        createdAt: now,
      };
      await db.batch([
        db.insert(users).values(created),
        auditEntry(db, {
          action: "user.signup",
          actorUserId: created.id,
          requestId: deps.requestId,
          details: { via: "google" },
        }),
      ]);
      user = created;
    }
  }
  if (user.bannedAt) throw new Forbidden("This account has been suspended", "user_banned");
  const tokens = await startSession(db, deps.secret, user.id, await orgIdsOf(db, user.id), deps.client);
  return { user: publicUser(user), tokens };
}
