import { and, eq, gt, gte, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { union } from "drizzle-orm/sqlite-core";
import { rolesWith } from "../auth/policy";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { insertIf } from "../db/conditional";
import type { Side } from "../domain";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { leaseRenters, leases } from "../leases/schema";
import { memberships, orgs } from "../orgs/schema";
import { apartments, properties } from "../portfolio/schema";
import { roomChatCounts, roomReads } from "./schema";

/**
 * Chat bookkeeping in D1. The chat itself lives in each room's own storage; D1 keeps per-apartment message
 * counts (`room_chat_counts`, written by the room) and per-person read marks (`room_reads`), so dashboards
 * count unread messages and the hourly digest finds them without waking every room.
 */

/** `excluded.<column>` in an upsert's SET: the value the conflicting insert proposed. */
const excluded = (column: SQLiteColumn): SQL => sql`excluded.${sql.identifier(column.name)}`;

/**
 * Counts a chat message the room logged (`at`: ISO-8601 UTC). The sender's own message counts as read for
 * them. One batch, so both counters move together; nothing is written for an id that is not an apartment.
 */
export async function countChatMessage(db: Db, apartmentId: string, senderId: string, at: string): Promise<void> {
  const apartment = sql`${apartments} a`;
  const isThisApartment = sql`a.id = ${apartmentId}`;
  await db.batch([
    insertIf(
      db,
      roomChatCounts,
      { apartmentId: sql`a.id`, orgId: sql`a.org_id`, messages: 1, lastMessageAt: at },
      isThisApartment,
      apartment,
    ).onConflictDoUpdate({
      target: roomChatCounts.apartmentId,
      set: { messages: sql`${roomChatCounts.messages} + 1`, lastMessageAt: at },
    }),
    insertIf(
      db,
      roomReads,
      { apartmentId: sql`a.id`, userId: senderId, readMessages: 1, digestedMessages: 0, updatedAt: at },
      isThisApartment,
      apartment,
    ).onConflictDoUpdate({
      target: [roomReads.apartmentId, roomReads.userId],
      set: { readMessages: sql`${roomReads.readMessages} + 1`, updatedAt: at },
    }),
  ]);
}

/**
 * Marks the apartment's chat as read up to now for this person (unread counts on dashboards and My homes);
 * a digest then waits for newer messages too.
 */
export async function markChatRead(
  { db }: Pick<Ports, "db">,
  reader: { apartmentId: string; userId: string },
): Promise<void> {
  const messages = sql<number>`coalesce((select ${roomChatCounts.messages} from ${roomChatCounts} where ${roomChatCounts.apartmentId} = ${reader.apartmentId}), 0)`;
  await db
    .insert(roomReads)
    .values({
      apartmentId: reader.apartmentId,
      userId: reader.userId,
      readMessages: messages,
      digestedMessages: messages,
      updatedAt: nowIso(),
    })
    .onConflictDoUpdate({
      target: [roomReads.apartmentId, roomReads.userId],
      set: {
        readMessages: excluded(roomReads.readMessages),
        digestedMessages: sql`max(${roomReads.digestedMessages}, ${excluded(roomReads.readMessages)})`,
        updatedAt: excluded(roomReads.updatedAt),
      },
    });
}

/** One person's unread chat in one apartment, as the digest lists it (`messages`: the room's total). */
export type UnreadRoom = {
  userId: string;
  email: string;
  name: string;
  side: Side;
  apartmentId: string;
  messages: number;
  readMessages: number;
  address: string;
  city: string;
  unit: string;
  /** The apartment's org: its language is the digest's when the person chose none. */
  orgId: string;
};

/**
 * Who has unread chat worth a digest: the landlord side (the roles holding `lease.manage`: owners and
 * managers, not maintenance staff) and the renters of current leases (`today`, `YYYY-MM-DD`), in rooms quiet
 * since `quietSince` (ISO-8601 UTC) with more messages than the person read or was last digested. Banned
 * users and disabled orgs are left out. One statement.
 */
export function unreadRoomsQuery(db: Db, quietSince: string, today: string) {
  const unread = (userId: SQLiteColumn | SQL, side: Side) =>
    db
      .select({
        userId: sql<string>`${userId}`.as("user_id"),
        email: users.email,
        name: users.name,
        side: sql<Side>`${side}`.as("side"),
        apartmentId: roomChatCounts.apartmentId,
        messages: roomChatCounts.messages,
        readMessages: sql<number>`coalesce(${roomReads.readMessages}, 0)`.as("read_messages"),
        address: properties.address,
        city: properties.city,
        unit: apartments.unitNumber,
        orgId: apartments.orgId,
      })
      .from(roomChatCounts)
      .innerJoin(apartments, eq(apartments.id, roomChatCounts.apartmentId))
      .innerJoin(properties, eq(properties.id, apartments.propertyId))
      .innerJoin(orgs, and(eq(orgs.id, apartments.orgId), eq(orgs.isDisabled, false)))
      .$dynamic();
  const quietAndUnread = and(
    lt(roomChatCounts.lastMessageAt, quietSince),
    gt(
      roomChatCounts.messages,
      sql`max(coalesce(${roomReads.readMessages}, 0), coalesce(${roomReads.digestedMessages}, 0))`,
    ),
  );
  const readsOf = (userId: SQLiteColumn) =>
    and(eq(roomReads.apartmentId, roomChatCounts.apartmentId), eq(roomReads.userId, userId));
  const landlordSide = unread(memberships.userId, "landlord")
    .innerJoin(
      memberships,
      and(eq(memberships.orgId, apartments.orgId), inArray(memberships.role, rolesWith("lease.manage"))),
    )
    .innerJoin(users, and(eq(users.id, memberships.userId), isNull(users.bannedAt)))
    .leftJoin(roomReads, readsOf(memberships.userId))
    .where(quietAndUnread);
  const renterSide = unread(leaseRenters.userId, "renter")
    .innerJoin(leaseRenters, eq(leaseRenters.apartmentId, roomChatCounts.apartmentId))
    .innerJoin(
      leases,
      and(
        eq(leases.id, leaseRenters.leaseId),
        or(isNull(leases.endDate), gte(leases.endDate, today)),
        isNull(leases.cancelledAt),
      ),
    )
    .innerJoin(users, and(eq(users.id, leaseRenters.userId), isNull(users.bannedAt)))
    .leftJoin(roomReads, readsOf(users.id))
    .where(quietAndUnread);
  // UNION, not UNION ALL: a renter on two current leases of one apartment is listed once.
  return union(landlordSide, renterSide);
}

/** Records that these people were digested up to the room's current count (`at`: ISO-8601 UTC). */
export async function markDigested(db: Db, rooms: UnreadRoom[], at: string): Promise<void> {
  const [first, ...rest] = rooms.map((r) =>
    db
      .insert(roomReads)
      .values({
        apartmentId: r.apartmentId,
        userId: r.userId,
        readMessages: 0,
        digestedMessages: r.messages,
        updatedAt: at,
      })
      .onConflictDoUpdate({
        target: [roomReads.apartmentId, roomReads.userId],
        set: { digestedMessages: r.messages, updatedAt: at },
      }),
  );
  if (first) await db.batch([first, ...rest]);
}
