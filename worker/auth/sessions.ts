import { and, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { insertIf } from "../db/conditional";
import type { Db } from "../db/client";
import { auditEntry } from "../lib/audit";
import { Unauthorized } from "../lib/errors";
import { newId, newSecret, sha256Hex } from "../lib/ids";
import { isLocale } from "../lib/i18n/locales";
import { isoIn, nowIso } from "../lib/time";
import { memberships } from "../orgs/schema";
import { authTokens, refreshTokens, sessions, users } from "./schema";
import { signAccessToken } from "./tokens";

/**
 * Sessions are refresh-token families. Refresh tokens are opaque, stored as SHA-256 hashes and rotated on
 * every use; presenting one that was already rotated revokes the whole family (someone copied it).
 */
export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;

/**
 * 401 `refresh_token_reused`: a rotated refresh token came back (someone copied it), so its whole session
 * was revoked. Carries the session, so the caller can close its open room sockets too.
 */
export class RefreshTokenReused extends Unauthorized {
  constructor(
    readonly sessionId: string,
    readonly userId: string,
  ) {
    super("This sign-in was used from elsewhere and has been closed for safety, sign in again", "refresh_token_reused");
  }
}

export type IssuedTokens = { accessToken: string; refreshToken: string; expiresIn: number; sessionId: string };

/** Who is signing in: their user agent and IP, kept on the session for the "your sessions" list. */
/** Who signs in, from where, in which request (the audit row of the session's start carries it). */
export type Client = { userAgent?: string | null; ip?: string | null; requestId?: string };

/** The ids of the orgs `userId` is a member of (what an access token lists). */
export async function orgIdsOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db.select({ orgId: memberships.orgId }).from(memberships).where(eq(memberships.userId, userId));
  return rows.map((r) => r.orgId);
}

/**
 * Opens a session (a new refresh-token family) for `userId` and signs its first access token, which carries
 * the account's language (`locale`, the users row's value: anything we do not speak is left out).
 */
export async function startSession(
  db: Db,
  secret: string,
  userId: string,
  orgIds: string[],
  client: Client,
  locale?: string | null,
): Promise<IssuedTokens> {
  const sessionId = newId();
  const refreshToken = newSecret();
  const now = nowIso();
  await db.batch([
    db.insert(sessions).values({
      id: sessionId,
      userId,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      ip: client.ip ?? null,
      createdAt: now,
      lastUsedAt: now,
      expiresAt: isoIn(SESSION_TTL_MS),
    }),
    db.insert(refreshTokens).values({ tokenHash: await sha256Hex(refreshToken), sessionId, createdAt: now }),
    auditEntry(db, {
      action: "auth.session_start",
      actorUserId: userId,
      targetType: "session",
      targetId: sessionId,
      requestId: client.requestId,
      ip: client.ip,
    }),
  ]);
  const lng = isLocale(locale) ? locale : undefined;
  const accessToken = await signAccessToken(secret, { sub: userId, sid: sessionId, orgs: orgIds, lng });
  return { accessToken, refreshToken, expiresIn: 900, sessionId };
}

/**
 * Rotates a refresh token: the next one and a fresh access token for the same session. 401 `session_ended`
 * for an unknown, revoked or expired session or a banned user; 401 `refresh_token_reused` (and the session
 * revoked) when the token was already rotated, or a racing rotation won.
 */
export async function rotateRefreshToken(
  db: Db,
  secret: string,
  refreshToken: string,
): Promise<IssuedTokens & { userId: string }> {
  const tokenHash = await sha256Hex(refreshToken);
  const [found] = await db
    .select({
      usedAt: refreshTokens.usedAt,
      sessionId: sessions.id,
      userId: sessions.userId,
      revokedAt: sessions.revokedAt,
      expiresAt: sessions.expiresAt,
      bannedAt: users.bannedAt,
      locale: users.locale,
      orgIds: sql<
        string | null
      >`(select group_concat(${memberships.orgId}) from ${memberships} where ${memberships.userId} = ${sessions.userId})`,
    })
    .from(refreshTokens)
    .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(refreshTokens.tokenHash, tokenHash));
  if (!found || found.revokedAt || found.expiresAt < nowIso() || found.bannedAt) {
    throw new Unauthorized("Your session has ended, sign in again", "session_ended");
  }
  if (found.usedAt) {
    await revokeSession(db, found.sessionId, "refresh_token_reuse");
    throw new RefreshTokenReused(found.sessionId, found.userId);
  }
  const next = newSecret();
  const nextHash = await sha256Hex(next);
  const now = nowIso();
  // The conditional update wins once; the insert only copies a row this very update marked, so two racing
  // rotations of one token cannot both mint a successor.
  const [, inserted] = await db.batch([
    db
      .update(refreshTokens)
      .set({ usedAt: now, replacedBy: nextHash })
      .where(and(eq(refreshTokens.tokenHash, tokenHash), isNull(refreshTokens.usedAt))),
    insertIf(
      db,
      refreshTokens,
      { tokenHash: nextHash, sessionId: found.sessionId, createdAt: now, usedAt: null, replacedBy: null },
      and(eq(refreshTokens.tokenHash, tokenHash), eq(refreshTokens.replacedBy, nextHash))!,
      sql`${refreshTokens}`,
    ),
    db.update(sessions).set({ lastUsedAt: now }).where(eq(sessions.id, found.sessionId)),
  ]);
  if (inserted.meta.changes !== 1) {
    await revokeSession(db, found.sessionId, "refresh_token_reuse");
    throw new RefreshTokenReused(found.sessionId, found.userId);
  }
  const orgIds = found.orgIds ? found.orgIds.split(",") : [];
  const lng = isLocale(found.locale) ? found.locale : undefined;
  const accessToken = await signAccessToken(secret, { sub: found.userId, sid: found.sessionId, orgs: orgIds, lng });
  return { accessToken, refreshToken: next, expiresIn: 900, sessionId: found.sessionId, userId: found.userId };
}

/** Ends one session (idempotent): its refresh tokens stop working, its access token at the next check. */
export async function revokeSession(db: Db, sessionId: string, reason: string) {
  await db
    .update(sessions)
    .set({ revokedAt: nowIso(), revokedReason: reason })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** The user's open sessions, most recently used first (a statement for a read batch). */
export function activeSessionsQuery(db: Db, userId: string) {
  return db
    .select({
      id: sessions.id,
      userAgent: sessions.userAgent,
      ip: sessions.ip,
      createdAt: sessions.createdAt,
      lastUsedAt: sessions.lastUsedAt,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), sql`${sessions.expiresAt} > ${nowIso()}`))
    .orderBy(desc(sessions.lastUsedAt));
}

/** Revokes one of the user's sessions; false when it is not theirs (the route answers 404). */
export async function revokeOwnSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  const result = await db
    .update(sessions)
    .set({ revokedAt: nowIso(), revokedReason: "signed_out" })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)));
  return result.meta.changes === 1;
}

/** Ends every other session of the user ("sign out everywhere else"); answers how many. */
export async function revokeOtherSessions(db: Db, userId: string, keepSessionId: string): Promise<number> {
  const result = await db
    .update(sessions)
    .set({ revokedAt: nowIso(), revokedReason: "signed_out_elsewhere" })
    .where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId), isNull(sessions.revokedAt)));
  return result.meta.changes;
}

/**
 * Ends every session of the user (a password reset, a ban): a statement, to await alone or to run in the
 * batch of the change that causes it.
 */
export function revokeAllSessions(db: Db, userId: string, reason: string) {
  return db
    .update(sessions)
    .set({ revokedAt: nowIso(), revokedReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

/** Voids every unused password-reset link of the user (a statement for the batch of a reset or a ban). */
export function voidResetLinks(db: Db, userId: string) {
  return db
    .update(authTokens)
    .set({ usedAt: nowIso() })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, "reset_password"), isNull(authTokens.usedAt)));
}
