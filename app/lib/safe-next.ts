import { safeReturnPath } from "../../worker/lib/safe-return";

/**
 * A `?next=` target, only if it stays on this site; otherwise `fallback`. The rules (same-origin paths only;
 * TAB/CR/LF, other control characters and backslashes refused; React Router's `.data` suffix stripped) live
 * in worker/lib/safe-return.ts, shared with the Worker's Google callback.
 */
export function safeNext(value: unknown, fallback: string): string {
  return safeReturnPath(value, fallback);
}

/** Adds `?next=` to a sign-in or sign-up link when there is somewhere (safe) to come back to. */
export function withNext(path: string, next: string | null | undefined): string {
  const safe = safeReturnPath(next, "");
  return safe ? `${path}?next=${encodeURIComponent(safe)}` : path;
}

/**
 * `?next=…&type=…` from the given values, skipping nulls, with `next` kept only if safe; "" when nothing is left.
 * Used for form actions, which must read the same on the server and in the browser.
 */
export function canonicalQuery(values: { next?: string | null; type?: string | null }): string {
  const query = new URLSearchParams();
  const next = safeReturnPath(values.next, "");
  if (next) query.set("next", next);
  if (values.type) query.set("type", values.type);
  const text = query.toString();
  return text ? `?${text}` : "";
}
