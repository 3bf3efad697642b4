import { MAINTENANCE_ACTIONS, type MaintenanceAction, type MaintenanceStatus, REOPEN_WINDOW_DAYS } from "./vocabulary";

export { MAINTENANCE_ACTIONS, type MaintenanceAction } from "./vocabulary";

/**
 * The maintenance lifecycle, as data: which actor may take which action from which status. Everything else
 * is refused — by actor with 403 (or 404 when they may not see the request at all, decided before this table:
 * ./access.ts), by status with 409 naming the current status. The write is one UPDATE conditional on the
 * status it was decided from, with its history row in the same batch (./transition.ts), so two racing
 * actions cannot both win.
 *
 *   open ─triage─▶ triaged ─schedule─▶ scheduled ─start─▶ in_progress ─resolve─▶ resolved ─close─▶ closed
 *    ▲                 └──────────start / resolve────────────▲                        │
 *    └─── reopened ◀───────────── reopen (renter within 14 days; staff) ──────────────┘
 *   cancel: staff from any live status; the renter before a visit is scheduled.
 *
 * Actors: `renter` (a renter of the request's lease), `staff` (owner or manager: `maintenance.triage`),
 * `worker` (the assigned maintenance member or the assigned vendor's link).
 */
export type TransitionActor = "renter" | "staff" | "worker";

type Rule = { to: MaintenanceStatus; from: Partial<Record<TransitionActor, readonly MaintenanceStatus[]>> };

/** The statuses of a request still to be done (the dashboard counts them as open). */
export const LIVE: readonly MaintenanceStatus[] = ["open", "triaged", "scheduled", "in_progress", "reopened"];
const WORKABLE: readonly MaintenanceStatus[] = ["triaged", "scheduled", "reopened"];

const TRANSITIONS: Record<MaintenanceAction, Rule> = {
  triage: { to: "triaged", from: { staff: ["open", "reopened"] } },
  schedule: { to: "scheduled", from: { staff: ["triaged", "scheduled", "reopened"] } },
  start: { to: "in_progress", from: { staff: WORKABLE, worker: WORKABLE } },
  resolve: {
    to: "resolved",
    from: { staff: [...WORKABLE, "in_progress"], worker: [...WORKABLE, "in_progress"] },
  },
  close: { to: "closed", from: { staff: ["resolved"] } },
  cancel: { to: "cancelled", from: { staff: LIVE, renter: ["open", "triaged", "reopened"] } },
  reopen: { to: "reopened", from: { staff: ["resolved", "closed"], renter: ["resolved"] } },
};

export type Verdict = { ok: true; to: MaintenanceStatus } | { ok: false; reason: "actor" | "status" };

/**
 * Whether `actor` may take `action` on a request in `status`: `actor` when this actor never takes this
 * action (403), `status` when they do but not from here (409). The renter's 14-day reopen window is a time
 * rule checked by the transition (`reopenWindowOpen`).
 */
export function decide(action: MaintenanceAction, actor: TransitionActor, status: MaintenanceStatus): Verdict {
  const from = TRANSITIONS[action].from[actor];
  if (!from) return { ok: false, reason: "actor" };
  if (!from.includes(status)) return { ok: false, reason: "status" };
  return { ok: true, to: TRANSITIONS[action].to };
}

/** The actions `actor` may take now (the viewer's buttons). */
export function actionsFor(actor: TransitionActor, status: MaintenanceStatus): MaintenanceAction[] {
  return MAINTENANCE_ACTIONS.filter((a) => decide(a, actor, status).ok);
}

/** Whether a renter may still reopen a request resolved at `resolvedAt` (ISO) at `now` (ms). */
export function reopenWindowOpen(resolvedAt: string | null, now: number): boolean {
  if (!resolvedAt) return false;
  return now - Date.parse(resolvedAt) <= REOPEN_WINDOW_DAYS * 24 * 3600 * 1000;
}

/**
 * When staff may close a resolved request (issue 15 §3: the renter's 14-day reopen window is theirs): at
 * once when no renter can reopen it (no lease) or the renter rated the work since it was resolved, else once
 * the window has passed. Answers null when closing is allowed at `now` (ms), else the instant (ISO) the window
 * ends.
 */
export function closeBlockedUntil(
  m: { leaseId: string | null; resolvedAt: string | null; ratedAt: string | null },
  now: number,
): string | null {
  if (!m.leaseId || !m.resolvedAt) return null;
  if (m.ratedAt && m.ratedAt >= m.resolvedAt) return null;
  const ends = Date.parse(m.resolvedAt) + REOPEN_WINDOW_DAYS * 24 * 3600 * 1000;
  return now > ends ? null : new Date(ends).toISOString();
}

/** Hours an urgent / emergency request may stay `open` before it is overdue (and escalated). */
export const ACK_HOURS = { urgent: 4, emergency: 1 } as const;

/** Whether a request is overdue at `now` (ms): still open past its urgency's acknowledgement time. */
export function isOverdue(r: { status: MaintenanceStatus; urgency: string; createdAt: string }, now: number): boolean {
  const hours = (ACK_HOURS as Partial<Record<string, number>>)[r.urgency];
  return r.status === "open" && hours !== undefined && now - Date.parse(r.createdAt) > hours * 3600 * 1000;
}
