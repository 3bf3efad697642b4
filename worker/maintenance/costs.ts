import { and, eq, sql } from "drizzle-orm";
import { insertIf } from "../db/conditional";
import { AppError, Conflict } from "../lib/errors";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { expenses } from "../expenses/schema";
import type { MaintenanceAccess } from "./access";
import type { CostInput, RatingInput } from "./contract";
import { announce } from "./notify";
import { requestSelect, toView } from "./queries";
import { maintenanceCosts, maintenanceRequestHistory, maintenanceRequests, type MaintenanceStatus } from "./schema";

/**
 * Logged costs and the renter's ratings (issue 15 §4–6). Costs are in the org's currency, on a request still
 * being worked on, and only until they were recorded as an expense (which sums them once): after closing,
 * cancelling or recording, a cost could never reach an expense, so it is refused rather than lost. Ratings are
 * kept: each one is a history row, and a reopened request keeps the last one until the renter rates again.
 */

/** The statuses whose costs are final: nothing more is logged on them. */
const COSTS_FINAL: readonly MaintenanceStatus[] = ["closed", "cancelled"];

/** Why costs can no longer be logged: the request is closed or cancelled, or its costs are an expense now. */
type CostsLocked = "finished" | "recorded" | null;

/** Why `status` (and whether the costs were recorded) refuse a new cost; null: costs may be logged. */
export function costsLockedOf(status: MaintenanceStatus, recorded: boolean): CostsLocked {
  if (COSTS_FINAL.includes(status)) return "finished";
  return recorded ? "recorded" : null;
}

/** 409 for a cost that could never be recorded (`costs_finished`, `costs_recorded`). */
function lockedError(locked: Exclude<CostsLocked, null>) {
  return locked === "finished"
    ? new Conflict("Costs cannot be logged on a closed or cancelled request", "costs_finished")
    : new Conflict("This request's costs are already recorded as an expense: no cost can be added", "costs_recorded");
}

/** Whether the request's logged costs are an expense (the SQL of `loggedCostsExpenseRead`'s row existing). */
const recordedSql = (requestId: string) =>
  sql`exists (select 1 from ${expenses} where ${expenses.maintenanceRequestId} = ${requestId} and ${expenses.fromLoggedCosts} = 1)`;

/**
 * Logs labour or materials (staff or the assigned member) in the org's currency: 422 `currency_mismatch` for
 * another currency (an expense is in the org's; it would be dropped from it), 409 `costs_finished` on a closed
 * or cancelled request, 409 `costs_recorded` once the costs are an expense. The insert is conditional on both
 * as it runs (no check-then-insert race with closing or recording).
 */
export async function logCost(ports: Pick<Ports, "db">, access: MaintenanceAccess, input: CostInput) {
  const r = access.request;
  if (input.currency && input.currency !== r.currency)
    throw new AppError(422, "currency_mismatch", `Costs are logged in the organization's currency (${r.currency})`, [
      { path: "currency", message: r.currency },
    ]);
  const row = {
    id: newId(),
    orgId: r.row.orgId,
    requestId: r.row.id,
    kind: input.kind,
    description: input.description,
    amount: input.amount,
    currency: r.currency,
    hours: input.hours ?? null,
    loggedByUserId: access.userId!,
    createdAt: nowIso(),
  };
  const m = maintenanceRequests;
  const open = sql`exists (select 1 from ${m} where ${m.id} = ${r.row.id} and ${m.status} not in ('closed', 'cancelled')) and not ${recordedSql(r.row.id)}`;
  const [inserted, [state]] = await ports.db.batch([
    insertIf(ports.db, maintenanceCosts, row, open).returning({ id: maintenanceCosts.id }),
    ports.db
      .select({ status: m.status, recorded: sql<number>`${recordedSql(r.row.id)}`.as("recorded") })
      .from(m)
      .where(eq(m.id, r.row.id)),
  ]);
  if (inserted.length !== 1) throw lockedError(costsLockedOf(state!.status, Boolean(state!.recorded)) ?? "finished");
  const { orgId: _o, requestId: _r, loggedByUserId: _l, ...view } = row;
  return view;
}

/** A rating as its history row's note: stars drawn (language-neutral), then the renter's comment. */
const ratingNote = (stars: number, comment: string | undefined) =>
  `${"★".repeat(stars)}${"☆".repeat(5 - stars)}${comment ? `\n${comment}` : ""}`;

/** SQL: the renter has not rated since the latest resolution. */
const unratedSinceResolution = sql`(${maintenanceRequests.ratedAt} is null or ${maintenanceRequests.ratedAt} < ${maintenanceRequests.resolvedAt})`;

/** Whether a request row is unrated since its latest resolution. */
export const unratedSince = (m: { ratedAt: string | null; resolvedAt: string | null }) =>
  !m.ratedAt || (!!m.resolvedAt && m.ratedAt < m.resolvedAt);

/**
 * The renter rates the work once per resolution, when resolved or closed: 409 `not_resolved`, 409
 * `already_rated`. The rating is the request's until the next one, and every rating stays in the history.
 */
export async function rateRequest(ports: Pick<Ports, "db" | "rooms">, access: MaintenanceAccess, input: RatingInput) {
  const m = access.request.row;
  if (m.status !== "resolved" && m.status !== "closed")
    throw new Conflict("The work can be rated once the request is resolved", "not_resolved");
  const at = nowIso();
  const historyId = newId();
  const byId = eq(maintenanceRequests.id, m.id);
  const [changed, , rows] = await ports.db.batch([
    ports.db
      .update(maintenanceRequests)
      .set({ ratingStars: input.stars, ratingComment: input.comment ?? null, ratedAt: at, transitionId: historyId })
      .where(and(byId, sql`${maintenanceRequests.status} in ('resolved', 'closed')`, unratedSinceResolution))
      .returning({ id: maintenanceRequests.id }),
    insertIf(
      ports.db,
      maintenanceRequestHistory,
      {
        id: historyId,
        orgId: m.orgId,
        requestId: m.id,
        action: "rate",
        fromStatus: m.status,
        toStatus: m.status,
        actorUserId: access.userId,
        actorName: access.name,
        actorKind: access.kind,
        note: ratingNote(input.stars, input.comment),
        at,
      },
      sql`exists (select 1 from ${maintenanceRequests} where ${byId} and ${maintenanceRequests.transitionId} = ${historyId})`,
    ),
    requestSelect(ports.db, null, byId),
  ]);
  if (changed.length !== 1) throw new Conflict("This work has already been rated", "already_rated");
  await announce(ports, rows[0]!);
  return { request: toView(rows[0]!) };
}
