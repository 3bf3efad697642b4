import { and, eq, sql } from "drizzle-orm";
import { roomKindOf, type Identity } from "../../durable-objects/apartment-room.protocol";
import { apartmentAccessCheck, apartmentScopeOf, assertSession } from "../auth/access";
import { sessions, users } from "../auth/schema";
import { can, seesLeasePrivate, type Permission } from "../auth/policy";
import { applications, conversationOpenStatuses } from "../applications/schema";
import { documents } from "../documents/schema";
import type { Db } from "../db/client";
import type { Role } from "../domain";
import { AppError, Forbidden, NotFound } from "../lib/errors";
import type { ProblemCode } from "../lib/problem-codes";
import { memberships, orgs } from "../orgs/schema";
import type { RoomRevocationReason } from "./contract";
import { postUntilOf, sightOf, tenureQuery } from "./sight";

/**
 * A socket's rights in a room, from D1 and nothing else (issue 11 §3): who the holder is, whether they may
 * post, until when, and what they may see. The Worker's gate computes them before it lets a socket through
 * (rooms/connect.ts) and the room computes them again after it accepted and registered the socket, and
 * before every post (durable-objects/apartment-room.ts): a ticket only says who asked and through which
 * session, never what they may do. Throws the API's errors (401 session ended, 403 banned or org disabled,
 * 404 no access) like the REST routes would.
 */

/** Who holds the socket: the ticket's user and session. */
export type Holder = { userId: string; sid: string };
/** What a holder may do in a room now (the identity the room keeps, without what the client chose to view). */
export type RoomRights = Omit<Identity, "viewing">;

/** An apartment room: a member of its org (posting per `room.post`) or a renter of one of its leases. */
async function apartmentRights(db: Db, apartmentId: string, holder: Holder): Promise<RoomRights> {
  const claims = { sub: holder.userId, sid: holder.sid, orgs: [] };
  const [[row], tenures] = await db.batch([
    apartmentAccessCheck(db, claims, apartmentId),
    tenureQuery(db, holder.userId, apartmentId),
  ]);
  const actor = apartmentScopeOf(row, claims, apartmentId);
  const sees = sightOf(actor, tenures);
  return {
    userId: actor.userId,
    name: actor.userName,
    side: actor.side,
    canPost: actor.canPost && can(actor, "room.post"),
    sid: holder.sid,
    orgId: actor.orgId,
    leaseId: actor.leaseId,
    postUntil: postUntilOf(actor, sees),
    sees,
    leasePrivate: seesLeasePrivate(actor),
  };
}

/** The session, the user, the application and the holder's role in its org: one statement. */
function applicationRightsQuery(db: Db, applicationId: string, holder: Holder) {
  return db
    .select({
      revokedAt: sessions.revokedAt,
      expiresAt: sessions.expiresAt,
      bannedAt: users.bannedAt,
      userName: sql<string>`${users.name}`.as("user_name"),
      orgId: applications.orgId,
      status: applications.status,
      renterUserId: applications.renterUserId,
      role: sql<Role | null>`(select m.role from ${memberships} m where m.org_id = ${applications.orgId} and m.user_id = ${holder.userId})`,
      orgDisabled: orgs.isDisabled,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(applications, eq(applications.id, applicationId))
    .leftJoin(orgs, eq(orgs.id, applications.orgId))
    .where(and(eq(sessions.id, holder.sid), eq(sessions.userId, holder.userId)));
}

/** Reviewing applications is what lets a member into an application's conversation (applications/access.ts). */
const REVIEW: Permission = "application.review";

/**
 * An application's conversation: its applicant, or a member of the listing's org who reviews applications
 * (not when the org is disabled), the same people as applications/access.ts lets read it. Anyone posts only
 * while the conversation is open (applications/schema.ts `conversationOpenStatuses`).
 */
async function applicationRights(db: Db, applicationId: string, holder: Holder): Promise<RoomRights> {
  const [row] = await applicationRightsQuery(db, applicationId, holder);
  assertSession(row);
  if (!row.orgId || !row.status) throw new NotFound("Application");
  const open = conversationOpenStatuses.includes(row.status);
  const base = { userId: holder.userId, name: row.userName, sid: holder.sid, orgId: row.orgId, canPost: open };
  // No lease in a conversation: nothing private to see.
  const rest = { leaseId: null, postUntil: null, sees: null, leasePrivate: false };
  if (row.renterUserId === holder.userId) return { ...base, side: "renter", ...rest };
  if (!row.role) throw new NotFound("Application");
  if (row.orgDisabled) throw new Forbidden("This organization has been disabled by Rentline", "org_disabled");
  if (!can({ role: row.role }, REVIEW))
    throw new Forbidden(`Your role (${row.role}) does not allow reviewing applications`);
  // The reviewer's role's own sight (owners and managers see leases' private side): it reads the chat.
  return { ...base, side: "landlord", ...rest, leasePrivate: seesLeasePrivate({ role: row.role }) };
}

/** The rights of `holder` in the room named `room` now (one D1 round trip); throws the API's errors. */
export function roomRights(db: Db, room: string, holder: Holder): Promise<RoomRights> {
  const kind = roomKindOf(room);
  return kind.kind === "application"
    ? applicationRights(db, kind.applicationId, holder)
    : apartmentRights(db, kind.apartmentId, holder);
}

/** The revocation reason of each refusal's problem code (any other refusal: `no_access`). */
const REFUSAL_REASONS: Partial<Record<ProblemCode, RoomRevocationReason>> = {
  session_ended: "session_ended",
  unauthorized: "session_ended",
  user_banned: "suspended",
  org_disabled: "org_disabled",
  forbidden: "role_forbids",
};

/** A refusal: why, as the code the room's `access_revoked` frame carries, and the API's English message (logs). */
export type Refusal = { ok: false; reason: RoomRevocationReason; detail: string };

/**
 * The rights, or why there are none, for the room, which answers with an `access_revoked` frame: `reason`
 * is the stable code the UI words in the reader's language (worker/rooms/contract.ts), `detail` the error's
 * English message, for logs only.
 */
export async function roomRightsOrRefusal(
  db: Db,
  room: string,
  holder: Holder,
): Promise<{ ok: true; rights: RoomRights } | Refusal> {
  try {
    return { ok: true, rights: await roomRights(db, room, holder) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ok: false, reason: REFUSAL_REASONS[error.code] ?? "no_access", detail: error.message };
  }
}

/**
 * The lease of document `documentId` if it belongs to apartment `apartmentId` (one D1 read); undefined when
 * it is not one of the apartment's documents. The room files a document's frames and presence under it.
 */
export async function documentLease(db: Db, apartmentId: string, documentId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ leaseId: documents.leaseId })
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.apartmentId, apartmentId)));
  return row?.leaseId;
}
