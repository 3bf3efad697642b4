import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../lib/context";
import { Forbidden } from "../lib/errors";
import { clearSessionCookies, readSessionCookies, setSessionCookies } from "./cookies";
import { RefreshTokenReused, rotateRefreshToken } from "./sessions";
import { verifyAccessToken } from "./tokens";

/**
 * Who is calling: a bearer access token (API clients), or the cookie session (the browser), renewed here
 * from the refresh cookie when the access cookie has expired. Sets `claims`; never touches D1 unless a
 * renewal is due.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const secret = c.env.JWT_SECRET;
  const header = c.req.header("authorization");
  if (header?.startsWith("Bearer ")) {
    const claims = await verifyAccessToken(secret, header.slice(7).trim());
    if (claims) {
      c.set("claims", claims);
      c.set("authVia", "bearer");
      c.set("accessToken", header.slice(7).trim());
    }
    return next();
  }
  const cookies = readSessionCookies(c);
  if (!cookies.access && !cookies.refresh) return next();
  c.set("authVia", "cookie");
  const claims = cookies.access ? await verifyAccessToken(secret, cookies.access) : null;
  if (claims) {
    c.set("claims", claims);
    c.set("accessToken", cookies.access);
  } else if (cookies.refresh) {
    try {
      const tokens = await rotateRefreshToken(c.get("db"), secret, cookies.refresh);
      setSessionCookies(c, tokens);
      c.set("claims", (await verifyAccessToken(secret, tokens.accessToken)) ?? undefined);
      c.set("accessToken", tokens.accessToken);
    } catch (error) {
      clearSessionCookies(c);
      // A replayed refresh cookie ended its session: its open room sockets close too.
      if (error instanceof RefreshTokenReused)
        await c.get("ports").rooms.revoke({
          reason: "sign_in_reused",
          userIds: [error.userId],
          sessionIds: [error.sessionId],
        });
    }
  }
  return next();
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF: a state-changing request that carries a Rentline cookie must come from our own pages. Browsers
 * send `Origin` on every cross-site POST; a mismatch (or no Origin and a non-same-origin fetch) is refused
 * with 403 `csrf`. Bearer-token calls without cookies are not checked.
 *
 * Not `hono/csrf`: it checks only form-like content types (form-urlencoded, multipart, text/plain) and lets
 * every JSON request through, relying on CORS preflight; this check covers every content type (a JSON POST
 * from a foreign origin is refused, tests/integration/security-integration.test.ts), and answers a problem.
 */
export const requireSameOrigin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (SAFE_METHODS.has(c.req.method) || !/(^|;\s*)rl_/.test(c.req.header("cookie") ?? "")) return next();
  const origin = c.req.header("origin");
  const own = new URL(c.req.url).origin;
  const fetchSite = c.req.header("sec-fetch-site");
  const sameOrigin = origin ? origin === own : fetchSite === "same-origin" || fetchSite === "none";
  if (!sameOrigin) throw new Forbidden("This request did not come from a Rentline page", "csrf");
  return next();
};
