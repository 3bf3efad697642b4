import { and, eq, isNull, sql } from "drizzle-orm";
import { insertIf } from "../db/conditional";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { publishChange } from "./notify";
import { requestSelect } from "./queries";
import { maintenanceRequestHistory, maintenanceRequests } from "./schema";
import { overdueAt } from "./overdue";

/**
 * Escalation (issue 15 §3): an urgent request still `open` 4 hours after it was reported, an emergency after
 * 1 hour (state.ts `ACK_HOURS`), is escalated once: `escalated_at` set by an UPDATE conditional on it being
 * unset and the request still open, stamping `transition_id` with the new history row's id (action
 * `escalate`, by the system), which is inserted only if that stamp is there; then the rooms are told and the
 * org's triagers (`maintenance.triage`: owners and managers) are emailed `maintenance_update` with the event
 * `escalated`, each in their own language. Two runs racing over one request: one wins, the other writes and
 * sends nothing. Run by the quarter-hourly cron (jobs/scheduled.ts), so a request is escalated at most 15
 * minutes after its deadline.
 */

/** How many requests one run escalates at most (the next run takes the rest). */
const PER_RUN = 50;

/** Who escalates: the system, named in the history and the emails. */
const SYSTEM = { kind: "system" as const, userId: null, name: "Rentline" };

/** The open, unescalated requests past their acknowledgement time at `now` (ms), oldest first. */
function overdueQuery(db: Ports["db"], now: number) {
  const m = maintenanceRequests;
  return db
    .select({ id: m.id, orgId: m.orgId })
    .from(m)
    .where(and(overdueAt(now), isNull(m.escalatedAt)))
    .orderBy(m.createdAt)
    .limit(PER_RUN);
}

/** Escalates one request if nobody did yet: one batch; answers the request row when this run won. */
async function escalateOne(ports: Pick<Ports, "db">, target: { id: string; orgId: string }, now: number) {
  const db = ports.db;
  const at = nowIso(now);
  const history = {
    id: newId(),
    orgId: target.orgId,
    requestId: target.id,
    action: "escalate",
    fromStatus: "open" as const,
    toStatus: "open" as const,
    actorUserId: null,
    actorName: SYSTEM.name,
    actorKind: SYSTEM.kind,
    note: null,
    at,
  };
  const m = maintenanceRequests;
  const won = sql`exists (select 1 from maintenance_requests where id = ${target.id} and transition_id = ${history.id})`;
  const [changed, , rows] = await db.batch([
    db
      .update(m)
      .set({ escalatedAt: at, transitionId: history.id, updatedAt: at })
      .where(and(eq(m.id, target.id), eq(m.status, "open"), isNull(m.escalatedAt)))
      .returning({ id: m.id }),
    insertIf(db, maintenanceRequestHistory, history, won),
    requestSelect(db, null, eq(m.id, target.id)),
  ]);
  return changed.length === 1 ? (rows[0] ?? null) : null;
}

/**
 * Escalates every request overdue at `now` (ms) that is not escalated yet (at most 50 a run): answers how
 * many this run escalated. Announces each in the rooms and emails the org's triagers after the write.
 */
export async function escalateOverdue(ports: Pick<Ports, "db" | "queues" | "appUrl" | "rooms">, now: number) {
  const due = await overdueQuery(ports.db, now);
  let escalated = 0;
  for (const target of due) {
    const row = await escalateOne(ports, target, now);
    if (!row) continue;
    escalated++;
    await publishChange(ports, row, "escalated", SYSTEM, null);
  }
  return { escalated };
}
