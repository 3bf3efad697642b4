import { ORG_COOKIE } from "../../worker/auth/cookies";

/** The org switcher's cookie; the Worker forwards it to the API as X-Org-Id. */
const ORG_COOKIE_ATTRIBUTES = "Path=/; HttpOnly; Secure; SameSite=Lax";
const ONE_YEAR = 365 * 24 * 3600;

function readCookie(request: Request, name: string): string | undefined {
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
