import type { z } from "@hono/zod-openapi";
import { and, count, desc, eq, type SQL } from "drizzle-orm";
import type { Db } from "../db/client";
import { pageOf } from "../lib/pagination";
import { apartments } from "../portfolio/schema";
import type { listQuery } from "./contract";
import { overdueAt } from "./overdue";
import { requestSelect, toView, visibleTo, type RequestRow } from "./queries";
import { MAINTENANCE_STATUSES, maintenanceRequests, type MaintenanceStatus } from "./schema";

/**
 * The maintenance board's reads (GET /maintenance-requests), for the caller's one access-check batch: a page
 * of the filtered requests, newest first, their total, and per-status counts over the WHOLE filtered set
 * (every filter but `status`, so each status tab can show its count whatever page or tab is shown).
 */
type BoardQuery = z.infer<typeof listQuery>;

/** The filters but `status` (the counts' set), as a condition; `now` (ms) for `overdue`. */
function filtersOf(db: Db, userId: string, orgId: string, q: BoardQuery, now: number): SQL {
  const m = maintenanceRequests;
  return and(
    eq(m.orgId, orgId),
    visibleTo(db, userId),
    q.urgency ? eq(m.urgency, q.urgency) : undefined,
    q.assigneeUserId ? eq(m.assigneeUserId, q.assigneeUserId) : undefined,
    q.propertyId ? eq(apartments.propertyId, q.propertyId) : undefined,
    q.overdue === "1" ? overdueAt(now) : undefined,
  )!;
}

/** The three statements: the page, the total and the counts per status. */
export function boardReads(db: Db, userId: string, orgId: string, q: BoardQuery, now: number) {
  const m = maintenanceRequests;
  const filtered = filtersOf(db, userId, orgId, q, now);
  const where = and(filtered, q.status ? eq(m.status, q.status) : undefined)!;
  return [
    requestSelect(db, userId, where)
      .orderBy(desc(m.createdAt))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ n: count() }).from(m).innerJoin(apartments, eq(apartments.id, m.apartmentId)).where(where),
    db
      .select({ status: m.status, n: count() })
      .from(m)
      .innerJoin(apartments, eq(apartments.id, m.apartmentId))
      .where(filtered)
      .groupBy(m.status),
  ] as const;
}

/** The board's answer: the page (views at `now`) and `counts` with every status (0 when none). */
export function boardOf(
  rows: RequestRow[],
  total: number,
  counted: { status: MaintenanceStatus; n: number }[],
  q: BoardQuery,
  now: number,
) {
  const counts = Object.fromEntries(MAINTENANCE_STATUSES.map((s) => [s, 0])) as Record<MaintenanceStatus, number>;
  for (const c of counted) counts[c.status] = c.n;
  return {
    ...pageOf(
      rows.map((r) => toView(r, now)),
      total,
      q,
    ),
    counts,
  };
}
