import { and, eq, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { OrgReader } from "../db/scoped";
import { isoIn } from "../lib/time";
import { maintenanceRequests } from "./schema";
import { ACK_HOURS, LIVE } from "./state";

/**
 * The SQL twin of state.ts `isOverdue`: the request is still `open` past its urgency's acknowledgement time
 * at `now` (ms): urgent after 4 hours, emergency after 1 hour. Used by the board's `overdue` filter, the
 * dashboard's count and the escalation job, so the three agree with the flag on each request.
 */
export function overdueAt(now: number): SQL {
  const m = maintenanceRequests;
  const past = (urgency: keyof typeof ACK_HOURS) =>
    and(eq(m.urgency, urgency), lt(m.createdAt, isoIn(-ACK_HOURS[urgency] * 3600 * 1000, now)));
  return and(eq(m.status, "open"), or(past("urgent"), past("emergency")))!;
}

/**
 * The dashboard's maintenance figures at `now` (ms), one statement for its batch: `open`, the requests still
 * to be done (open, triaged, scheduled, in progress, reopened), and `overdue` among them (`overdueAt`).
 */
export function maintenanceCountsQuery(s: OrgReader, now: number) {
  return s.selectFields(
    {
      open: sql<number>`count(*)`.as("maintenance_open"),
      overdue: sql<number>`coalesce(sum(case when ${overdueAt(now)} then 1 else 0 end), 0)`.as("maintenance_overdue"),
    },
    maintenanceRequests,
    inArray(maintenanceRequests.status, [...LIVE]),
  );
}
