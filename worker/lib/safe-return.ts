/**
 * The one check for every "where to go afterwards" value: `?next=` on the sign-in, sign-up and sign-out
 * pages, the return path a signed-out page hands to the login page, Google sign-in's return and the return
 * of an emailed link. Used by the UI (app/lib/safe-next.ts) and the Worker (Google's callback).
 *
 * Only a path on this site passes (OWASP "Unvalidated Redirects and Forwards"): it starts with a single `/`
 * and resolves to this origin. Refused outright: backslashes (browsers read `/\evil.example` as
 * `//evil.example`), and control characters — the URL standard strips TAB, CR and LF anywhere in a URL, so
 * `/\t/evil.example` becomes `//evil.example`, another host; and a CR/LF in a `Location` header makes the
 * runtime throw (a 500). What passes comes back re-serialised by the URL parser (percent-encoded ASCII, safe
 * for a header), with React Router's data-request form undone: the `.data` suffix (and `_root.data` for `/`)
 * and its `_routes` parameter, so a return to `/listings/1/apply.data` lands on `/listings/1/apply`.
 */

/** A sentinel origin to resolve against: whatever resolves elsewhere is another site. */
const HERE = "https://rentline.invalid";
/** Longer values are refused rather than parsed (no legitimate return path is this long). */
const MAX_LENGTH = 2048;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const FORBIDDEN = /[\u0000-\u001f\u007f\\]/;

/**
 * `value` as a same-origin path (`/path?query#hash`), or `fallback` when it is missing, not a string, or not
 * a safe path on this site. `fallback` is returned as given (callers pass their own constant paths, or `""`
 * for "none").
 */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  if (FORBIDDEN.test(value) || !value.startsWith("/") || value.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return fallback;
  }
  if (url.origin !== HERE) return fallback;
  if (url.searchParams.has("_routes")) url.searchParams.delete("_routes");
  const path = stripDataSuffix(url.pathname);
  // Dot segments resolve after the check above: `/.//evil.example` is the path `//evil.example`, which a
  // browser reads as another host. Whatever the resolved path, it must not start with `//`.
  if (path.startsWith("//")) return fallback;
  return `${path}${url.search}${url.hash}`;
}

/** React Router's single-fetch URL of a page back to the page: `/a/b.data` → `/a/b`, `/_root.data` → `/`. */
function stripDataSuffix(pathname: string): string {
  if (pathname === "/_root.data") return "/";
  return pathname.endsWith(".data") ? pathname.slice(0, -".data".length) || "/" : pathname;
}
