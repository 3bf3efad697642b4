import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { authTokens, sessions, users } from "../auth/schema";
import type { Db } from "../db/client";
import { applicationStatusHistory, applications } from "../applications/schema";
import { dossierDocuments, guarantors, renterProfiles } from "../dossier/schema";
import { dataExports } from "../exports/schema";
import { enqueueEmail } from "../email/contract";
import { leaseRenters } from "../leases/schema";
import { maintenanceComments, maintenanceRequestHistory } from "../maintenance/schema";
import { auditEntry } from "../lib/audit";
import type { AccessClaims } from "../lib/claims";
import { Conflict } from "../lib/errors";
import { idempotencyKeys } from "../lib/idempotency";
import { isLocale } from "../lib/i18n/locales";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { invitations, memberships } from "../orgs/schema";
import { activities, roomReads } from "../rooms/schema";
import { applicationRoomName } from "../../durable-objects/apartment-room.protocol";
import { ERASED_USER_NAME } from "./contract";
import { deleteR2Prefix } from "./files";
import { closedOrgStatements, orgsOfMemberQuery } from "./org-closure";

/**
 * Erasing one's account (issue 16 §3; GDPR art. 17). What goes and what stays:
 *
 * - Deleted: the renter profile, the dossier (documents and their R2 files, guarantors and theirs), sign-in
 *   links, idempotency keys, chat read marks, memberships, unused invitations to the
 *   address (staff and lease), and applications that did not become a lease (with their history and the chat
 *   their rooms hold: `rooms.roomsForgotten`, before the rows go).
 * - Pseudonymised: the account row stays so kept records still point at someone (name `ERASED_USER_NAME`,
 *   worded per language by the pages; email `erased-<id>@erased.invalid`, undeliverable by RFC 2606 and unique,
 *   so the address can sign up again as a new account; no password, Google subject or language; `erased_at`).
 *   The author names copied onto feed entries, application and maintenance history, comments, and the chat
 *   and feed kept in the apartment rooms, become the pseudonym; the texts stay for the other party.
 * - Kept as they are: the ledger, payments, leases (the joined renter row keeps the pseudonymous address),
 *   agreements and their signatures, receipts, the application that made a lease (its profile snapshot
 *   emptied but the name), the audit log. The landlord must keep them (GDPR art. 17(3)(b) and (e): a legal
 *   obligation and the defence of legal claims; loi n° 89-462 art. 7-1: actions from a lease, 3 years; Code
 *   civil art. 2224: 5 years; Livre des procédures fiscales art. L102 B: 6 years for the records rental
 *   income is taxed on). Signed PDFs are never altered: they are the legal documents.
 *
 * A renter whose lease still runs may erase their account: the lease is a contract outside Rentline, which
 * the landlord keeps the records of (above); only the account goes.
 *
 * The last owner of an org that still has other members or a running lease is refused (409
 * `close_org_first`): closing it, or handing it over, is theirs to do first. An org the person was alone in
 * (no other member, no running lease) is closed with the account (./org-closure.ts).
 */

/** The address an erased account keeps: unique (its id) and undeliverable (`.invalid`, RFC 2606 §2). */
const erasedEmailOf = (userId: string) => `erased-${userId}@erased.invalid`;

/**
 * Deletes the erased account's files: the dossier keys read before the erasure, then anything left under
 * `users/<userId>/` (the dossier's and its guarantors' files) and `exports/<userId>/` (their data exports'
 * ZIPs, worker/exports: a copy of everything). Idempotent, so it can be run again.
 */
async function deleteUserFiles(docs: R2Bucket, userId: string, keys: string[]): Promise<void> {
  if (keys.length) await docs.delete(keys);
  await deleteR2Prefix(docs, `users/${userId}/`);
  await deleteR2Prefix(docs, `exports/${userId}/`);
}

/** The reads an erasure decides with, in one round trip. */
function erasureReads(db: Db, userId: string, today: string) {
  return [
    orgsOfMemberQuery(db, userId, today),
    db.select({ key: dossierDocuments.r2Key }).from(dossierDocuments).where(eq(dossierDocuments.userId, userId)),
    // The rooms whose kept chat and feed name the person: their homes, the rooms they read or wrote in.
    db
      .selectDistinct({ room: leaseRenters.apartmentId })
      .from(leaseRenters)
      .where(eq(leaseRenters.userId, userId))
      .union(db.selectDistinct({ room: roomReads.apartmentId }).from(roomReads).where(eq(roomReads.userId, userId)))
      .union(
        db.selectDistinct({ room: activities.apartmentId }).from(activities).where(eq(activities.authorUserId, userId)),
      )
      .union(
        db
          .selectDistinct({ room: sql<string>`'application-' || ${applications.id}`.as("room") })
          .from(applications)
          .where(and(eq(applications.renterUserId, userId), eq(applications.status, "confirmed"))),
      ),
    // The applications that made no lease go with the account, and their rooms' chat with them.
    db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.renterUserId, userId), ne(applications.status, "confirmed"))),
  ] as const;
}

/** The statements that pseudonymise and delete, for the erasure's batch (see the header). */
function erasureStatements(db: Db, userId: string, email: string, at: string): BatchItem<"sqlite">[] {
  const pseudonym = ERASED_USER_NAME;
  const erasedEmail = erasedEmailOf(userId);
  const emptyProfile = JSON.stringify({
    firstName: pseudonym,
    lastName: "",
    phone: "",
    birthDate: "",
    nationality: null,
    education: null,
    budgetAmount: null,
    budgetCurrency: null,
    address: "",
  });
  return [
    db
      .update(sessions)
      .set({ revokedAt: at, revokedReason: "erased" })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt))),
    db.delete(authTokens).where(eq(authTokens.userId, userId)),
    db.delete(dataExports).where(eq(dataExports.userId, userId)),
    db.delete(dossierDocuments).where(eq(dossierDocuments.userId, userId)),
    db.delete(guarantors).where(eq(guarantors.userId, userId)),
    db.delete(renterProfiles).where(eq(renterProfiles.userId, userId)),
    db.delete(idempotencyKeys).where(eq(idempotencyKeys.userId, userId)),
    db.delete(roomReads).where(eq(roomReads.userId, userId)),
    db.delete(memberships).where(eq(memberships.userId, userId)),
    db.delete(invitations).where(and(eq(invitations.email, email), isNull(invitations.acceptedAt))),
    db.delete(leaseRenters).where(and(eq(leaseRenters.email, email), isNull(leaseRenters.joinedAt))),
    db.update(leaseRenters).set({ email: erasedEmail }).where(eq(leaseRenters.userId, userId)),
    db.delete(applications).where(and(eq(applications.renterUserId, userId), ne(applications.status, "confirmed"))),
    db
      .update(applications)
      .set({ profile: sql`${emptyProfile}`, message: null })
      .where(eq(applications.renterUserId, userId)),
    db.update(activities).set({ authorName: pseudonym }).where(eq(activities.authorUserId, userId)),
    db.update(activities).set({ confirmedByName: pseudonym }).where(eq(activities.confirmedBy, userId)),
    db
      .update(applicationStatusHistory)
      .set({ actorName: pseudonym })
      .where(eq(applicationStatusHistory.actorUserId, userId)),
    db
      .update(maintenanceRequestHistory)
      .set({ actorName: pseudonym })
      .where(eq(maintenanceRequestHistory.actorUserId, userId)),
    db.update(maintenanceComments).set({ authorName: pseudonym }).where(eq(maintenanceComments.authorUserId, userId)),
    db
      .update(users)
      .set({
        name: pseudonym,
        email: erasedEmail,
        passwordHash: null,
        googleSub: null,
        emailVerifiedAt: null,
        locale: null,
        banReason: null,
        erasedAt: at,
      })
      .where(and(eq(users.id, userId), isNull(users.erasedAt))),
  ];
}

/**
 * Erases the caller's account, as the header says; the route confirmed it is them first and passes their
 * address and language before erasure (`identity`). One D1 batch writes every change with its audit row
 * (`account.erased`, target `users/<id>`, no personal data) and the closure of the orgs they were alone in;
 * then the R2 files go (`deleteUserFiles`), the open room sockets close, the kept chat and feed in the rooms
 * take the pseudonym, and a confirmation goes to the old address in the person's language. Answers when.
 * 409 `close_org_first` (nothing written) when they are the last owner of an open org with other members or
 * a running lease.
 */
export async function eraseAccount(
  ports: Pick<Ports, "db" | "docs" | "queues" | "appUrl" | "requestId" | "rooms" | "log">,
  claims: AccessClaims,
  identity: { email: string; locale: string | null },
) {
  const { db } = ports;
  const userId = claims.sub;
  const at = nowIso();
  const today = at.slice(0, 10);
  const [orgsOf, files, rooms, unleased] = await db.batch([...erasureReads(db, userId, today)]);
  const open = orgsOf.filter((o) => o.closedAt === null && o.role === "owner" && o.otherOwners === 0);
  if (open.some((o) => o.otherMembers > 0 || o.runningLeases > 0))
    throw new Conflict(
      "You are the only owner of an organization that still has members or running leases: close it or make someone else an owner first",
      "close_org_first",
    );
  const alone = open.map((o) => o.orgId);
  // Before the rows go (as retention does): a room out of reach keeps its chat under the pseudonym below.
  const unforgotten = await ports.rooms.roomsForgotten(unleased.map((a) => applicationRoomName(a.id)));
  const closures: BatchItem<"sqlite">[] = alone.flatMap((orgId) => [
    ...closedOrgStatements(db, orgId, at),
    auditEntry(db, { action: "org.closed", actorUserId: userId, orgId, targetType: "org", targetId: orgId }),
  ]);
  await db.batch([
    auditEntry(db, {
      action: "account.erased",
      actorUserId: userId,
      targetType: "users",
      targetId: userId,
      requestId: ports.requestId,
      details: { closedOrgs: alone.length },
    }),
    ...closures,
    ...erasureStatements(db, userId, identity.email, at),
  ]);
  await ports.rooms.revoke({ reason: "signed_out", userIds: [userId] });
  if (alone.length) await Promise.all(alone.map((orgId) => ports.rooms.revoke({ reason: "org_disabled", orgId })));
  await Promise.all([
    deleteUserFiles(
      ports.docs,
      userId,
      files.map((f) => f.key),
    ).catch((error: unknown) =>
      // The rows are gone; the files are found again by their prefix (`users/<id>/`) to finish the job.
      ports.log.error("erased account's files not all deleted", { userId, error }),
    ),
    ports.rooms.authorErased([...rooms.map((r) => r.room), ...unforgotten], userId, ERASED_USER_NAME),
  ]);
  await enqueueEmail(ports.queues.email, {
    template: "account_erased",
    to: identity.email,
    orgId: null,
    ...(isLocale(identity.locale) ? { locale: identity.locale } : {}),
    data: { erasedOn: today, link: ports.appUrl },
  });
  return { erasedAt: at, closedOrgIds: alone };
}
