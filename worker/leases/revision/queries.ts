import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import { users } from "../../auth/schema";
import type { Db } from "../../db/client";
import type { ScopedHandle } from "../../db/scoped";
import { renterProfiles } from "../../dossier/schema";
import { listings } from "../../listings/schema";
import { orgs } from "../../orgs/schema";
import { apartments, properties, propertyZone } from "../../portfolio/schema";
import { leaseRenters, leases, thisLease } from "../schema";
import { IRL } from "./irl";
import { rentIndexValues, rentRevisions } from "./schema";

/**
 * The reads behind a lease's rent revision, to batch with the lease access check (`readLease`): the lease
 * with its clause, org (time zone, language, name, address) and property; its confirmed revisions, newest
 * first; every published IRL value (a few rows a year: one read, whatever quarters the lease needs); and the
 * dwelling's DPE energy class (`energyClassQuery`).
 */
export function revisionQueries(db: Db, l: ScopedHandle) {
  return [
    revisionLeaseQuery(l),
    l.select(rentRevisions).orderBy(desc(rentRevisions.anniversary)),
    db
      .select({ quarter: rentIndexValues.quarter, value: rentIndexValues.value })
      .from(rentIndexValues)
      .where(eq(rentIndexValues.series, IRL)),
    energyClassQuery(l),
  ] as const;
}

/**
 * The DPE energy class of the lease's apartment (A–G or `not_required`), for the F/G rent freeze (./energy).
 * The DPE is recorded only on listings (worker/listings, migration 0023), so this reads the apartment's most
 * recently updated listing that states a class, whatever its status (a draft re-listing the flat is as good a
 * witness as the published ad); no row when no listing of the apartment ever stated one (class unknown).
 */
function energyClassQuery(l: ScopedHandle) {
  return l
    .selectFields({ energyClass: listings.energyClass }, listings, isNotNull(listings.energyClass))
    .orderBy(desc(listings.updatedAt))
    .limit(1);
}

/** The handle's lease with its clause, its org (time zone, language, name, address) and its property. */
export function revisionLeaseQuery(l: ScopedHandle) {
  return l
    .selectFields(
      {
        id: leases.id,
        orgId: leases.orgId,
        apartmentId: leases.apartmentId,
        startDate: leases.startDate,
        endDate: leases.endDate,
        cancelledAt: leases.cancelledAt,
        rentAmount: leases.rentAmount,
        currency: leases.currency,
        clause: leases.rentRevisionClause,
        referenceQuarter: leases.rentIndexQuarter,
        baseValue: leases.rentIndexBaseValue,
        revisedOn: leases.rentRevisedOn,
        timezone: propertyZone(),
        locale: orgs.locale,
        // orgs and properties both have `name`/`address`: aliased, or D1's batch collapses them.
        orgName: sql<string>`${orgs.name}`.as("org_name"),
        orgAddress: sql<string | null>`${orgs.address}`.as("org_address"),
        street: sql<string>`${properties.address}`.as("street"),
        city: properties.city,
        postalCode: properties.postalCode,
        country: properties.country,
        unit: apartments.unitNumber,
      },
      leases,
      thisLease(l),
    )
    .innerJoin(orgs, eq(orgs.id, leases.orgId))
    .innerJoin(apartments, and(eq(apartments.id, leases.apartmentId), eq(apartments.orgId, leases.orgId)))
    .innerJoin(properties, and(eq(properties.id, apartments.propertyId), eq(properties.orgId, leases.orgId)));
}

type Q = ReturnType<typeof revisionQueries>;
export type RevisionRows = [Awaited<Q[0]>, Awaited<Q[1]>, Awaited<Q[2]>, Awaited<Q[3]>];
export type RevisionLease = Awaited<ReturnType<typeof revisionLeaseQuery>>[number];

/** The lease's joined renters: name (profile name when given), email and user id, for the letter and the email. */
export function leaseRentersQuery(l: ScopedHandle) {
  return l
    .selectFields(
      {
        userId: users.id,
        email: users.email,
        name: users.name,
        locale: users.locale,
        firstName: renterProfiles.firstName,
        lastName: renterProfiles.lastName,
      },
      leaseRenters,
      isNotNull(leaseRenters.joinedAt),
    )
    .innerJoin(users, eq(users.id, leaseRenters.userId))
    .leftJoin(renterProfiles, eq(renterProfiles.userId, users.id));
}

/** A renter's name as printed: first and last name from their profile, else their account name. */
export const renterName = (r: { name: string; firstName: string | null; lastName: string | null }) =>
  r.firstName ? `${r.firstName} ${r.lastName ?? ""}`.trim() : r.name;
