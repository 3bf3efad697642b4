/** Times are ISO-8601 UTC text everywhere (one choice, see ARCHITECTURE.md). */
export function nowIso(now = Date.now()): string {
  return new Date(now).toISOString();
}

/** The ISO-8601 UTC time `ms` milliseconds after `now` (negative: before). */
export function isoIn(ms: number, now = Date.now()): string {
  return new Date(now + ms).toISOString();
}
