import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import type { AccessClaims } from "../lib/claims";
import { AppError, Forbidden, Unauthorized } from "../lib/errors";
import { verifyPassword } from "./passwords";
import { limitAttempts } from "./rate-limit";
import { sessions, users } from "./schema";

/**
 * "Confirm it's you" before an act that cannot be undone (erasing one's account, closing an org; issue 16 §3).
 * An account with a password types it again. An account that signs in with Google only has no password to
 * type: it must have signed in within the last `FRESH_SIGN_IN_MS` (the session's start), the re-authentication
 * NIST SP 800-63B §4.2.3 / OWASP ASVS V3.7.1 ask for before sensitive operations; the page offers
 * "Sign in with Google again" otherwise. Attempts are rate limited per account (AUTH_LIMITER), so a stolen
 * session cannot guess the password here.
 */

/** How recent a Google-only account's sign-in must be to count as re-authentication: 5 minutes. */
const FRESH_SIGN_IN_MS = 5 * 60 * 1000;

/**
 * Checks that the caller is who the session says, as above. 422 `wrong_password` (at `password`) for a wrong or
 * missing password; 403 `reauthentication_required` for a Google-only account whose sign-in is older than
 * 5 minutes; 429 `rate_limited` after too many attempts; 401 `session_ended` for a revoked session. `now` is
 * an epoch in ms. Writes nothing.
 */
export async function confirmIdentity(
  db: Db,
  limiter: RateLimit,
  claims: AccessClaims,
  password: string | undefined,
  now = Date.now(),
): Promise<{ email: string; name: string; locale: string | null }> {
  await limitAttempts(limiter, `reauth:${claims.sub}`);
  const [row] = await db
    .select({
      email: users.email,
      name: users.name,
      locale: users.locale,
      passwordHash: users.passwordHash,
      sessionStartedAt: sessions.createdAt,
      revokedAt: sessions.revokedAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, claims.sid), eq(sessions.userId, claims.sub)));
  if (!row || row.revokedAt) throw new Unauthorized("Your session has ended, sign in again", "session_ended");
  if (row.passwordHash === null) {
    if (now - Date.parse(row.sessionStartedAt) > FRESH_SIGN_IN_MS)
      throw new Forbidden(
        "For your security, sign in with Google again, then confirm within 5 minutes",
        "reauthentication_required",
      );
  } else if (!(await verifyPassword(password ?? "", row.passwordHash))) {
    throw new AppError(422, "wrong_password", "This is not your password", [
      { path: "password", message: "This is not your password" },
    ]);
  }
  return { email: row.email, name: row.name, locale: row.locale };
}
