import { and, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import type { ScopedHandle } from "../db/scoped";
import { todayIn } from "../lib/calendar";
import { orgs } from "../orgs/schema";
import { apartments, apartmentZone, properties, propertyZone } from "../portfolio/schema";
import { ledgerEntries } from "../rent/schema";
import { roomChatCounts, roomReads } from "../rooms/schema";
import { leaseStatus } from "./service";
import { isMemberOf, leaseRenters, leases, leaseVisibleTo, type Viewer } from "./schema";

/**
 * Lease reads, as statements to put in the caller's access-check batch (one D1 round trip per page).
 * Visibility is part of the SQL: a renter's read never fetches another lease's rows.
 */

/**
 * The leases of the handle's apartment that `viewer` may see, newest start first, and their renters.
 * The landlord side (any member of the org) gets every lease and every renter; a renter gets only their
 * own lease (the current one, else the latest: `actor.leaseId`) and no renter rows.
 * Rows: the lease columns (with `orgId`); renters with `leaseId`, `email`, `name` (null until they sign up),
 * `joinedAt` (null until they accept); then the org's time zone (IANA), whose date decides each status.
 * Assemble with `apartmentLeasesOf`.
 */
export function leasesOfApartmentQueries(a: ScopedHandle, viewer: Viewer) {
  return [
    a.select(leases, leaseVisibleTo(viewer)).orderBy(desc(leases.startDate)),
    a
      .selectFields(
        {
          id: leaseRenters.id,
          leaseId: leaseRenters.leaseId,
          email: leaseRenters.email,
          userId: leaseRenters.userId,
          name: users.name,
          joinedAt: leaseRenters.joinedAt,
          expiresAt: leaseRenters.expiresAt,
        },
        leaseRenters,
        isMemberOf(viewer, leaseRenters.orgId),
      )
      .leftJoin(users, eq(users.id, leaseRenters.userId)),
    a
      .selectFields(
        {
          timezone: apartmentZone(apartments.id),
        },
        apartments,
      )
      .limit(1),
  ] as const;
}

type LeaseRows = Awaited<ReturnType<typeof leasesOfApartmentQueries>[0]>;
type RenterRows = Awaited<ReturnType<typeof leasesOfApartmentQueries>[1]>;

/** The API shape of `leasesOfApartmentQueries`' rows: each lease (no org id) with its status on `on` and renters. */
export function apartmentLeasesOf(rows: LeaseRows, renters: RenterRows, on = todayIn("UTC")) {
  return rows.map(({ orgId: _, ...l }) => ({
    ...l,
    status: leaseStatus(l, on),
    renters: renters
      .filter((r) => r.leaseId === l.id)
      .map((r) => ({ id: r.id, email: r.email, name: r.name, joinedAt: r.joinedAt })),
  }));
}

/**
 * "My homes": every apartment the renter has (or had) a joined lease on, across orgs, newest lease first,
 * with unread chat counts. A user's own read (no org), so it takes the database and the user id.
 */
export function homesQuery(db: Db, userId: string) {
  return (
    db
      .select({
        // D1 collapses duplicate column names in raw rows: alias the two `id` and the two `name` columns.
        apartmentId: sql<string>`${apartments.id}`.as("apartment_id"),
        unitNumber: apartments.unitNumber,
        propertyName: sql<string>`${properties.name}`.as("property_name"),
        address: properties.address,
        city: properties.city,
        orgName: sql<string>`${orgs.name}`.as("org_name"),
        timezone: propertyZone(),
        leaseId: sql<string>`${leases.id}`.as("lease_id"),
        startDate: leases.startDate,
        endDate: leases.endDate,
        rentAmount: leases.rentAmount,
        chargesAmount: leases.chargesAmount,
        currency: leases.currency,
        dueDay: leases.dueDay,
        unread: sql<number>`coalesce(${roomChatCounts.messages}, 0) - coalesce(${roomReads.readMessages}, 0)`,
        // What the lease's ledger adds up to (minor units; negative: paid ahead), in the same statement.
        balance: sql<number>`(select coalesce(sum(${ledgerEntries.amount}), 0) from ${ledgerEntries} where ${ledgerEntries.leaseId} = ${leases.id})`,
      })
      .from(leaseRenters)
      .innerJoin(leases, eq(leases.id, leaseRenters.leaseId))
      .innerJoin(apartments, eq(apartments.id, leases.apartmentId))
      .innerJoin(properties, eq(properties.id, apartments.propertyId))
      .innerJoin(orgs, eq(orgs.id, apartments.orgId))
      .leftJoin(roomChatCounts, eq(roomChatCounts.apartmentId, apartments.id))
      .leftJoin(roomReads, and(eq(roomReads.apartmentId, apartments.id), eq(roomReads.userId, userId)))
      // A cancelled lease is no home (its renters are also removed when it is called off).
      .where(and(eq(leaseRenters.userId, userId), isNotNull(leaseRenters.joinedAt), isNull(leases.cancelledAt)))
      .orderBy(desc(leases.startDate))
  );
}

/** The API shape of `homesQuery`' rows: the status is as of today in each org's time zone (`timezone`, IANA). */
export function homesOf(rows: Awaited<ReturnType<typeof homesQuery>>) {
  return rows.map((h) => ({
    ...h,
    balance: Number(h.balance),
    unread: Math.max(0, h.unread),
    status: leaseStatus(h, todayIn(h.timezone)),
  }));
}
