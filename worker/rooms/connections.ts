import { and, eq, inArray, ne, type SQL } from "drizzle-orm";
import type { Identity } from "../../durable-objects/apartment-room.protocol";
import type { Db } from "../db/client";
import type { RoomRevocation } from "../lib/ports";
import { nowIso } from "../lib/time";
import { roomConnections } from "./schema";

/**
 * The registry of open room sockets in D1 (`room_connections`): the room records each socket it accepts and
 * forgets it on close, so a revocation can find every room a user, a session or an org has a socket in.
 */

/** Records an accepted socket of room `room` (an apartment's, an application's or an org's; idempotent). */
export async function recordConnection(
  db: Db,
  room: string,
  connectionId: string,
  identity: Pick<Identity, "userId" | "sid" | "orgId">,
) {
  await db
    .insert(roomConnections)
    .values({
      room,
      connectionId,
      userId: identity.userId,
      sessionId: identity.sid,
      orgId: identity.orgId,
      openedAt: nowIso(),
    })
    .onConflictDoNothing();
}

/** Forgets sockets of room `room` (closed, or closed by a revocation). */
export async function forgetConnection(db: Db, room: string, ...connectionIds: string[]) {
  if (connectionIds.length === 0) return;
  await db
    .delete(roomConnections)
    .where(and(eq(roomConnections.room, room), inArray(roomConnections.connectionId, connectionIds)));
}

/** The rooms with at least one open socket that `revocation` names (by user, session, org, room). */
export async function roomsWithSockets(db: Db, revocation: RoomRevocation): Promise<string[]> {
  const where: SQL[] = [];
  if (revocation.userIds) where.push(inArray(roomConnections.userId, revocation.userIds));
  if (revocation.sessionIds) where.push(inArray(roomConnections.sessionId, revocation.sessionIds));
  if (revocation.exceptSessionId) where.push(ne(roomConnections.sessionId, revocation.exceptSessionId));
  if (revocation.orgId) where.push(eq(roomConnections.orgId, revocation.orgId));
  if (revocation.room) where.push(eq(roomConnections.room, revocation.room));
  const rows = await db
    .selectDistinct({ room: roomConnections.room })
    .from(roomConnections)
    .where(and(...where));
  return rows.map((r) => r.room);
}
