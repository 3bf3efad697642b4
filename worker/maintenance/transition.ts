import { and, eq, sql } from "drizzle-orm";
import { insertIf } from "../db/conditional";
import { AppError, Conflict, Forbidden } from "../lib/errors";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { activities } from "../rooms/schema";
import { nowIso } from "../lib/time";
import type { MaintenanceAccess } from "./access";
import type { ActionInput } from "./contract";
import { feedActivity, feedRequestOf, maintenanceFeedRow } from "./feed";
import type { MaintenanceFeedEvent } from "../rooms/contract";
import { publishChange } from "./notify";
import { requestSelect, toView } from "./queries";
import { maintenanceRequestHistory, maintenanceRequests, type MaintenanceStatus } from "./schema";
import { closeBlockedUntil, decide, reopenWindowOpen, type MaintenanceAction } from "./state";

/**
 * One transition of a maintenance request, decided by the state table (./state.ts) and written as one
 * UPDATE conditional on the status it was decided from, stamping `transition_id` with the new history row's
 * id; the history row and the apartment feed's entry (./feed.ts) are inserted only if that stamp is there,
 * and the request is read back, all in one batch. Two racing actions: one wins, the other gets 409 with the status the winner left.
 */
type HistoryRow = typeof maintenanceRequestHistory.$inferSelect;

/** 409 `illegal_transition` naming the request's current status (`errors[0]`: path `status`). */
class IllegalTransition extends AppError {
  constructor(action: MaintenanceAction, status: MaintenanceStatus) {
    super(409, "illegal_transition", `Cannot ${action} a request that is ${status.replaceAll("_", " ")}`, [
      { path: "status", message: status },
    ]);
  }
}

/** Refuses what the table refuses: 403 for the wrong actor, 409 for the wrong status or a time rule. */
function check(access: MaintenanceAccess, action: MaintenanceAction, input: ActionInput, now: number) {
  const m = access.request.row;
  const verdict = decide(action, access.actor, m.status);
  if (!verdict.ok) {
    if (verdict.reason === "actor") throw new Forbidden(`You cannot ${action} this maintenance request`);
    throw new IllegalTransition(action, m.status);
  }
  if (action === "reopen" && access.actor === "renter" && !reopenWindowOpen(m.resolvedAt, now))
    throw new Conflict("A request can be reopened within 14 days of its resolution", "reopen_window_closed");
  const until = action === "close" && access.actor === "staff" ? closeBlockedUntil(m, now) : null;
  if (until)
    throw new AppError(
      409,
      "reopen_window_open",
      `The renter may reopen this request until ${until}: close it once they rate the work, or after that`,
      [{ path: "closableFrom", message: until }],
    );
  if (action === "schedule" && !input.scheduledFor && !m.visitDate)
    throw new Conflict("Set the visit's date and time window first", "visit_required");
  return verdict.to;
}

/**
 * Whether the transition changes nothing: the status stays (scheduling a scheduled request) and so does the
 * visit. Such a call answers the request as it is: no write, no history row, no email, no room notice.
 */
function isNoOp(m: MaintenanceAccess["request"]["row"], to: MaintenanceStatus, input: ActionInput): boolean {
  if (to !== m.status) return false;
  const v = input.scheduledFor;
  return !v || (v.date === m.visitDate && v.from === m.visitFrom && v.to === m.visitTo);
}

/** The columns an action sets besides the status (a reopen keeps the renter's rating: ./costs.ts). */
function changes(action: MaintenanceAction, input: ActionInput, at: string) {
  const m = maintenanceRequests;
  return {
    acknowledgedAt: sql`coalesce(${m.acknowledgedAt}, ${at})`,
    ...(action === "resolve" ? { resolvedAt: at } : {}),
    ...(action === "reopen" ? { resolvedAt: null } : {}),
    ...(input.scheduledFor
      ? { visitDate: input.scheduledFor.date, visitFrom: input.scheduledFor.from, visitTo: input.scheduledFor.to }
      : {}),
  };
}

/** The feed entry of the step: the request with the visit it will have, by the actor. */
function feedRowOf(access: MaintenanceAccess, event: MaintenanceFeedEvent, input: ActionInput, at: string) {
  const request = feedRequestOf(access.request);
  const v = input.scheduledFor;
  if (v) request.visit = { date: v.date, from: v.from, to: v.to, timezone: access.request.timezone };
  const side = access.kind === "renter" ? "renter" : "landlord";
  const author = { userId: access.userId, name: access.name, side, vendorId: access.request.row.vendorId } as const;
  return maintenanceFeedRow(request, event, author, at, newId());
}

/**
 * Takes `action` on the request as `access` acts: 403 `forbidden` when this actor never takes it, 409
 * `illegal_transition` (current status in `errors`) when the status does not allow it, 409
 * `reopen_window_closed` (a renter, 14 days after resolution), 409 `visit_required` (schedule without a
 * visit). Announces the change in the rooms and emails whom it concerns. Answers the request as it now is.
 */
export async function transition(
  ports: Pick<Ports, "db" | "queues" | "appUrl" | "rooms">,
  access: MaintenanceAccess,
  action: MaintenanceAction,
  input: ActionInput,
  now = Date.now(),
) {
  const m = access.request.row;
  const to = check(access, action, input, now);
  if (isNoOp(m, to, input)) return { request: toView(access.request, now) };
  const at = nowIso(now);
  const history: HistoryRow = {
    id: newId(),
    orgId: m.orgId,
    requestId: m.id,
    action,
    fromStatus: m.status,
    toStatus: to,
    actorUserId: access.userId,
    actorName: access.name,
    actorKind: access.kind,
    note: input.note ?? null,
    at,
  };
  const db = ports.db;
  const event: MaintenanceFeedEvent = to === "open" ? "reopened" : to;
  const feed = feedRowOf(access, event, input, at);
  const won = sql`exists (select 1 from maintenance_requests where id = ${m.id} and transition_id = ${history.id})`;
  const [changed, , , rows] = await db.batch([
    db
      .update(maintenanceRequests)
      .set({ status: to, transitionId: history.id, updatedAt: at, ...changes(action, input, at) })
      .where(and(eq(maintenanceRequests.id, m.id), eq(maintenanceRequests.status, m.status)))
      .returning({ id: maintenanceRequests.id }),
    insertIf(db, maintenanceRequestHistory, history, won),
    insertIf(db, activities, feed, won),
    requestSelect(db, null, eq(maintenanceRequests.id, m.id)),
  ]);
  const row = rows[0]!;
  if (changed.length !== 1) throw new IllegalTransition(action, row.row.status);
  await ports.rooms.activityAdded(feedActivity(feed, row.row.leaseId));
  await publishChange(ports, row, event, access, history.note);
  return { request: toView(row, now) };
}
