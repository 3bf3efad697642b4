import { eq } from "drizzle-orm";
import { Forbidden } from "../lib/errors";
import { requireClaims, type Ctx } from "./access-checks";
import { users } from "./schema";

/**
 * Actions that reach other people need a verified address (issue 11 §4): inviting staff or a renter,
 * sending an agreement for signature, publishing a listing, applying to one. Each puts the account's name in
 * a stranger's inbox or in public, so it must be the address's owner acting; reading and setting up (an org,
 * properties, drafts, a dossier) stay open before verification. The routes call `requireVerifiedEmail` after
 * their access check, before any write.
 */

/** What an unverified caller is told: how to verify and how to get a new link. */
function unverifiedMessage(email: string): string {
  return (
    `Confirm your email address first: open the link we sent to ${email}. ` +
    "No email? Ask for a new one with “Resend link” in the banner at the top of the page " +
    "(API: POST /api/auth/verify-email/resend)."
  );
}

/**
 * 403 `email_unverified` unless the caller's address is verified (one D1 read). 401 when signed out. Call it
 * after the route's access check (which answers 404/403 for who may not act at all).
 */
export async function requireVerifiedEmail(c: Ctx): Promise<void> {
  const claims = requireClaims(c);
  const [row] = await c
    .get("db")
    .select({ email: users.email, verifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(eq(users.id, claims.sub));
  if (!row?.verifiedAt) throw new Forbidden(unverifiedMessage(row?.email ?? "your address"), "email_unverified");
}
