import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "../lib/context";
import { isLocale, type Locale } from "../lib/i18n/locales";
import { SESSION_TTL_MS, type IssuedTokens } from "./sessions";
import { ACCESS_TOKEN_TTL_SECONDS } from "./tokens";

/** The browser's session: two httpOnly, Secure, SameSite=Lax cookies. */
const ACCESS_COOKIE = "rl_access";
/** The refresh token (30 days, rotated on use). */
const REFRESH_COOKIE = "rl_refresh";
/** The org the browser acts in (the Worker forwards it as X-Org-Id). */
export const ORG_COOKIE = "rl_org";

const base = { httpOnly: true, secure: true, sameSite: "Lax", path: "/" } as const;

/** Sets both session cookies (after sign-in, sign-up or a rotation). */
export function setSessionCookies(c: Context<AppEnv>, tokens: Pick<IssuedTokens, "accessToken" | "refreshToken">) {
  setAccessCookie(c, tokens.accessToken);
  setCookie(c, REFRESH_COOKIE, tokens.refreshToken, { ...base, maxAge: SESSION_TTL_MS / 1000 });
}

/** Replaces the access cookie (15 minutes), e.g. after the caller's orgs changed. */
export function setAccessCookie(c: Context<AppEnv>, accessToken: string) {
  setCookie(c, ACCESS_COOKIE, accessToken, { ...base, maxAge: ACCESS_TOKEN_TTL_SECONDS });
}

/** Removes both session cookies (sign-out, failed renewal, password reset). */
export function clearSessionCookies(c: Context<AppEnv>) {
  deleteCookie(c, ACCESS_COOKIE, base);
  deleteCookie(c, REFRESH_COOKIE, base);
}

/** The access and refresh tokens the browser sent, if any. */
export function readSessionCookies(c: Context<AppEnv>) {
  return { access: getCookie(c, ACCESS_COOKIE), refresh: getCookie(c, REFRESH_COOKIE) };
}

/** The language the browser reads pages in (app/lib/cookies.server.ts sets it from the switcher). */
export const LANGUAGE_COOKIE = "rl_lang";

/** The language cookie, when it names a language we speak. */
export function readLanguageCookie(c: Context<AppEnv>): Locale | undefined {
  const value = getCookie(c, LANGUAGE_COOKIE);
  return isLocale(value) ? value : undefined;
}

/** Keeps `locale` as this browser's language for a year (the signed-in account's, when it had none). */
export function setLanguageCookie(c: Context<AppEnv>, locale: Locale) {
  setCookie(c, LANGUAGE_COOKIE, locale, { ...base, maxAge: 365 * 24 * 3600 });
}
