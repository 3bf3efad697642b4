/**
 * The maintenance feature's lists and limits (issue 15), without zod or tables: the screens import them
 * through ./contract.ts's names from here, so a page's form does not ship zod, drizzle and the API contract
 * to the browser for a list of options (issue 17 §5). ./schema.ts builds its column enums from them,
 * ./contract.ts its zod enums, and both re-export them. Stable codes: the API, the tables and the UI's
 * translations use them.
 */

/** What broke. */
export const MAINTENANCE_CATEGORIES = [
  "plumbing",
  "heating",
  "electrical",
  "appliance",
  "locks_keys",
  "pests",
  "damp_mould",
  "other",
] as const;
export type MaintenanceCategory = (typeof MAINTENANCE_CATEGORIES)[number];

/** How urgent the reporter says it is (`emergency`: the org's emergency phone is shown first). */
export const MAINTENANCE_URGENCIES = ["low", "normal", "urgent", "emergency"] as const;
export type MaintenanceUrgency = (typeof MAINTENANCE_URGENCIES)[number];

/** The priority staff set on triage. */
export const MAINTENANCE_PRIORITIES = ["low", "normal", "high"] as const;
export type MaintenancePriority = (typeof MAINTENANCE_PRIORITIES)[number];

/** The lifecycle (worker/maintenance/state.ts). */
export const MAINTENANCE_STATUSES = [
  "open",
  "triaged",
  "scheduled",
  "in_progress",
  "resolved",
  "closed",
  "cancelled",
  "reopened",
] as const;
export type MaintenanceStatus = (typeof MAINTENANCE_STATUSES)[number];

/** Who wrote a history row, a comment or a photo: the renter, an org member, a vendor (signed link), the cron. */
export const MAINTENANCE_ACTOR_KINDS = ["renter", "staff", "vendor", "system"] as const;
export type MaintenanceActorKind = (typeof MAINTENANCE_ACTOR_KINDS)[number];

/** What a logged cost is. */
export const MAINTENANCE_COST_KINDS = ["labour", "material"] as const;
export type MaintenanceCostKind = (typeof MAINTENANCE_COST_KINDS)[number];

/**
 * The most photos one message carries: a report, a comment (staff, renter or vendor page). The forms stop
 * there; the API refuses more (a comment's `photoIds`; unattached uploads in a burst, ./photos.ts).
 */
export const MAX_PHOTOS_PER_MESSAGE = 10;

/** What an actor may do to a request (the lifecycle's rules: ./state.ts). */
export const MAINTENANCE_ACTIONS = ["triage", "schedule", "start", "resolve", "close", "cancel", "reopen"] as const;
export type MaintenanceAction = (typeof MAINTENANCE_ACTIONS)[number];

/** How long after resolution the renter may reopen (days). */
export const REOPEN_WINDOW_DAYS = 14;
