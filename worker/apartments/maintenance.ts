import { desc, inArray } from "drizzle-orm";
import type { Db } from "../db/client";
import type { ScopedHandle } from "../db/scoped";
import { visibleTo } from "../maintenance/queries";
import { maintenanceRequests } from "../maintenance/schema";
import { isOverdue } from "../maintenance/state";
import type { ApartmentMaintenance } from "./contract";

/**
 * The apartment page's Maintenance tab (issue 14): the apartment's maintenance requests the viewer may see,
 * read in the page's one D1 batch. Who sees which is the maintenance feature's own rule (maintenance/queries.ts
 * `visibleTo`): owners and managers every request, a maintenance member those assigned to them, a renter those
 * of their own lease while it runs. Only what a list needs: no reporter, contact, cost or description.
 */

/** How many requests the tab lists: the unfinished ones first, then the newest. */
const MAINTENANCE_SHOWN = 50;

/** The statuses after which nothing is left to do. */
const FINISHED = ["resolved", "closed", "cancelled"] as const;

/** The read, for the apartment access-check batch (`a`: the apartment's handle; `db` for the visibility subquery). */
export function apartmentMaintenanceRead(a: ScopedHandle, db: Db, userId: string) {
  const m = maintenanceRequests;
  return a
    .selectFields(
      {
        id: m.id,
        title: m.title,
        category: m.category,
        urgency: m.urgency,
        status: m.status,
        visitDate: m.visitDate,
        visitFrom: m.visitFrom,
        visitTo: m.visitTo,
        createdAt: m.createdAt,
      },
      m,
      visibleTo(db, userId),
    )
    .orderBy(inArray(m.status, [...FINISHED]), desc(m.createdAt), desc(m.id))
    .limit(MAINTENANCE_SHOWN);
}

type Row = Awaited<ReturnType<typeof apartmentMaintenanceRead>>[number];

/** The tab's list from the read's rows, overdue at `now` (ms). */
export function apartmentMaintenanceOf(rows: Row[], now = Date.now()): ApartmentMaintenance[] {
  return rows.map(({ visitDate, visitFrom, visitTo, ...r }) => ({
    ...r,
    overdue: isOverdue(r, now),
    scheduledFor: visitDate && visitFrom && visitTo ? { date: visitDate, from: visitFrom, to: visitTo } : null,
  }));
}
