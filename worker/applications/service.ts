import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { insertIf } from "../db/conditional";
import { dossierFactsQueries } from "../dossier/service";
import { dossierDocuments, guarantors } from "../dossier/schema";
import { enqueueEmail } from "../email/outbox";
import { joinedLeaseStatements, profileQuery } from "../leases/service";
import { AppError, Conflict, Invalid, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import { nowIso } from "../lib/time";
import { listingRooms, listings } from "../listings/schema";
import { memberships } from "../orgs/schema";
import { applicationQuery, type ApplicationAccess } from "./access";
import { applications, applicationStatusHistory, type ApplicationStatus, type ProfileSnapshot } from "./schema";
import { APPLICATION_REVIEWERS, decide, type ApplicationAction } from "./state";

export type Mailer = { emailQueue: Queue; appUrl: string };
export type ProfileOverride = Partial<Omit<ProfileSnapshot, "budgetCurrency">> & { budgetCurrency?: string | null };
export type ApplyInput = {
  listingId: string;
  roomId?: string;
  moveInDate: string;
  durationMonths: number;
  guarantorIds: string[];
  message?: string;
  profile?: ProfileOverride;
};

/** A 409 that names the application's current status, so the client can refresh instead of guessing. */
export class IllegalTransition extends AppError {
  constructor(action: ApplicationAction, status: ApplicationStatus) {
    super(409, "illegal_transition", `Cannot ${action} an application that is ${status.replaceAll("_", " ")}`, [
      { path: "status", message: status },
    ]);
  }
}

const REQUIRED_PROFILE: [keyof ProfileSnapshot, string][] = [
  ["firstName", "First name"],
  ["lastName", "Last name"],
  ["phone", "Phone"],
  ["birthDate", "Birth date"],
  ["nationality", "Nationality"],
];
const KIND_LABELS: Record<string, string> = {
  id_card: "ID card",
  proof_of_study: "proof of study",
  proof_of_income: "proof of income",
  rib: "bank details (RIB)",
  visa: "visa",
  other: "other document",
};

function reviewersQuery(db: Db, orgId: string | ReturnType<typeof sql>) {
  return db
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId as string), inArray(memberships.role, [...APPLICATION_REVIEWERS])));
}

/**
 * Applies to a listing with the renter's dossier. Everything the decision needs is read in one batch;
 * what the listing requires and the dossier lacks comes back as one list (422), not one error at a time.
 */
export async function apply(db: Db, userId: string, input: ApplyInput, mailer: Mailer) {
  const orgOfListing = sql<string>`(select org_id from listings where id = ${input.listingId})`;
  const [[listing], rooms, [profile], ownKinds, chosen, [me], reviewers] = await db.batch([
    db.select().from(listings).where(eq(listings.id, input.listingId)),
    db
      .select()
      .from(listingRooms)
      .where(eq(listingRooms.listingId, input.listingId))
      .orderBy(asc(listingRooms.position)),
    profileQuery(db, userId),
    ...dossierFactsQueries(db, userId, input.guarantorIds),
    db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId)),
    reviewersQuery(db, orgOfListing),
  ]);
  if (!listing || listing.status === "draft") throw new NotFound("Listing");
  if (listing.status !== "published")
    throw new Conflict("This listing is closed to new applications", "listing_closed");
  const room = input.roomId ? rooms.find((r) => r.id === input.roomId) : rooms.length === 1 ? rooms[0] : undefined;
  if (!room)
    throw new Invalid(input.roomId ? "roomId: no such room in this listing" : "roomId: choose a room", [
      { path: "roomId", message: input.roomId ? "Not a room of this listing" : "Choose a room" },
    ]);
  if (room.filled >= room.capacity) throw new Conflict(`${room.name} has no place left`, "room_full");
  const unknown = input.guarantorIds.filter((id) => !chosen.some((g) => g.id === id));
  if (unknown.length)
    throw new Invalid("guarantorIds: unknown guarantor", [
      { path: "guarantorIds", message: `Not one of your guarantors: ${unknown.join(", ")}` },
    ]);

  const snapshot: ProfileSnapshot = {
    firstName: profile?.firstName ?? "",
    lastName: profile?.lastName ?? "",
    phone: profile?.phone ?? "",
    birthDate: profile?.birthDate ?? "",
    nationality: profile?.nationality ?? null,
    education: profile?.education ?? null,
    budgetAmount: profile?.budgetAmount ?? null,
    budgetCurrency: profile?.budgetCurrency ?? null,
  };
  for (const [key, value] of Object.entries(input.profile ?? {}))
    if (value !== undefined) (snapshot as Record<string, unknown>)[key] = value;

  const missing: { path: string; message: string }[] = [];
  for (const [key, label] of REQUIRED_PROFILE)
    if (!snapshot[key]) missing.push({ path: `profile.${key}`, message: `${label} is missing from your profile` });
  const have = new Set(ownKinds.map((k) => k.kind));
  for (const kind of listing.requiredDocuments)
    if (!have.has(kind))
      missing.push({ path: `documents.${kind}`, message: `This listing requires your ${KIND_LABELS[kind] ?? kind}` });
  if (input.guarantorIds.length < listing.guarantorsRequired) {
    missing.push({
      path: "guarantorIds",
      message: `This listing requires ${listing.guarantorsRequired} guarantor${listing.guarantorsRequired === 1 ? "" : "s"}; you chose ${input.guarantorIds.length}`,
    });
  }
  for (const g of chosen)
    if (g.documents === 0)
      missing.push({ path: `guarantors.${g.id}`, message: `Your guarantor ${g.name} has no document yet` });
  if (missing.length) {
    throw new AppError(
      422,
      "dossier_incomplete",
      `Your dossier does not meet this listing's requirements: ${missing.map((m) => m.message).join("; ")}`,
      missing,
    );
  }

  const now = nowIso();
  const application = {
    id: newId(),
    orgId: listing.orgId,
    listingId: listing.id,
    roomId: room.id,
    renterUserId: userId,
    status: "pending" as const,
    moveInDate: input.moveInDate,
    durationMonths: input.durationMonths,
    guarantorIds: input.guarantorIds,
    message: input.message ?? null,
    profile: snapshot,
    transitionId: null as string | null,
    leaseId: null,
    createdAt: now,
    updatedAt: now,
  };
  const history = {
    id: newId(),
    orgId: listing.orgId,
    applicationId: application.id,
    fromStatus: null,
    toStatus: "pending" as const,
    actorUserId: userId,
    actorName: me!.name,
    actorSide: "renter" as const,
    note: null,
    at: now,
  };
  application.transitionId = history.id;
  try {
    await db.batch([db.insert(applications).values(application), db.insert(applicationStatusHistory).values(history)]);
  } catch (error) {
    if (String((error as Error).cause ?? error).includes("UNIQUE"))
      throw new Conflict("You have already applied to this listing", "already_applied");
    throw error;
  }
  const mail = {
    status: "pending" as const,
    listingTitle: listing.title,
    applicantName: me!.name,
    actorName: me!.name,
    note: null,
  };
  await notify(
    mailer,
    [
      { to: me!.email, audience: "renter", link: `${mailer.appUrl}/applications/${application.id}` },
      ...reviewers.map((r) => ({
        to: r.email,
        audience: "landlord" as const,
        link: `${mailer.appUrl}/applications/${application.id}`,
      })),
    ],
    mail,
  );
  const { orgId: _, transitionId: __, ...shown } = application;
  return shown;
}

async function notify(
  mailer: Mailer,
  to: { to: string; audience: "renter" | "landlord"; link: string }[],
  data: {
    status: ApplicationStatus;
    listingTitle: string;
    applicantName: string;
    actorName: string;
    note: string | null;
  },
) {
  await Promise.all(
    to.map((r) =>
      enqueueEmail(mailer.emailQueue, {
        template: "application_status",
        to: r.to,
        data: { ...data, audience: r.audience, link: r.link },
      }),
    ),
  );
}

/**
 * One transition, decided by the state table and written with a conditional UPDATE on the status it was
 * decided from. Confirmation also claims a place (`filled < capacity`), creates the lease with the renter
 * already joined, and closes the listing when no place is left — all in the same batch, every statement
 * after the first applying only if the first won (it stamps `transition_id`).
 */
export async function transition(
  db: Db,
  access: ApplicationAccess,
  action: ApplicationAction,
  note: string | null,
  mailer: Mailer,
) {
  const app = access.application;
  const verdict = decide(action, access.side, app.status);
  if (!verdict.ok) {
    if (verdict.reason === "role")
      throw new AppError(
        403,
        "forbidden",
        `Only the ${access.side === "renter" ? "landlord" : "applicant"} can ${action} this application`,
      );
    throw new IllegalTransition(action, app.status);
  }
  const now = nowIso();
  const historyId = newId();
  const won = sql`exists (select 1 from applications where id = ${app.id} and transition_id = ${historyId})`;
  const history = {
    id: historyId,
    orgId: app.orgId,
    applicationId: app.id,
    fromStatus: app.status,
    toStatus: verdict.to,
    actorUserId: access.userId,
    actorName: access.userName,
    actorSide: access.side,
    note,
    at: now,
  };
  let leaseId: string | null = null;
  let first;
  if (action === "confirm") {
    const [room] = await db.select().from(listingRooms).where(eq(listingRooms.id, app.roomId));
    const lease = await joinedLeaseStatements(
      db,
      {
        orgId: app.orgId,
        apartmentId: app.apartmentId,
        renterUserId: app.renterUserId,
        renterEmail: app.renterEmail,
        startDate: app.moveInDate,
        endDate: leaseEnd(app.moveInDate, app.durationMonths),
        rentAmount: room!.rentAmount,
        currency: app.currency,
        dueDay: Math.min(28, Number(app.moveInDate.slice(8, 10))),
        depositAmount: app.depositAmount || null,
        createdBy: access.userId,
      },
      won,
    );
    leaseId = lease.leaseId;
    const results = await db.batch([
      db
        .update(applications)
        .set({ status: "confirmed", transitionId: historyId, updatedAt: now })
        .where(
          and(
            eq(applications.id, app.id),
            eq(applications.status, app.status),
            sql`exists (select 1 from listing_rooms r where r.id = ${app.roomId} and r.filled < r.capacity)`,
          ),
        ),
      db
        .update(listingRooms)
        .set({ filled: sql`${listingRooms.filled} + 1` })
        .where(and(eq(listingRooms.id, app.roomId), won)),
      db
        .update(listings)
        .set({ status: "closed", closedAt: now, updatedAt: now })
        .where(
          and(
            eq(listings.id, app.listingId),
            eq(listings.status, "published"),
            won,
            sql`not exists (select 1 from listing_rooms r where r.listing_id = ${app.listingId} and r.filled < r.capacity)`,
          ),
        ),
      insertIf(db, applicationStatusHistory, history, won),
      ...lease.statements,
      db
        .update(applications)
        .set({ leaseId: lease.leaseId })
        .where(and(eq(applications.id, app.id), won)),
    ]);
    first = results[0];
  } else {
    const results = await db.batch([
      db
        .update(applications)
        .set({ status: verdict.to, transitionId: historyId, updatedAt: now })
        .where(and(eq(applications.id, app.id), eq(applications.status, app.status))),
      insertIf(db, applicationStatusHistory, history, won),
    ]);
    first = results[0];
  }
  if (first.meta.changes !== 1) {
    const [current] = await db
      .select({ status: applications.status })
      .from(applications)
      .where(eq(applications.id, app.id));
    if (current && current.status !== app.status) throw new IllegalTransition(action, current.status);
    throw new Conflict("There is no place left in this room", "no_place_left");
  }
  const data = {
    status: verdict.to,
    listingTitle: app.listingTitle,
    applicantName: app.renterName,
    actorName: access.userName,
    note,
  };
  const renterLink =
    action === "confirm" ? `${mailer.appUrl}/homes/${app.apartmentId}` : `${mailer.appUrl}/applications/${app.id}`;
  const recipients: { to: string; audience: "renter" | "landlord"; link: string }[] = [
    { to: app.renterEmail, audience: "renter", link: renterLink },
  ];
  if (access.side === "renter") {
    const reviewers = await reviewersQuery(db, app.orgId);
    recipients.push(
      ...reviewers.map((r) => ({
        to: r.email,
        audience: "landlord" as const,
        link: `${mailer.appUrl}/applications/${app.id}`,
      })),
    );
  }
  await notify(mailer, recipients, data);
  const { orgId: _, ...entry } = history;
  return { id: app.id, status: verdict.to, leaseId, history: entry };
}

/** The last day of a lease of `months` months starting on `start` (YYYY-MM-DD). */
export function leaseEnd(start: string, months: number): string {
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1 + months, d) - 24 * 3600 * 1000);
  return end.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- reads

export function historyQuery(db: Db, applicationId: string) {
  return db
    .select()
    .from(applicationStatusHistory)
    .where(eq(applicationStatusHistory.applicationId, applicationId))
    .orderBy(asc(applicationStatusHistory.at), asc(applicationStatusHistory.id));
}

/** The dossier an application shows: the renter's own documents, and the chosen guarantors with theirs. */
export function applicationDossierQueries(db: Db, applicationId: string) {
  const renter = sql`(select renter_user_id from applications where id = ${applicationId})`;
  const chosen = sql`(select value from json_each((select guarantor_ids from applications where id = ${applicationId})))`;
  return [
    db
      .select()
      .from(guarantors)
      .where(and(sql`${guarantors.userId} = ${renter}`, sql`${guarantors.id} in ${chosen}`))
      .orderBy(asc(guarantors.createdAt)),
    db
      .select()
      .from(dossierDocuments)
      .where(sql`user_id = ${renter} and (guarantor_id is null or guarantor_id in ${chosen})`)
      .orderBy(sql`created_at`),
  ] as const;
}

export function roomOfApplicationQuery(db: Db, applicationId: string) {
  return db
    .select({
      id: listingRooms.id,
      name: listingRooms.name,
      capacity: listingRooms.capacity,
      filled: listingRooms.filled,
      rentAmount: listingRooms.rentAmount,
    })
    .from(listingRooms)
    .where(sql`${listingRooms.id} = (select room_id from applications where id = ${applicationId})`);
}

/** The renter's applications across orgs, newest first, with their listing and room. */
export function myApplicationsQueries(db: Db, userId: string) {
  return [
    db
      .select({
        id: applications.id,
        status: applications.status,
        listingId: applications.listingId,
        listingTitle: listings.title,
        city: listings.city,
        roomName: sql<string>`${listingRooms.name}`.as("room_name"),
        moveInDate: applications.moveInDate,
        durationMonths: applications.durationMonths,
        apartmentId: listings.apartmentId,
        createdAt: applications.createdAt,
        updatedAt: applications.updatedAt,
      })
      .from(applications)
      .innerJoin(listings, eq(listings.id, applications.listingId))
      .innerJoin(listingRooms, eq(listingRooms.id, applications.roomId))
      .where(eq(applications.renterUserId, userId))
      .orderBy(desc(applications.createdAt)),
  ] as const;
}

/** A listing's applications for its org, newest first. */
export function listingApplicationsQueries(db: Db, orgId: string, listingId: string) {
  return [
    db
      .select({
        id: listings.id,
        title: listings.title,
        status: listings.status,
        guarantorsRequired: listings.guarantorsRequired,
        requiredDocuments: listings.requiredDocuments,
      })
      .from(listings)
      .where(and(eq(listings.orgId, orgId), eq(listings.id, listingId))),
    db
      .select({
        id: applications.id,
        status: applications.status,
        renterName: users.name,
        renterEmail: users.email,
        roomId: applications.roomId,
        roomName: sql<string>`${listingRooms.name}`.as("room_name"),
        moveInDate: applications.moveInDate,
        durationMonths: applications.durationMonths,
        guarantors: sql<number>`json_array_length(${applications.guarantorIds})`,
        message: applications.message,
        createdAt: applications.createdAt,
        updatedAt: applications.updatedAt,
      })
      .from(applications)
      .innerJoin(users, eq(users.id, applications.renterUserId))
      .innerJoin(listingRooms, eq(listingRooms.id, applications.roomId))
      .where(and(eq(applications.orgId, orgId), eq(applications.listingId, listingId)))
      .orderBy(desc(applications.createdAt)),
    db
      .select({
        id: listingRooms.id,
        name: listingRooms.name,
        capacity: listingRooms.capacity,
        filled: listingRooms.filled,
      })
      .from(listingRooms)
      .where(and(eq(listingRooms.orgId, orgId), eq(listingRooms.listingId, listingId)))
      .orderBy(asc(listingRooms.position)),
  ] as const;
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

/**
 * The hook for online payments (Stripe, built with the rent feature): when the first payment of an
 * accepted application succeeds, the webhook calls this, and the application is confirmed exactly as if
 * the landlord had marked the payment received (same batch: place, lease, listing closed when full).
 * Repeated webhooks are harmless: a second call finds the application confirmed and gets a 409.
 */
export async function confirmAfterOnlinePayment(db: Db, applicationId: string, paymentRef: string, mailer: Mailer) {
  const [row] = await applicationQuery(db, applicationId, "system:payments");
  if (!row) throw new NotFound("Application");
  return transition(
    db,
    { application: row, side: "landlord", role: null, userId: "system:payments", userName: "Online payment" },
    "confirm",
    `Paid online (${paymentRef})`,
    mailer,
  );
}
