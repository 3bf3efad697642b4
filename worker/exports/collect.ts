import { desc, eq, getTableColumns, inArray, or, sql, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { applicationStatusHistory, applications } from "../applications/schema";
import { authTokens, sessions, users } from "../auth/schema";
import type { Db } from "../db/client";
import { documents, signatures } from "../documents/schema";
import { dossierDocuments, guarantors, renterProfiles } from "../dossier/schema";
import { expenses } from "../expenses/schema";
import { leaseRenters, leases } from "../leases/schema";
import { rentRevisions } from "../leases/revision/schema";
import { auditLog } from "../lib/audit";
import { listings } from "../listings/schema";
import {
  maintenanceComments,
  maintenanceCosts,
  maintenancePhotos,
  maintenanceRequestHistory,
  maintenanceRequests,
} from "../maintenance/schema";
import { invitations, memberships, orgs } from "../orgs/schema";
import { apartments, properties } from "../portfolio/schema";
import { ledgerEntries, payments } from "../rent/schema";
import { activities, roomReads } from "../rooms/schema";
import { dataExports } from "./schema";

/**
 * What a person's export holds from D1 (issue 16 §3; GDPR art. 15 and 20): every row about them or written by
 * them, read in one D1 batch (one consistent snapshot). The rule for other people's data: a row the person is
 * party to (their lease, their application, an agreement they sign) is exported with the counterpart's name
 * where the row itself carries it (the landlord org's name, who decided on their application), but never a
 * third person's contact details (co-renters' or invitees' emails), secrets (password hash, token hashes) or
 * an audit row's free-form details. tests/unit/export-completeness-unit holds the list of tables (./coverage.ts)
 * to the schema: a table with a column naming a user must be read here or be listed there with its reason.
 */

/** `table`'s columns without `keys`: a select that leaves secrets and other people's data out by name. */
function columnsWithout<T extends SQLiteTable, K extends keyof T["_"]["columns"] & string>(
  table: T,
  ...keys: K[]
): Omit<T["_"]["columns"], K> {
  const columns: Record<string, unknown> = { ...getTableColumns(table) };
  for (const key of keys) delete columns[key];
  return columns as Omit<T["_"]["columns"], K>;
}

/** The person's own leases as a renter (joined through their lease_renters row), as a subquery. */
const renterLeaseIds = (db: Db, userId: string) =>
  db.select({ id: leaseRenters.leaseId }).from(leaseRenters).where(eq(leaseRenters.userId, userId));

/** Who they are and how they sign in: profile, renter profile, sessions, memberships, invitations, exports. */
function accountQueries(db: Db, userId: string) {
  return [
    db
      .select({
        ...columnsWithout(users, "passwordHash", "googleSub"),
        signsInWithPassword: sql<boolean>`${users.passwordHash} is not null`.mapWith(Boolean),
        signsInWithGoogle: sql<boolean>`${users.googleSub} is not null`.mapWith(Boolean),
      })
      .from(users)
      .where(eq(users.id, userId)),
    db.select().from(renterProfiles).where(eq(renterProfiles.userId, userId)),
    // Sessions hold no secret (refresh tokens are a table of their own, hashed, and never exported).
    db.select().from(sessions).where(eq(sessions.userId, userId)).orderBy(desc(sessions.createdAt)),
    db
      .select({ ...getTableColumns(memberships), orgName: orgs.name })
      .from(memberships)
      .innerJoin(orgs, eq(orgs.id, memberships.orgId))
      .where(eq(memberships.userId, userId)),
    // Invitations they sent or accepted: the invitee's address only when it is theirs (they accepted it).
    db
      .select({
        ...columnsWithout(invitations, "tokenHash", "email"),
        email: sql<string | null>`case when ${invitations.acceptedBy} = ${userId} then ${invitations.email} end`,
      })
      .from(invitations)
      .where(or(eq(invitations.invitedBy, userId), eq(invitations.acceptedBy, userId))),
    db
      .select(columnsWithout(dataExports, "r2Key"))
      .from(dataExports)
      .where(eq(dataExports.userId, userId))
      .orderBy(desc(dataExports.createdAt)),
    // Only the count of emailed links (their hashes are secrets): when each was sent and used.
    db.select(columnsWithout(authTokens, "tokenHash")).from(authTokens).where(eq(authTokens.userId, userId)),
  ] as const;
}

/** Their homes and money: leases (as a renter, or created as staff), their lease_renters rows, ledger, payments. */
function rentQueries(db: Db, userId: string) {
  const mine = renterLeaseIds(db, userId);
  const theirs = (leaseId: AnySQLiteColumn, by: SQL) => or(inArray(leaseId, mine), by);
  return [
    db
      .select({
        ...getTableColumns(leases),
        orgName: orgs.name,
        unitNumber: apartments.unitNumber,
        address: properties.address,
        postalCode: properties.postalCode,
        city: properties.city,
      })
      .from(leases)
      .innerJoin(orgs, eq(orgs.id, leases.orgId))
      .innerJoin(apartments, eq(apartments.id, leases.apartmentId))
      .innerJoin(properties, eq(properties.id, apartments.propertyId))
      .where(theirs(leases.id, eq(leases.createdBy, userId))),
    db.select(columnsWithout(leaseRenters, "tokenHash")).from(leaseRenters).where(eq(leaseRenters.userId, userId)),
    db
      .select()
      .from(ledgerEntries)
      .where(theirs(ledgerEntries.leaseId, eq(ledgerEntries.createdBy, userId)))
      .orderBy(ledgerEntries.createdAt),
    db
      .select()
      .from(payments)
      .where(theirs(payments.leaseId, eq(payments.createdBy, userId)))
      .orderBy(payments.createdAt),
    db
      .select()
      .from(rentRevisions)
      .where(theirs(rentRevisions.leaseId, eq(rentRevisions.confirmedBy, userId))),
    // Feed entries they wrote or confirmed (a co-renter's own posts are the co-renter's).
    db
      .select()
      .from(activities)
      .where(or(eq(activities.authorUserId, userId), eq(activities.confirmedBy, userId)))
      .orderBy(activities.createdAt),
    db.select().from(roomReads).where(eq(roomReads.userId, userId)),
  ] as const;
}

/** The marketplace and agreements: applications and their history, dossier, listings, agreements, signatures. */
function dossierQueries(db: Db, userId: string) {
  const mine = renterLeaseIds(db, userId);
  const myApplications = db
    .select({ id: applications.id })
    .from(applications)
    .where(eq(applications.renterUserId, userId));
  return [
    db
      .select({ ...getTableColumns(applications), listingTitle: listings.title, orgName: orgs.name })
      .from(applications)
      .innerJoin(listings, eq(listings.id, applications.listingId))
      .innerJoin(orgs, eq(orgs.id, applications.orgId))
      .where(eq(applications.renterUserId, userId)),
    db
      .select()
      .from(applicationStatusHistory)
      .where(
        or(
          inArray(applicationStatusHistory.applicationId, myApplications),
          eq(applicationStatusHistory.actorUserId, userId),
        ),
      )
      .orderBy(applicationStatusHistory.at),
    db.select().from(guarantors).where(eq(guarantors.userId, userId)),
    db.select().from(dossierDocuments).where(eq(dossierDocuments.userId, userId)),
    db
      .select(columnsWithout(listings, "searchText", "cityKey"))
      .from(listings)
      .where(eq(listings.createdBy, userId)),
    // Agreements they are party to: sent to them on their lease (drafts are the landlord's work), or signed.
    db
      .select()
      .from(documents)
      .where(
        or(
          sql`${inArray(documents.leaseId, mine)} and ${documents.sentAt} is not null`,
          inArray(
            documents.id,
            db.select({ id: signatures.documentId }).from(signatures).where(eq(signatures.signerUserId, userId)),
          ),
        ),
      ),
    // Agreements they drew up as staff: the facts of their work, not the renters' details the fields hold.
    db
      .select(columnsWithout(documents, "templateFields", "failureReason"))
      .from(documents)
      .where(eq(documents.createdBy, userId)),
    db.select().from(signatures).where(eq(signatures.signerUserId, userId)),
  ] as const;
}

/** Maintenance they reported, were assigned, wrote, photographed or logged; expenses they recorded; their audit trail. */
function workQueries(db: Db, userId: string) {
  return [
    db
      .select()
      .from(maintenanceRequests)
      .where(or(eq(maintenanceRequests.reporterUserId, userId), eq(maintenanceRequests.assigneeUserId, userId))),
    db.select().from(maintenanceRequestHistory).where(eq(maintenanceRequestHistory.actorUserId, userId)),
    db.select().from(maintenanceComments).where(eq(maintenanceComments.authorUserId, userId)),
    db.select().from(maintenancePhotos).where(eq(maintenancePhotos.uploadedByUserId, userId)),
    db.select().from(maintenanceCosts).where(eq(maintenanceCosts.loggedByUserId, userId)),
    db.select().from(expenses).where(eq(expenses.createdBy, userId)),
    // Their own actions; `details` may name other people (an invitee, a renter), so it is left out.
    db
      .select(columnsWithout(auditLog, "details"))
      .from(auditLog)
      .where(eq(auditLog.actorUserId, userId))
      .orderBy(auditLog.at),
  ] as const;
}

/** Every record of the person, by the JSON file it goes to (one D1 batch). */
export async function collectRecords(db: Db, userId: string) {
  const [
    [profile = null],
    [renterProfile = null],
    sessionRows,
    membershipRows,
    invitationRows,
    exportRows,
    emailLinks,
    leaseRows,
    leaseRenterRows,
    ledgerRows,
    paymentRows,
    revisionRows,
    activityRows,
    readRows,
    applicationRows,
    historyRows,
    guarantorRows,
    dossierRows,
    listingRows,
    agreementRows,
    draftedRows,
    signatureRows,
    requestRows,
    requestHistoryRows,
    commentRows,
    photoRows,
    costRows,
    expenseRows,
    auditRows,
  ] = await db.batch([
    ...accountQueries(db, userId),
    ...rentQueries(db, userId),
    ...dossierQueries(db, userId),
    ...workQueries(db, userId),
  ]);
  return {
    profile: { account: profile, renterProfile },
    account: { sessions: sessionRows, emailLinks, exports: exportRows },
    memberships: { memberships: membershipRows, invitations: invitationRows },
    leases: { leases: leaseRows, leaseRenters: leaseRenterRows, rentRevisions: revisionRows },
    ledger: ledgerRows,
    payments: paymentRows,
    activities: { activities: activityRows, chatReadMarks: readRows },
    applications: { applications: applicationRows, statusHistory: historyRows },
    dossier: { documents: dossierRows, guarantors: guarantorRows },
    listings: listingRows,
    agreements: { agreements: agreementRows, drawnUp: draftedRows, signatures: signatureRows },
    maintenance: {
      requests: requestRows,
      history: requestHistoryRows,
      comments: commentRows,
      photos: photoRows,
      costs: costRows,
    },
    expenses: expenseRows,
    audit: auditRows,
  };
}
export type ExportRecords = Awaited<ReturnType<typeof collectRecords>>;

/**
 * The rooms whose chat may hold their messages: the apartments of their leases and their applications'
 * conversations (`application-<id>`), and as staff their orgs' apartments that have chat and their orgs'
 * applications. Room names as worker/rooms names them. One D1 batch.
 */
export async function chatRoomsOf(db: Db, userId: string): Promise<string[]> {
  const myOrgs = db.select({ id: memberships.orgId }).from(memberships).where(eq(memberships.userId, userId));
  const [apartmentRows, applicationRows] = await db.batch([
    db
      .selectDistinct({ id: apartments.id })
      .from(apartments)
      .where(
        or(
          inArray(
            apartments.id,
            db.select({ id: leaseRenters.apartmentId }).from(leaseRenters).where(eq(leaseRenters.userId, userId)),
          ),
          sql`${inArray(apartments.orgId, myOrgs)} and exists (select 1 from room_chat_counts c where c.apartment_id = ${apartments.id} and c.messages > 0)`,
        ),
      ),
    db
      .select({ id: applications.id })
      .from(applications)
      .where(or(eq(applications.renterUserId, userId), inArray(applications.orgId, myOrgs))),
  ]);
  return [...apartmentRows.map((a) => a.id), ...applicationRows.map((a) => `application-${a.id}`)];
}
