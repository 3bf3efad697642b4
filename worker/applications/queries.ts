import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { users } from "../auth/schema";
import { rolesWith } from "../auth/policy";
import type { Db } from "../db/client";
import type { OrgReader } from "../db/scoped";
import { dossierDocuments, guarantors, renterProfiles } from "../dossier/schema";
import { listingPlaces, listings } from "../listings/schema";
import { memberships, orgs } from "../orgs/schema";
import { applications, applicationStatusHistory } from "./schema";
import { apartmentZone } from "../portfolio/schema";

/**
 * The reads of the applications feature, each a statement for the caller's batch. Org-side reads go
 * through the org handle; the applicant's own reads filter on the renter; reads about one application are
 * batched behind its access check (./access.ts) and filter on its id.
 */

/** The emails of the org's members who review applications (`application.review`). */
export function reviewersQuery(db: Db, orgId: string | SQL<string>) {
  return db
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), inArray(memberships.role, rolesWith("application.review"))));
}

/**
 * A renter's dossier as requirements are checked against it (for one batch): the kinds of their own documents
 * (not their guarantors'), and their guarantors (all of them, or only `guarantorIds`) with how many documents
 * each has, oldest first. Used by apply (`applyFactsQueries`) and the checklist before applying.
 */
export function dossierReads(db: Db, userId: string, guarantorIds?: string[]) {
  const chosen = guarantorIds ? inArray(guarantors.id, guarantorIds.length ? guarantorIds : [""]) : undefined;
  return [
    db
      .selectDistinct({ kind: dossierDocuments.kind })
      .from(dossierDocuments)
      .where(and(eq(dossierDocuments.userId, userId), isNull(dossierDocuments.guarantorId))),
    db
      // Drizzle leaves single-table columns unqualified inside raw SQL: the outer id is spelled out.
      .select({
        id: guarantors.id,
        name: guarantors.name,
        documents: sql<number>`(select count(*) from dossier_documents d where d.guarantor_id = "guarantors"."id")`,
      })
      .from(guarantors)
      .where(and(eq(guarantors.userId, userId), chosen))
      .orderBy(asc(guarantors.createdAt)),
  ] as const;
}

/** Everything applying needs, for one batch: the listing, its places, the renter and their dossier facts. */
export function applyFactsQueries(db: Db, userId: string, listingId: string, guarantorIds: string[]) {
  const orgOfListing = sql<string>`(select org_id from listings where id = ${listingId})`;
  return [
    db.select().from(listings).where(eq(listings.id, listingId)),
    db.select().from(listingPlaces).where(eq(listingPlaces.listingId, listingId)).orderBy(asc(listingPlaces.position)),
    db.select().from(renterProfiles).where(eq(renterProfiles.userId, userId)),
    // The renter's own document kinds; the chosen guarantors that are theirs, with their document counts.
    ...dossierReads(db, userId, guarantorIds),
    db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId)),
    reviewersQuery(db, orgOfListing),
    // The place's calendar (the property's time zone, else the org's): a move-in date must not be before its today.
    db
      .select({ timezone: apartmentZone(listings.apartmentId) })
      .from(listings)
      .where(eq(listings.id, listingId)),
  ] as const;
}

/** An application's status history, oldest first. */
export function historyQuery(db: Db, applicationId: string) {
  return db
    .select()
    .from(applicationStatusHistory)
    .where(eq(applicationStatusHistory.applicationId, applicationId))
    .orderBy(asc(applicationStatusHistory.at), asc(applicationStatusHistory.id));
}

/**
 * The dossier an application shows: the renter's own documents, and the chosen guarantors with theirs, as
 * they were while the application was open: once it is withdrawn or rejected, nothing added after that
 * moment (ISO-8601 UTC, the status history's `at`) shows, to either side.
 */
export function applicationDossierQueries(db: Db, applicationId: string) {
  const renter = sql`(select renter_user_id from applications where id = ${applicationId})`;
  const chosen = sql`(select value from json_each((select guarantor_ids from applications where id = ${applicationId})))`;
  const closedAt = sql`coalesce((select min(h.at) from application_status_history h
    where h.application_id = ${applicationId} and h.to_status in ('withdrawn', 'rejected')), '9999-12-31')`;
  return [
    db
      .select()
      .from(guarantors)
      .where(
        and(
          sql`${guarantors.userId} = ${renter}`,
          sql`${guarantors.id} in ${chosen}`,
          sql`${guarantors.createdAt} <= ${closedAt}`,
        ),
      )
      .orderBy(asc(guarantors.createdAt)),
    db
      .select()
      .from(dossierDocuments)
      .where(
        sql`user_id = ${renter} and (guarantor_id is null or guarantor_id in ${chosen}) and created_at <= ${closedAt}`,
      )
      .orderBy(sql`created_at`),
  ] as const;
}

/** The place an application is for. */
export function placeOfApplicationQuery(db: Db, applicationId: string) {
  return db
    .select({
      id: listingPlaces.id,
      name: listingPlaces.name,
      capacity: listingPlaces.capacity,
      filled: listingPlaces.filled,
      rentAmount: listingPlaces.rentAmount,
    })
    .from(listingPlaces)
    .where(sql`${listingPlaces.id} = (select room_id from applications where id = ${applicationId})`);
}

/** The renter's applications across orgs, newest first, with their listing and place. */
export function myApplicationsQuery(db: Db, userId: string) {
  return db
    .select({
      id: applications.id,
      status: applications.status,
      listingId: applications.listingId,
      listingTitle: listings.title,
      city: listings.city,
      roomName: sql<string>`${listingPlaces.name}`.as("room_name"),
      moveInDate: applications.moveInDate,
      durationMonths: applications.durationMonths,
      apartmentId: listings.apartmentId,
      createdAt: applications.createdAt,
      updatedAt: applications.updatedAt,
    })
    .from(applications)
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .innerJoin(listingPlaces, eq(listingPlaces.id, applications.roomId))
    .where(eq(applications.renterUserId, userId))
    .orderBy(desc(applications.createdAt));
}

/**
 * The renter's accepted applications waiting for their first payment ("My homes" points to them; leases/
 * routes reads it through its hook), newest first: id, listing title and city, the org's name, the move-in day.
 */
export function awaitingHomesQuery(db: Db, userId: string) {
  return db
    .select({
      applicationId: sql<string>`${applications.id}`.as("application_id"),
      listingTitle: listings.title,
      city: listings.city,
      orgName: sql<string>`${orgs.name}`.as("org_name"),
      moveInDate: applications.moveInDate,
    })
    .from(applications)
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .innerJoin(orgs, eq(orgs.id, applications.orgId))
    .where(and(eq(applications.renterUserId, userId), eq(applications.status, "accepted_pending_payment")))
    .orderBy(desc(applications.updatedAt));
}

/** The history of every application of the renter (one query for "My applications"). */
export function myHistoryQuery(db: Db, userId: string) {
  return db
    .select()
    .from(applicationStatusHistory)
    .where(
      sql`${applicationStatusHistory.applicationId} in (select id from applications where renter_user_id = ${userId})`,
    )
    .orderBy(asc(applicationStatusHistory.at), asc(applicationStatusHistory.id));
}

/** One of the org's listings, its applications (newest first) and its places, through the org handle. */
export function listingApplicationsQueries(s: OrgReader, listingId: string) {
  return [
    s.selectFields(
      {
        id: listings.id,
        title: listings.title,
        status: listings.status,
        guarantorsRequired: listings.guarantorsRequired,
        requiredDocuments: listings.requiredDocuments,
        city: listings.city,
        rentAmount: listings.rentAmount,
        chargesAmount: listings.chargesAmount,
        currency: listings.currency,
      },
      listings,
      eq(listings.id, listingId),
    ),
    s
      .selectFields(
        {
          id: applications.id,
          status: applications.status,
          renterName: users.name,
          renterEmail: users.email,
          renterUserId: applications.renterUserId,
          roomId: applications.roomId,
          rentAmount: sql<number>`${listingPlaces.rentAmount}`.as("place_rent"),
          incomeAmount: applications.incomeAmount,
          roomName: sql<string>`${listingPlaces.name}`.as("room_name"),
          moveInDate: applications.moveInDate,
          durationMonths: applications.durationMonths,
          guarantors: sql<number>`json_array_length(${applications.guarantorIds})`,
          message: applications.message,
          createdAt: applications.createdAt,
          updatedAt: applications.updatedAt,
        },
        applications,
        eq(applications.listingId, listingId),
      )
      .innerJoin(users, eq(users.id, applications.renterUserId))
      .innerJoin(listingPlaces, s.inScope(listingPlaces, eq(listingPlaces.id, applications.roomId)))
      .orderBy(desc(applications.createdAt)),
    s
      .selectFields(
        {
          id: listingPlaces.id,
          name: listingPlaces.name,
          capacity: listingPlaces.capacity,
          filled: listingPlaces.filled,
        },
        listingPlaces,
        eq(listingPlaces.listingId, listingId),
      )
      .orderBy(asc(listingPlaces.position)),
  ] as const;
}
