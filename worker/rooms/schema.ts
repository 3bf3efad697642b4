import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { PAYMENT_METHODS, SIDES } from "../domain";
import { orgs } from "../orgs/schema";
import { apartments } from "../portfolio/schema";

export const activityStatuses = ["posted", "pending_confirmation", "confirmed", "rejected"] as const;

/**
 * The apartment activity feed (system of record; the room fans it out live). An entry that needs
 * confirmation names the side that must confirm; confirmation is a conditional update, so it happens once.
 */
export const activities = sqliteTable(
  "activities",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    apartmentId: text("apartment_id")
      .notNull()
      .references(() => apartments.id, { onDelete: "cascade" }),
    leaseId: text("lease_id"),
    kind: text("kind").notNull(),
    description: text("description").notNull(),
    amount: integer("amount"),
    currency: text("currency"),
    period: text("period"),
    authorUserId: text("author_user_id").notNull(),
    authorName: text("author_name").notNull(),
    authorSide: text("author_side", { enum: SIDES }).notNull(),
    status: text("status", { enum: activityStatuses }).notNull(),
    confirmBySide: text("confirm_by_side", { enum: SIDES }),
    confirmedAt: text("confirmed_at"),
    confirmedBy: text("confirmed_by"),
    confirmedByName: text("confirmed_by_name"),
    rejectedReason: text("rejected_reason"),
    /** How a payment was made (PAYMENT_METHODS); null for notes and payments posted before issue 14. */
    method: text("method", { enum: PAYMENT_METHODS }),
    /** The day a payment's money arrived (ISO date, the org's calendar); null like `method`. */
    receivedOn: text("received_on"),
    /** The maintenance request a `maintenance` entry tells a step of (issue 15); null for every other entry. */
    maintenanceRequestId: text("maintenance_request_id"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    index("activities_org_apartment_idx").on(t.orgId, t.apartmentId, t.createdAt),
    index("activities_apartment_updated_idx").on(t.apartmentId, t.updatedAt),
  ],
);

/** Chat counters kept by the room so dashboards count unread messages without waking every room. */
export const roomChatCounts = sqliteTable("room_chat_counts", {
  apartmentId: text("apartment_id").primaryKey(),
  orgId: text("org_id").notNull(),
  messages: integer("messages").notNull().default(0),
  lastMessageAt: text("last_message_at"),
});

export const roomReads = sqliteTable(
  "room_reads",
  {
    apartmentId: text("apartment_id").notNull(),
    userId: text("user_id").notNull(),
    readMessages: integer("read_messages").notNull().default(0),
    digestedMessages: integer("digested_messages").notNull().default(0),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.apartmentId, t.userId] }), index("room_reads_user_idx").on(t.userId)],
);

/**
 * The open sockets of every room (room name, partyserver connection id), written by the room on connect and
 * removed on close, so a revocation finds the rooms a user, a session or an org has sockets in
 * (rooms/revoke.ts). A row may outlive its socket (a room evicted without a close): that costs one RPC.
 */
export const roomConnections = sqliteTable(
  "room_connections",
  {
    room: text("room").notNull(),
    connectionId: text("connection_id").notNull(),
    userId: text("user_id").notNull(),
    sessionId: text("session_id").notNull(),
    orgId: text("org_id").notNull(),
    openedAt: text("opened_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.room, t.connectionId] }),
    index("room_connections_user_idx").on(t.userId, t.sessionId),
    index("room_connections_org_idx").on(t.orgId, t.userId),
  ],
);
