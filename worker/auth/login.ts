import { and, count, eq, gt } from "drizzle-orm";
import type { z } from "zod";
import { auditEntry, auditLog } from "../lib/audit";
import { AccountBanned, AppError, Unauthorized } from "../lib/errors";
import { isoIn } from "../lib/time";
import type { loginInput } from "./contract";
import { verifyPassword } from "./passwords";
import { users } from "./schema";
import { type AuthPorts, publicUser, type SessionIssuer } from "./service";
import { orgIdsOf, startSession } from "./sessions";

/**
 * Password sign-in, throttled twice: per (IP, email) by the rate limiter in the route, and per account across
 * every address here (OWASP Authentication Cheat Sheet, "Account lockout"; NIST SP 800-63B §5.2.2): once an
 * account has `MAX_FAILURES_PER_ACCOUNT` failed sign-ins in `FAILURE_WINDOW_MS`, from whatever IPs, further
 * attempts on it answer 429 without checking the password, until the oldest failure leaves the window. The
 * failures are the `auth.login_failed` audit rows (indexed by actor and time); refused attempts are not
 * counted, so the lock ends on time. A password reset is the way in meanwhile.
 */

export const MAX_FAILURES_PER_ACCOUNT = 10;
const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const INVALID_CREDENTIALS = "Email or password is incorrect";

/**
 * Signs in with email and password. 401 `invalid_credentials` alike for an unknown email and a wrong password
 * (the failure is audited); 429 `rate_limited` when the account is throttled. One D1 round
 * trip reads the account and its recent failures. A banned account (right password) → 403 `account_banned`
 * with the admin's `banReason`.
 */
export async function login(ports: AuthPorts, issuer: SessionIssuer, input: z.infer<typeof loginInput>) {
  const { db } = ports;
  const [[user], [recent]] = await db.batch([
    db.select().from(users).where(eq(users.email, input.email)),
    db
      .select({ failures: count() })
      .from(auditLog)
      .innerJoin(users, eq(users.id, auditLog.actorUserId))
      .where(
        and(
          eq(users.email, input.email),
          eq(auditLog.action, "auth.login_failed"),
          gt(auditLog.at, isoIn(-FAILURE_WINDOW_MS)),
        ),
      ),
  ]);
  if (user && (recent?.failures ?? 0) >= MAX_FAILURES_PER_ACCOUNT) {
    throw new AppError(
      429,
      "rate_limited",
      "Too many failed sign-ins for this account. Try again in 15 minutes, or reset your password.",
      undefined,
      { "Retry-After": String(FAILURE_WINDOW_MS / 1000) },
    );
  }
  const ok = await verifyPassword(input.password, user?.passwordHash ?? null);
  if (!user || !ok) {
    await db.batch([
      auditEntry(db, {
        action: "auth.login_failed",
        actorUserId: user?.id,
        requestId: ports.requestId,
        ip: issuer.client.ip,
      }),
    ]);
    throw new Unauthorized(INVALID_CREDENTIALS, "invalid_credentials");
  }
  if (user.bannedAt) throw new AccountBanned(user.banReason);
  const orgIds = await orgIdsOf(db, user.id);
  const tokens = await startSession(db, issuer.secret, user.id, orgIds, issuer.client, user.locale);
  return { user: publicUser(user), tokens };
}
