import { and, eq, exists, lt, not, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client";
import type { RoomRevocationReason } from "../domain";
import { insertIf, updateIf } from "../db/conditional";
import { AppError, Conflict, Forbidden } from "../lib/errors";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { listingPlaces, listings } from "../listings/schema";
import { applicationRoomName } from "../../durable-objects/apartment-room.protocol";
import type { ApplicationAccess } from "./access";
import { leaseRentTermsOf } from "./first-payment";
import { adTermsQuery, adUnchanged, assertLawfulApplication, type AdTerms } from "./lease-law";
import type { JoinedLeaseStatements } from "./deps";
import { notify, reviewerRecipients, type Recipient } from "./notify";
import { reviewersQuery } from "./queries";
import { applications, applicationStatusHistory, type ApplicationStatus } from "./schema";
import { decide, type ApplicationAction } from "./state";

/**
 * One transition of an application, decided by the state table (./state.ts) and written with a guarded
 * UPDATE on the status it was decided from. The UPDATE stamps `transition_id` with the new history row's
 * id; every later statement of the batch applies only if that stamp is there (`won`), so the history row,
 * and for a confirmation the place, the lease and the closed listing, are written exactly once.
 */
type Mailing = Pick<Ports, "db" | "queues" | "appUrl" | "rooms">;

/** Why the conversation's sockets close after a decision (accepting leaves everyone's rights as they were). */
const DECIDED: Record<Exclude<ApplicationAction, "accept">, RoomRevocationReason> = {
  withdraw: "application_withdrawn",
  reject: "application_rejected",
  confirm: "application_confirmed",
};
type HistoryRow = typeof applicationStatusHistory.$inferSelect;

/** A 409 that names the application's current status, so the client can refresh instead of guessing. */
class IllegalTransition extends AppError {
  constructor(action: ApplicationAction, status: ApplicationStatus) {
    super(409, "illegal_transition", `Cannot ${action} an application that is ${status.replaceAll("_", " ")}`, [
      { path: "status", message: status },
    ]);
  }
}

/** A place is still free in `placeId` (or, negated, in none of the listing's places). */
const placeFree = (db: Db, where: SQL) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(listingPlaces)
      .where(and(where, lt(listingPlaces.filled, listingPlaces.capacity))),
  );

/**
 * The confirmation batch: the guarded status change (only while a place is free), the place claimed, the
 * listing closed when that was its last place, the history row, the lease with the renter already joined
 * (furnished when the ad says so).
 */
async function confirmStatements(
  db: Db,
  access: ApplicationAccess,
  { history, won, ad }: { history: HistoryRow; won: SQL; ad: AdTerms },
  joinedLeaseStatements: JoinedLeaseStatements,
) {
  const app = access.application;
  const now = history.at;
  const lease = await joinedLeaseStatements(
    db,
    {
      orgId: app.orgId,
      apartmentId: app.apartmentId,
      renterUserId: app.renterUserId,
      renterEmail: app.renterEmail,
      // The ad's rent and monthly charges (provision or forfait), from the move-in day, due on its day: the
      // terms the applicant was shown as their first payment (./first-payment.ts).
      ...leaseRentTermsOf(ad, app.moveInDate, app.durationMonths),
      currency: app.currency,
      depositAmount: ad.depositAmount || null,
      firstMonthAmount: null,
      lastMonthAmount: null,
      createdBy: access.userId,
      // A furnished let is a bail meublé (loi n° 89-462 titre Ier bis); the agreement may still choose another kind.
      kind: ad.furnished ? "furnished" : "unfurnished",
    },
    won,
  );
  const statements = [
    updateIf(
      db,
      applications,
      { status: "confirmed", transitionId: history.id, updatedAt: now },
      and(
        eq(applications.id, app.id),
        eq(applications.status, app.status),
        placeFree(db, eq(listingPlaces.id, app.roomId)),
        adUnchanged(ad, app.listingId, app.roomId),
      )!,
    ),
    db
      .update(listingPlaces)
      .set({ filled: sql`${listingPlaces.filled} + 1` })
      .where(and(eq(listingPlaces.id, app.roomId), won)),
    db
      .update(listings)
      .set({ status: "closed", closedAt: now, updatedAt: now })
      .where(
        and(
          eq(listings.id, app.listingId),
          eq(listings.status, "published"),
          won,
          not(placeFree(db, eq(listingPlaces.listingId, app.listingId))),
        ),
      ),
    insertIf(db, applicationStatusHistory, history, won),
    ...lease.statements,
    db
      .update(applications)
      .set({ leaseId: lease.leaseId })
      .where(and(eq(applications.id, app.id), won)),
  ] as const;
  return { leaseId: lease.leaseId, statements };
}

/**
 * Accepting or confirming re-checks the lease the application would become against French lease law
 * (./lease-law.ts; the ad may have changed since applying): 422 with the broken rule's code, nothing written.
 */
async function lawfulAd(db: Db, access: ApplicationAccess): Promise<AdTerms> {
  const app = access.application;
  const [ad] = await adTermsQuery(db, app.listingId, app.roomId);
  if (!ad) throw new Conflict("This place is no longer offered", "no_place_left");
  assertLawfulApplication(ad, app.moveInDate, app.durationMonths);
  return ad;
}

/** Writes the transition; answers the lease created (confirmations), or throws 409 when it lost. */
async function write(
  db: Db,
  access: ApplicationAccess,
  action: ApplicationAction,
  history: HistoryRow,
  joinedLeaseStatements: JoinedLeaseStatements,
) {
  const app = access.application;
  const won = sql`exists (select 1 from applications where id = ${app.id} and transition_id = ${history.id})`;
  let leaseId: string | null = null;
  let changed: unknown[];
  if (action === "confirm") {
    const ad = await lawfulAd(db, access);
    const confirm = await confirmStatements(db, access, { history, won, ad }, joinedLeaseStatements);
    leaseId = confirm.leaseId;
    [changed] = await db.batch(confirm.statements);
  } else {
    if (action === "accept") await lawfulAd(db, access);
    const guard = and(eq(applications.id, app.id), eq(applications.status, app.status))!;
    [changed] = await db.batch([
      updateIf(db, applications, { status: history.toStatus, transitionId: history.id, updatedAt: history.at }, guard),
      insertIf(db, applicationStatusHistory, history, won),
    ]);
  }
  if (changed.length === 1) return leaseId;
  const [current] = await db
    .select({ status: applications.status })
    .from(applications)
    .where(eq(applications.id, app.id));
  if (current && current.status !== app.status) throw new IllegalTransition(action, current.status);
  // The ad changed under the confirmation: say so if its lease would now be unlawful.
  if (action === "confirm") await lawfulAd(db, access);
  throw new Conflict("There is no place left in this room", "no_place_left");
}

/**
 * Takes `action` on the application for the caller's side: 403 for the other side's action, 409
 * `illegal_transition` (with the current status) when the status does not allow it, 409 `no_place_left`
 * when confirming into a full place; for a dwelling in France, accepting or confirming an application whose
 * lease would break loi n° 89-462 (the ad may have changed) is 422 with the rule's code. Emails the renter, and the reviewers when the renter acted. A
 * confirmation creates the lease through `joinedLeaseStatements` (leases', handed in by worker/app.ts).
 */
export async function transition(
  ports: Mailing,
  access: ApplicationAccess,
  action: ApplicationAction,
  note: string | null,
  joinedLeaseStatements: JoinedLeaseStatements,
) {
  const app = access.application;
  const verdict = decide(action, access.side, app.status);
  if (!verdict.ok) {
    if (verdict.reason === "side")
      throw new Forbidden(
        `Only the ${access.side === "renter" ? "landlord" : "applicant"} can ${action} this application`,
      );
    throw new IllegalTransition(action, app.status);
  }
  const history: HistoryRow = {
    id: newId(),
    orgId: app.orgId,
    applicationId: app.id,
    fromStatus: app.status,
    toStatus: verdict.to,
    actorUserId: access.userId,
    actorName: access.userName,
    actorSide: access.side,
    note,
    at: nowIso(),
  };
  const leaseId = await write(ports.db, access, action, history, joinedLeaseStatements);
  // Leaving the decision (withdrawn, rejected, confirmed) changes who may post in the conversation: its open
  // sockets close now, and reconnect with the rights the new status gives (rooms/rights.ts).
  if (action !== "accept") await ports.rooms.revoke({ reason: DECIDED[action], room: applicationRoomName(app.id) });
  const appLink = `${ports.appUrl}/applications/${app.id}`;
  const recipients: Recipient[] = [
    {
      to: app.renterEmail,
      audience: "renter",
      link: action === "confirm" ? `${ports.appUrl}/homes/${app.apartmentId}` : appLink,
    },
  ];
  if (access.side === "renter")
    recipients.push(...reviewerRecipients(await reviewersQuery(ports.db, app.orgId), appLink));
  await notify(ports, app.orgId, recipients, {
    status: verdict.to,
    listingTitle: app.listingTitle,
    applicantName: app.renterName,
    actorName: access.userName,
    note,
  });
  const { orgId: _, ...entry } = history;
  return { id: app.id, status: verdict.to, leaseId, history: entry };
}
