import { z } from "zod";

/**
 * A maintenance step as the apartment's feed stores it (issue 15 §3): an activity of kind `maintenance`
 * whose `description` is this object as JSON (never a sentence), so each reader sees it in their own
 * language (app/components/activity-text.tsx). Client-safe: zod only.
 * - `event`: `reported` (the request was filed) or the status the step led to;
 * - `title`: the request's title as its reporter typed it;
 * - `visit`: the visit's day (`YYYY-MM-DD`) and `HH:MM` window in the named time zone, for `scheduled`.
 */
export const MAINTENANCE_FEED_KIND = "maintenance";

export const MAINTENANCE_FEED_EVENTS = [
  "reported",
  "triaged",
  "scheduled",
  "in_progress",
  "resolved",
  "closed",
  "cancelled",
  "reopened",
] as const;
export type MaintenanceFeedEvent = (typeof MAINTENANCE_FEED_EVENTS)[number];

const feedFacts = z.object({
  event: z.enum(MAINTENANCE_FEED_EVENTS),
  title: z.string(),
  visit: z.object({ date: z.string(), from: z.string(), to: z.string(), timezone: z.string() }).nullable(),
});
export type MaintenanceFeedFacts = z.infer<typeof feedFacts>;

/** The `description` stored for `facts`. */
export function maintenanceFeedText(facts: MaintenanceFeedFacts): string {
  return JSON.stringify(facts);
}

/** The facts of a `maintenance` feed entry, or null for any other entry (or an unreadable one). */
export function maintenanceFeedFacts(a: { kind: string; description: string }): MaintenanceFeedFacts | null {
  if (a.kind !== MAINTENANCE_FEED_KIND) return null;
  try {
    const parsed = feedFacts.safeParse(JSON.parse(a.description));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
