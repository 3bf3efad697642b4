import { and, asc, eq, gte, isNotNull, isNull, or, sql } from "drizzle-orm";
import { applications } from "../applications/schema";
import type { Db } from "../db/client";
import type { OrgReader } from "../db/scoped";
import { leaseRenters, leases } from "../leases/schema";
import { addMonths } from "../lib/calendar";
import type { PageQuery } from "../lib/pagination";
import { orgs } from "../orgs/schema";
import { apartments, properties } from "../portfolio/schema";
import { propertyPageQueries } from "../portfolio/service";
import { dashboardQueries } from "../rent/dashboard";
import { activities } from "../rooms/schema";
import { maintenanceCountsQuery } from "../maintenance/overdue";

/**
 * The dashboard's reads, all in the caller's one access-check batch (one D1 round trip): the org's time
 * zone, the rent dashboard's reads (worker/rent/dashboard.ts, 13 months ending at `newest`), the org's
 * apartments, its leases still running in that window, the payments waiting for the landlord side, the
 * applications waiting for a decision, a page of properties, and the maintenance requests open and overdue
 * at `now` (ms). Assemble in ./routes.ts.
 */

/** How many payments to confirm the dashboard lists (the count covers them all). */
const TO_CONFIRM_SHOWN = 20;

const waitingForLandlord = and(
  eq(activities.status, "pending_confirmation"),
  eq(activities.confirmBySide, "landlord"),
  isNotNull(activities.amount),
);

/** The reads (`db` for the org row), for the month `newest` (`YYYY-MM`: the newest any time zone has reached) and `page` of properties. */
export function orgDashboardQueries(db: Db, s: OrgReader, newest: string, page: PageQuery, now = Date.now()) {
  const windowStart = addMonths(`${newest}-01`, -13);
  const propertyName = sql<string>`${properties.name}`.as("property_name");
  return [
    db.select({ timezone: orgs.timezone }).from(orgs).where(eq(orgs.id, s.scope.orgId)),
    ...dashboardQueries(s, newest, 13),
    s
      .selectFields(
        {
          apartmentId: apartments.id,
          unitNumber: apartments.unitNumber,
          propertyName,
          createdAt: apartments.createdAt,
        },
        apartments,
      )
      .innerJoin(properties, and(eq(properties.id, apartments.propertyId), eq(properties.orgId, apartments.orgId)))
      .orderBy(asc(properties.name), asc(apartments.unitNumber)),
    s.selectFields(
      {
        leaseId: leases.id,
        apartmentId: leases.apartmentId,
        startDate: leases.startDate,
        endDate: leases.endDate,
        renters: sql<
          string | null
        >`(select group_concat(coalesce(u.name, lr.email), ', ') from ${leaseRenters} lr left join users u on u.id = lr.user_id where lr.lease_id = "leases"."id")`.as(
          "renters",
        ),
      },
      leases,
      // Qualified by hand: on a one-table select drizzle writes `${leases.id}` as a bare "id".
      // A cancelled lease keeps its agreed dates but never lets the apartment.
      and(or(isNull(leases.endDate), gte(leases.endDate, windowStart)), isNull(leases.cancelledAt)),
    ),
    s
      .selectFields(
        {
          activityId: activities.id,
          apartmentId: activities.apartmentId,
          unitNumber: apartments.unitNumber,
          propertyName,
          authorName: activities.authorName,
          amount: sql<number>`${activities.amount}`.as("amount"),
          currency: sql<string>`coalesce(${activities.currency}, ${apartments.currency})`.as("currency"),
          period: activities.period,
          createdAt: activities.createdAt,
        },
        activities,
        waitingForLandlord,
      )
      .innerJoin(apartments, and(eq(apartments.id, activities.apartmentId), eq(apartments.orgId, activities.orgId)))
      .innerJoin(properties, and(eq(properties.id, apartments.propertyId), eq(properties.orgId, activities.orgId)))
      .orderBy(asc(activities.createdAt), asc(activities.id))
      .limit(TO_CONFIRM_SHOWN),
    s.count(activities, waitingForLandlord),
    s.selectFields(
      {
        pending: sql<number>`count(*)`.as("pending"),
        oldest: sql<string | null>`min(${applications.createdAt})`.as("oldest"),
      },
      applications,
      eq(applications.status, "pending"),
    ),
    ...propertyPageQueries(s, page),
    maintenanceCountsQuery(s, now),
  ] as const;
}
