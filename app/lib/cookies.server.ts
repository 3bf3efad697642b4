import { ORG_COOKIE } from "../../worker/auth/cookies";
import { isLocale, type Locale } from "../../worker/lib/i18n/locales";

/** The org switcher's and the language cookie's attributes (the Worker forwards the org to the API as X-Org-Id). */
const ORG_COOKIE_ATTRIBUTES = "Path=/; HttpOnly; Secure; SameSite=Lax";
const ONE_YEAR = 365 * 24 * 3600;

/** A cookie's decoded value from the request, if it has one by that name. */
export function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) {
      try {
        return decodeURIComponent(rest.join("="));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The org the visitor acts in (its id), from the org switcher's cookie. */
export function readOrgCookie(request: Request): string | undefined {
  return readCookie(request, ORG_COOKIE);
}

/** The Set-Cookie value that makes `orgId` the visitor's current org (kept a year). */
export function orgCookie(orgId: string): string {
  return `${ORG_COOKIE}=${encodeURIComponent(orgId)}; Max-Age=${ONE_YEAR}; ${ORG_COOKIE_ATTRIBUTES}`;
}

/** The Set-Cookie value that forgets the current org (after a password reset signs everyone out). */
export function clearedOrgCookie(): string {
  return `${ORG_COOKIE}=; Max-Age=0; ${ORG_COOKIE_ATTRIBUTES}`;
}

/** The cookie that keeps a visitor's chosen language (a signed-in user's choice is also on their account). */
const LANGUAGE_COOKIE = "rl_lang";

/** The language the visitor chose with the switcher, if the cookie names one we speak. */
export function readLanguageCookie(request: Request): Locale | undefined {
  const value = readCookie(request, LANGUAGE_COOKIE);
  return isLocale(value) ? value : undefined;
}

/** The Set-Cookie value that keeps `locale` as the visitor's language (a year). */
export function languageCookie(locale: Locale): string {
  return `${LANGUAGE_COOKIE}=${locale}; Max-Age=${ONE_YEAR}; ${ORG_COOKIE_ATTRIBUTES}`;
}
