import { and, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { auditEntry } from "../admin/audit";
import type { ApartmentScope } from "../auth/access";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { insertIf } from "../db/conditional";
import { orgOfApartment } from "../db/scoped";
import { enqueueEmail } from "../email/outbox";
import { Conflict, Invalid, NotFound } from "../lib/errors";
import { newId, newSecret, sha256Hex } from "../lib/ids";
import { isoIn, nowIso } from "../lib/time";
import { orgs } from "../orgs/schema";
import { apartments, properties } from "../portfolio/schema";
import { roomChatCounts, roomReads } from "../rooms/schema";
import { leaseRenters, leases } from "./schema";

export const LEASE_INVITATION_TTL_MS = 14 * 24 * 3600 * 1000;

export type LeaseInput = {
  renterEmail: string;
  startDate: string;
  endDate?: string;
  rentAmount: number;
  dueDay: number;
  depositAmount?: number;
};
type Mailer = { emailQueue: Queue; appUrl: string; requestId?: string };

export const today = () => new Date().toISOString().slice(0, 10);

export function leaseStatus(
  lease: { startDate: string; endDate: string | null },
  on = today(),
): "upcoming" | "current" | "ended" {
  if (lease.endDate && lease.endDate < on) return "ended";
  return lease.startDate > on ? "upcoming" : "current";
}

function addressQuery(db: Db, apartmentId: string) {
  return db
    .select({
      unitNumber: apartments.unitNumber,
      currency: apartments.currency,
      address: properties.address,
      city: properties.city,
      orgName: orgs.name,
    })
    .from(apartments)
    .innerJoin(properties, eq(properties.id, apartments.propertyId))
    .innerJoin(orgs, eq(orgs.id, apartments.orgId))
    .where(eq(apartments.id, apartmentId));
}

async function inviteRenterRow(
  db: Db,
  scope: { orgId: string },
  lease: { id: string; apartmentId: string },
  email: string,
) {
  const token = newSecret();
  const row = {
    id: newId(),
    orgId: scope.orgId,
    leaseId: lease.id,
    apartmentId: lease.apartmentId,
    email,
    tokenHash: await sha256Hex(token),
    invitedAt: nowIso(),
    expiresAt: isoIn(LEASE_INVITATION_TTL_MS),
  };
  return { token, row };
}

async function sendLeaseInvitation(
  mailer: Mailer,
  db: Db,
  apartmentId: string,
  email: string,
  token: string,
  startDate: string,
) {
  const [place] = await addressQuery(db, apartmentId);
  await enqueueEmail(mailer.emailQueue, {
    template: "lease_invitation",
    to: email,
    data: {
      orgName: place!.orgName,
      address: `${place!.address}, ${place!.city} — unit ${place!.unitNumber}`,
      startDate,
      link: `${mailer.appUrl}/invitations/accept?token=${token}`,
    },
  });
}

/** Creates a lease for the apartment and invites its first renter (both rows land together, or neither). */
export async function createLease(db: Db, scope: ApartmentScope, input: LeaseInput, mailer: Mailer) {
  if (input.endDate && input.endDate < input.startDate)
    throw new Invalid("endDate: must be on or after startDate", [
      { path: "endDate", message: "Must be on or after the start date" },
    ]);
  const [apartment] = await db
    .select({ currency: apartments.currency })
    .from(apartments)
    .where(and(eq(apartments.orgId, scope.orgId), eq(apartments.id, scope.apartmentId)));
  if (!apartment) throw new NotFound("Apartment");
  const lease = {
    id: newId(),
    orgId: scope.orgId,
    apartmentId: scope.apartmentId,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    rentAmount: input.rentAmount,
    currency: apartment.currency,
    dueDay: input.dueDay,
    depositAmount: input.depositAmount ?? null,
    createdBy: scope.userId,
    createdAt: nowIso(),
  };
  const invitation = await inviteRenterRow(db, scope, lease, input.renterEmail);
  await db.batch([
    db.insert(leases).values(lease),
    db.insert(leaseRenters).values(invitation.row),
    auditEntry(db, {
      action: "lease.create",
      actorUserId: scope.userId,
      orgId: scope.orgId,
      targetType: "lease",
      targetId: lease.id,
      requestId: mailer.requestId,
    }),
  ]);
  await sendLeaseInvitation(mailer, db, scope.apartmentId, input.renterEmail, invitation.token, lease.startDate);
  const { orgId: _, ...publicLease } = lease;
  return {
    lease: publicLease,
    invitation: { id: invitation.row.id, email: invitation.row.email, expiresAt: invitation.row.expiresAt },
  };
}

/** A co-renter on an existing lease gets their own invitation. */
export async function addCoRenter(
  db: Db,
  scope: { orgId: string; userId: string },
  leaseId: string,
  email: string,
  mailer: Mailer,
) {
  const [lease] = await db
    .select()
    .from(leases)
    .where(and(eq(leases.orgId, scope.orgId), eq(leases.id, leaseId)));
  if (!lease) throw new NotFound("Lease");
  if (leaseStatus(lease) === "ended")
    throw new Conflict("This lease has ended: create a new lease instead", "lease_ended");
  const invitation = await inviteRenterRow(db, scope, lease, email);
  try {
    await db.insert(leaseRenters).values(invitation.row);
  } catch (error) {
    if (String((error as Error).cause ?? error).includes("UNIQUE"))
      throw new Conflict(`${email} is already on this lease`, "already_on_lease");
    throw error;
  }
  await sendLeaseInvitation(mailer, db, lease.apartmentId, email, invitation.token, lease.startDate);
  return { id: invitation.row.id, email, expiresAt: invitation.row.expiresAt };
}

export function leasesOfApartmentQueries(db: Db, apartmentId: string) {
  return [
    db
      .select()
      .from(leases)
      .where(and(eq(leases.orgId, orgOfApartment(apartmentId)), eq(leases.apartmentId, apartmentId)))
      .orderBy(desc(leases.startDate)),
    db
      .select({
        id: leaseRenters.id,
        leaseId: leaseRenters.leaseId,
        email: leaseRenters.email,
        userId: leaseRenters.userId,
        name: users.name,
        joinedAt: leaseRenters.joinedAt,
        expiresAt: leaseRenters.expiresAt,
      })
      .from(leaseRenters)
      .leftJoin(users, eq(users.id, leaseRenters.userId))
      .where(and(eq(leaseRenters.orgId, orgOfApartment(apartmentId)), eq(leaseRenters.apartmentId, apartmentId))),
  ] as const;
}

/** Accepts a lease invitation for the signed-in renter; bound to the invited email. */
export async function acceptLeaseInvitation(db: Db, userId: string, token: string, requestId?: string) {
  const tokenHash = await sha256Hex(token);
  const [[invitation], [user]] = await db.batch([
    db.select().from(leaseRenters).where(eq(leaseRenters.tokenHash, tokenHash)),
    db.select({ email: users.email }).from(users).where(eq(users.id, userId)),
  ]);
  if (!invitation) throw new NotFound("Invitation");
  if (invitation.joinedAt) throw new Conflict("This invitation has already been used", "invitation_used");
  if (invitation.expiresAt < nowIso())
    throw new Invalid("This invitation has expired. Ask your landlord for a new one.", undefined, "invitation_expired");
  if (user?.email !== invitation.email) {
    throw new Invalid(
      `This invitation was sent to ${invitation.email}. Sign in with that address to accept it.`,
      undefined,
      "invitation_email_mismatch",
    );
  }
  const [accepted] = await db.batch([
    db
      .update(leaseRenters)
      .set({ userId, joinedAt: nowIso() })
      .where(and(eq(leaseRenters.id, invitation.id), isNull(leaseRenters.joinedAt))),
    auditEntry(db, {
      action: "lease.join",
      actorUserId: userId,
      orgId: invitation.orgId,
      targetType: "lease",
      targetId: invitation.leaseId,
      requestId,
    }),
  ]);
  if (accepted.meta.changes !== 1) throw new Conflict("This invitation has already been used", "invitation_used");
  return { apartmentId: invitation.apartmentId, leaseId: invitation.leaseId };
}

/** "My homes": every apartment the renter has (or had) a lease on, across orgs, with unread chat counts. */
export function homesQuery(db: Db, userId: string) {
  return db
    .select({
      // D1 collapses duplicate column names in raw rows: alias the two `id` and the two `name` columns.
      apartmentId: sql<string>`${apartments.id}`.as("apartment_id"),
      unitNumber: apartments.unitNumber,
      propertyName: sql<string>`${properties.name}`.as("property_name"),
      address: properties.address,
      city: properties.city,
      orgName: sql<string>`${orgs.name}`.as("org_name"),
      leaseId: sql<string>`${leases.id}`.as("lease_id"),
      startDate: leases.startDate,
      endDate: leases.endDate,
      rentAmount: leases.rentAmount,
      currency: leases.currency,
      dueDay: leases.dueDay,
      unread: sql<number>`coalesce(${roomChatCounts.messages}, 0) - coalesce(${roomReads.readMessages}, 0)`,
    })
    .from(leaseRenters)
    .innerJoin(leases, eq(leases.id, leaseRenters.leaseId))
    .innerJoin(apartments, eq(apartments.id, leases.apartmentId))
    .innerJoin(properties, eq(properties.id, apartments.propertyId))
    .innerJoin(orgs, eq(orgs.id, apartments.orgId))
    .leftJoin(roomChatCounts, eq(roomChatCounts.apartmentId, apartments.id))
    .leftJoin(roomReads, and(eq(roomReads.apartmentId, apartments.id), eq(roomReads.userId, userId)))
    .where(and(eq(leaseRenters.userId, userId), sql`${leaseRenters.joinedAt} is not null`))
    .orderBy(desc(leases.startDate));
}

export type JoinedLeaseInput = {
  orgId: string;
  apartmentId: string;
  renterUserId: string;
  renterEmail: string;
  startDate: string;
  endDate: string | null;
  rentAmount: number;
  currency: string;
  dueDay: number;
  depositAmount: number | null;
  createdBy: string;
};

/**
 * A lease whose renter has already joined: no invitation to accept (a confirmed application), the renter
 * gets the apartment and its room at once, exactly like an invited renter who accepted. Returns the
 * statements for the caller's batch, each applied only when `when` holds, so the lease lands together
 * with the change that justifies it, or not at all.
 */
export async function joinedLeaseStatements(db: Db, input: JoinedLeaseInput, when: SQL) {
  const now = nowIso();
  const lease = {
    id: newId(),
    orgId: input.orgId,
    apartmentId: input.apartmentId,
    startDate: input.startDate,
    endDate: input.endDate,
    rentAmount: input.rentAmount,
    currency: input.currency,
    dueDay: input.dueDay,
    depositAmount: input.depositAmount,
    remindersEnabled: true,
    createdBy: input.createdBy,
    createdAt: now,
  };
  // Nobody accepts this one: the token only fills the unique column and is never sent.
  const renter = {
    id: newId(),
    orgId: input.orgId,
    leaseId: lease.id,
    apartmentId: input.apartmentId,
    email: input.renterEmail,
    userId: input.renterUserId,
    tokenHash: await sha256Hex(newSecret()),
    invitedAt: now,
    expiresAt: now,
    joinedAt: now,
  };
  return {
    leaseId: lease.id,
    statements: [insertIf(db, leases, lease, when), insertIf(db, leaseRenters, renter, when)] as const,
  };
}
