import { MAINTENANCE_EVENTS } from "../domain";

// The apartment feed's server-written entries as the browser reads them (re-exported by ./contract.ts). No
// zod nor tables here: the pages that show a feed import this module (issue 17 §5).

/**
 * Feed entries the server writes (not people) store a kind and its values, never a sentence: the UI renders
 * them in the reader's language (app/components/activity-text.tsx). `payment_disputed` (worker/rent/
 * stripe-disputes.ts, Stripe's `charge.dispute.*`): `description` holds the dispute's stage, one of
 * `disputeStages`; `amount`/`currency`/`period` the disputed payment.
 */
const disputeStages = ["opened", "funds_withdrawn", "lost", "won", "funds_reinstated"] as const;
export type DisputeStage = (typeof disputeStages)[number];

/** The English sentences rows written before stages were stored carry, mapped back to their stage. */
const LEGACY_DISPUTE_TEXT: Record<string, DisputeStage> = {
  "Card payment disputed by the renter's bank": "opened",
  "Disputed payment withdrawn: owed again": "funds_withdrawn",
  "Payment dispute lost: owed again": "lost",
  "Payment dispute won": "won",
  "Disputed payment reinstated": "funds_reinstated",
};

/**
 * The dispute stage of a `payment_disputed` entry (its stored stage, or the stage of a legacy English
 * sentence); null for any other entry or an unknown text (then shown as written).
 */
export function disputeStageOf(a: { kind: string; description: string }): DisputeStage | null {
  if (a.kind !== "payment_disputed") return null;
  const stored = disputeStages.find((s) => s === a.description);
  return stored ?? LEGACY_DISPUTE_TEXT[a.description] ?? null;
}

/**
 * A maintenance step as the apartment's feed stores it (issue 15 §3): an activity of kind `maintenance`
 * whose `description` is this object as JSON (never a sentence), so each reader sees it in their own
 * language (app/components/activity-text.tsx).
 * - `event`: `reported` (the request was filed) or the status the step led to;
 * - `title`: the request's title as its reporter typed it;
 * - `visit`: the visit's day (`YYYY-MM-DD`) and `HH:MM` window in the named time zone, for `scheduled`.
 */
export const MAINTENANCE_FEED_KIND = "maintenance";

export type MaintenanceFeedEvent = (typeof MAINTENANCE_EVENTS)[number];

export type MaintenanceFeedFacts = {
  event: MaintenanceFeedEvent;
  title: string;
  visit: { date: string; from: string; to: string; timezone: string } | null;
};

const isText = (value: unknown): value is string => typeof value === "string";

/** Whether a parsed `description` has the facts' shape (checked by hand: this module ships no zod). */
function isFeedFacts(value: unknown): value is MaintenanceFeedFacts {
  if (!value || typeof value !== "object") return false;
  const { event, title, visit } = value as Record<string, unknown>;
  if (!MAINTENANCE_EVENTS.some((e) => e === event) || !isText(title)) return false;
  if (visit === null) return true;
  if (!visit || typeof visit !== "object") return false;
  const v = visit as Record<string, unknown>;
  return isText(v.date) && isText(v.from) && isText(v.to) && isText(v.timezone);
}

/** The `description` stored for `facts`. */
export function maintenanceFeedText(facts: MaintenanceFeedFacts): string {
  return JSON.stringify(facts);
}

/** The facts of a `maintenance` feed entry, or null for any other entry (or an unreadable one). */
export function maintenanceFeedFacts(a: { kind: string; description: string }): MaintenanceFeedFacts | null {
  if (a.kind !== MAINTENANCE_FEED_KIND) return null;
  try {
    const parsed: unknown = JSON.parse(a.description);
    if (!isFeedFacts(parsed)) return null;
    const { event, title, visit } = parsed;
    return {
      event,
      title,
      visit: visit && { date: visit.date, from: visit.from, to: visit.to, timezone: visit.timezone },
    };
  } catch {
    return null;
  }
}
