/** A `?next=` target, only if it stays on this site (no `//evil.example`, no `https:` URLs). */
export function safeNext(value: unknown, fallback: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\"))
    return fallback;
  return value;
}

/** Adds `?next=` to a sign-in or sign-up link when there is somewhere to come back to. */
export function withNext(path: string, next: string | null | undefined): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}
