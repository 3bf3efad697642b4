import { and, asc, eq, getTableColumns, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import { expenses } from "../expenses/schema";
import { alias } from "drizzle-orm/sqlite-core";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import type { Role } from "../domain";
import { leaseRenters, leases } from "../leases/schema";
import { todayIn } from "../lib/calendar";
import { memberships, orgs } from "../orgs/schema";
import { apartments, properties, propertyZone } from "../portfolio/schema";
import type { RequestView } from "./contract";
import {
  maintenanceComments,
  maintenanceCosts,
  maintenancePhotos,
  maintenanceRequestHistory,
  maintenanceRequests,
  vendors,
} from "./schema";
import { isOverdue } from "./state";

/**
 * The maintenance reads: the request row as every view needs it (apartment, property, reporter, assignee,
 * vendor, org time zone), who may see which request (`visibleTo`, in SQL so that the access check and the
 * reads ride in one batch), and a request's thread.
 */

const assignee = alias(users, "assignee");
const reporter = alias(users, "reporter");

/** The lease ids `userId` joined and that have not ended (today, UTC). */
export function currentLeasesOf(db: Db, userId: string) {
  const today = todayIn("UTC");
  return db
    .select({ id: leaseRenters.leaseId })
    .from(leaseRenters)
    .innerJoin(leases, eq(leases.id, leaseRenters.leaseId))
    .where(
      and(
        eq(leaseRenters.userId, userId),
        isNotNull(leaseRenters.joinedAt),
        sql`(${leases.endDate} is null or ${leases.endDate} >= ${today})`,
        sql`${leases.cancelledAt} is null`,
      ),
    );
}

/** `userId`'s role in the request's org (null: not a member). */
const roleIn = (userId: string) =>
  sql<Role | null>`(select m.role from ${memberships} m where m.org_id = ${maintenanceRequests.orgId} and m.user_id = ${userId})`;

/**
 * Which requests `userId` may see: the owners and managers of its org all of them; a maintenance member
 * those assigned to them; a renter those of a lease of theirs that has not ended. Everyone else none.
 */
export function visibleTo(db: Db, userId: string): SQL {
  const role = roleIn(userId);
  return or(
    sql`${role} in ('owner', 'manager')`,
    and(sql`${role} = 'maintenance'`, eq(maintenanceRequests.assigneeUserId, userId)),
    inArray(maintenanceRequests.leaseId, currentLeasesOf(db, userId)),
  )!;
}

/** The columns of a request's view (joined), plus the raw fields access and transitions need. */
function requestFields(userId: string | null) {
  return {
    row: maintenanceRequests,
    propertyId: sql<string>`${properties.id}`.as("property_id"),
    propertyName: sql<string>`${properties.name}`.as("property_name"),
    street: sql<string>`${properties.address}`.as("property_street"),
    postalCode: properties.postalCode,
    city: properties.city,
    unitNumber: apartments.unitNumber,
    reporterName: sql<string>`${reporter.name}`.as("reporter_name"),
    reporterEmail: sql<string>`${reporter.email}`.as("reporter_email"),
    assigneeName: sql<string | null>`${assignee.name}`.as("assignee_name"),
    assigneeEmail: sql<string | null>`${assignee.email}`.as("assignee_email"),
    vendorName: sql<string | null>`${vendors.name}`.as("vendor_name"),
    vendorEmail: sql<string | null>`${vendors.email}`.as("vendor_email"),
    timezone: propertyZone(),
    currency: orgs.currency,
    orgName: sql<string>`${orgs.name}`.as("org_name"),
    orgDisabled: orgs.isDisabled,
    viewerRole: userId ? roleIn(userId).as("viewer_role") : sql<Role | null>`null`.as("viewer_role"),
    viewerName: userId
      ? sql<string | null>`(select u.name from ${users} u where u.id = ${userId})`.as("viewer_name")
      : sql<string | null>`null`.as("viewer_name"),
  };
}

/** A select of requests with their joins, filtered by `where`. */
export function requestSelect(db: Db, userId: string | null, where: SQL) {
  return db
    .select(requestFields(userId))
    .from(maintenanceRequests)
    .innerJoin(apartments, eq(apartments.id, maintenanceRequests.apartmentId))
    .innerJoin(properties, eq(properties.id, apartments.propertyId))
    .innerJoin(orgs, eq(orgs.id, maintenanceRequests.orgId))
    .innerJoin(reporter, eq(reporter.id, maintenanceRequests.reporterUserId))
    .leftJoin(assignee, eq(assignee.id, maintenanceRequests.assigneeUserId))
    .leftJoin(vendors, eq(vendors.id, maintenanceRequests.vendorId))
    .where(where)
    .$dynamic();
}
export type RequestRow = Awaited<ReturnType<typeof requestSelect>>[number];

/** The API view of a joined request row at `now` (ms). */
export function toView(r: RequestRow, now = Date.now()): RequestView {
  const m = r.row;
  return {
    id: m.id,
    apartmentId: m.apartmentId,
    propertyId: r.propertyId,
    propertyName: r.propertyName,
    address: `${r.street}, ${r.postalCode} ${r.city}`,
    unitNumber: r.unitNumber,
    category: m.category,
    title: m.title,
    description: m.description,
    urgency: m.urgency,
    priority: m.priority,
    entryPermission: m.entryPermission,
    availability: m.availability,
    status: m.status,
    reporterName: r.reporterName,
    assigneeUserId: m.assigneeUserId,
    assigneeName: r.assigneeName,
    vendorId: m.vendorId,
    vendorName: r.vendorName,
    scheduledFor:
      m.visitDate && m.visitFrom && m.visitTo ? { date: m.visitDate, from: m.visitFrom, to: m.visitTo } : null,
    timezone: r.timezone,
    rating: m.ratingStars ? { stars: m.ratingStars, comment: m.ratingComment } : null,
    overdue: isOverdue(m, now),
    acknowledgedAt: m.acknowledgedAt,
    resolvedAt: m.resolvedAt,
    escalatedAt: m.escalatedAt,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

/** A request's thread: history, comments, photos and costs, oldest first (four statements for one batch). */
export function threadReads(db: Db, requestId: string) {
  return [
    db
      .select()
      .from(maintenanceRequestHistory)
      .where(eq(maintenanceRequestHistory.requestId, requestId))
      .orderBy(asc(maintenanceRequestHistory.at), asc(maintenanceRequestHistory.id)),
    // Each author's role in the org when they are a member (renters and vendors: null), to label them.
    db
      .select({ ...getTableColumns(maintenanceComments), authorRole: memberships.role })
      .from(maintenanceComments)
      .leftJoin(
        memberships,
        and(eq(memberships.orgId, maintenanceComments.orgId), eq(memberships.userId, maintenanceComments.authorUserId)),
      )
      .where(eq(maintenanceComments.requestId, requestId))
      .orderBy(asc(maintenanceComments.createdAt), asc(maintenanceComments.id)),
    db
      .select()
      .from(maintenancePhotos)
      // The report's photos and the comments'; a photo no comment named (its comment failed) shows nowhere.
      .where(
        and(
          eq(maintenancePhotos.requestId, requestId),
          or(eq(maintenancePhotos.forReport, true), isNotNull(maintenancePhotos.commentId)),
        ),
      )
      .orderBy(asc(maintenancePhotos.createdAt), asc(maintenancePhotos.id)),
    db
      .select()
      .from(maintenanceCosts)
      .where(eq(maintenanceCosts.requestId, requestId))
      .orderBy(asc(maintenanceCosts.createdAt), asc(maintenanceCosts.id)),
  ] as const;
}
type RecordedExpense = { id: string; propertyId: string; amount: number; currency: string; incurredOn: string };
export type ThreadRows = {
  history: (typeof maintenanceRequestHistory.$inferSelect)[];
  comments: (typeof maintenanceComments.$inferSelect & { authorRole: Role | null })[];
  photos: (typeof maintenancePhotos.$inferSelect)[];
  costs: (typeof maintenanceCosts.$inferSelect)[];
  /** The expense the logged costs were recorded as (worker/expenses/queries.ts `loggedCostsExpenseRead`). */
  recordedExpense?: RecordedExpense;
};

/**
 * The expense a maintenance request's logged costs were recorded as (at most one, migration 0036), for the
 * request page's "Record as expense": batched with the request's access check, whose org it shares.
 */
export function loggedCostsExpenseRead(db: Db, requestId: string) {
  return db
    .select({
      id: expenses.id,
      propertyId: expenses.propertyId,
      amount: expenses.amount,
      currency: expenses.currency,
      incurredOn: expenses.incurredOn,
    })
    .from(expenses)
    .where(and(eq(expenses.maintenanceRequestId, requestId), eq(expenses.fromLoggedCosts, true)))
    .limit(1);
}
