import { readCookie } from "./cookies.server";
import type { Side } from "./sides";

/** The side switch's cookie: which side a person with both last chose (`landlord` or `renter`). */
const SIDE_COOKIE = "rl_side";
const ONE_YEAR = 365 * 24 * 3600;

/** The side the visitor last chose, as the cookie has it (checked by `currentSide`, never trusted). */
export function readSideCookie(request: Request): string | undefined {
  return readCookie(request, SIDE_COOKIE);
}

/** The Set-Cookie value that remembers `side` (a year; readable by the server only). */
export function sideCookie(side: Side): string {
  return `${SIDE_COOKIE}=${side}; Max-Age=${ONE_YEAR}; Path=/; HttpOnly; Secure; SameSite=Lax`;
}
