import type { InferOutput } from "valibot";
import { z } from "zod";
import { SIDES } from "../worker/domain";
import type { serverFrame as browserServerFrame } from "./apartment-room.frames";
import { activitySchema, chatMessageSchema, roomErrorCode, roomRevocationReason } from "../worker/rooms/contract";

/**
 * Every frame of the apartment room, both directions, and what the room logs. Frames are parsed with these,
 * never cast. The browser checks the frames it receives with ./apartment-room.frames.ts (Valibot) instead.
 */
const MAX_CHAT_LENGTH = 4000;
export const MAX_FRAME_BYTES = 16 * 1024;

export {
  activitySchema,
  chatMessageSchema,
  type Activity,
  type ChatMessage,
  type RoomRevocationReason,
} from "../worker/rooms/contract";

/**
 * One of a renter's leases in this apartment, as the window of the room's history it shows them: `from` and
 * `until` are ISO instants (the start date's first moment, UTC, and the first moment after the end date; null
 * while the lease has no end).
 */
const tenureSchema = z.object({ leaseId: z.string(), from: z.string(), until: z.string().nullable() });
export type Tenure = z.infer<typeof tenureSchema>;

/**
 * What a renter may see of the room (durable-objects/room-sight.ts `maySee`): their own leases' entries
 * always; apartment-wide entries (no lease: the landlord's messages, notices) made during one of their
 * tenures; other renters' chat of that time only when the flat is shared (`sharedChat`); never another
 * lease's activities (money). Null for the landlord side: everything.
 */
const sightSchema = z.object({ leases: z.array(tenureSchema), sharedChat: z.boolean() });
export type Sight = z.infer<typeof sightSchema>;

/**
 * Who is on a connection: set only by the Worker at connect, after it verified the ticket and checked the
 * session and the access again (worker/rooms/connect.ts), kept in the connection state.
 */
export const identitySchema = z.object({
  userId: z.string(),
  name: z.string(),
  side: z.enum(SIDES),
  canPost: z.boolean(),
  /** The session (refresh-token family) the ticket was issued to: a revocation closes its sockets. */
  sid: z.string(),
  /** The org that owns the room. */
  orgId: z.string(),
  /** The renter's lease that tags what they post (their current one); null on the landlord side. */
  leaseId: z.string().nullable(),
  /** When posting closes (ISO instant: the renter's lease ended); null: never. */
  postUntil: z.string().nullable(),
  /** What the connection may see; null: everything (the landlord side, an application's conversation). */
  sees: sightSchema.nullable(),
  /**
   * Whether the holder sees leases' private side (worker/auth/policy.ts `seesLeasePrivate`): money,
   * agreements. False for a member without it (maintenance): plain notes, chat and maintenance notices only.
   */
  leasePrivate: z.boolean(),
  /** The document this connection has open, if any (set by a `viewing` frame; shown in presence). */
  viewing: z.string().nullable().optional(),
  /** The lease of that document (read from D1 by the room): presence shows it only to who may see that lease. */
  viewingLease: z.string().nullable().optional(),
});
export type Identity = z.infer<typeof identitySchema>;

const onlineSchema = z.array(
  z.object({
    userId: z.string(),
    name: z.string(),
    side: z.enum(SIDES),
    viewing: z.array(z.string()).optional(),
  }),
);

/**
 * A document's status changed (rendering, ready, failed, a signature, signed): clients reload it from the API.
 * `leaseId` is the document's lease, filled in by the room from D1 (its renters and staff receive the frame).
 */
export const documentEventSchema = z.object({
  documentId: z.string(),
  status: z.string(),
  at: z.string(),
  leaseId: z.string().nullable().optional(),
});
export type DocumentEvent = z.infer<typeof documentEventSchema>;

export const clientFrame = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("chat"),
    text: z.string().trim().min(1, "empty message").max(MAX_CHAT_LENGTH, `at most ${MAX_CHAT_LENGTH} characters`),
    clientId: z.string().min(1).max(64),
  }),
  z.object({ type: z.literal("typing") }),
  z.object({ type: z.literal("resume"), afterSeq: z.number().int().min(0) }),
  z.object({ type: z.literal("viewing"), documentId: z.string().max(64).nullable() }),
]);
export type ClientFrame = z.infer<typeof clientFrame>;

/** Notices the API publishes and the room does not log: clients reload what they name through the API. */
const noticeFrames = [
  /** The lease's ledger changed (a payment, charge, adjustment or refund): clients reload the balance. */
  z.object({ type: z.literal("ledger"), leaseId: z.string(), at: z.string() }),
  /**
   * A maintenance request changed (issue 15: reported, a status change, a comment, an assignment): ids and
   * status only, filed under the request's lease (null: opened by staff, staff only); clients reload it.
   */
  z.object({
    type: z.literal("maintenance"),
    requestId: z.string(),
    leaseId: z.string().nullable(),
    status: z.string(),
    at: z.string(),
  }),
] as const;
export const noticeFrame = z.discriminatedUnion("type", [...noticeFrames]);

export const serverFrame = z.discriminatedUnion("type", [
  /**
   * A connection's first frame: the log's sequence number (the client resumes after what it has), who is here,
   * and when the room last announced a change (ms, the room's clock: ./room-changes.ts).
   */
  z.object({ type: z.literal("hello"), seq: z.number().int(), online: onlineSchema, changedAt: z.number().int() }),
  z.object({ type: z.literal("activity"), seq: z.number().int(), activity: activitySchema }),
  z.object({ type: z.literal("chat"), seq: z.number().int(), message: chatMessageSchema }),
  z.object({ type: z.literal("presence"), online: onlineSchema }),
  z.object({ type: z.literal("typing"), userId: z.string() }),
  z.object({ type: z.literal("document"), event: documentEventSchema }),
  ...noticeFrames,
  /**
   * Something went wrong for this connection: a stable `code` (and, for `access_revoked`, the revocation's
   * `reason` code) that the UI words in the reader's language; `detail` is English, for logs only.
   */
  z.object({
    type: z.literal("error"),
    code: roomErrorCode,
    reason: roomRevocationReason.optional(),
    detail: z.string(),
  }),
]);
export type ServerFrame = z.infer<typeof serverFrame>;

/**
 * Compile-time check: the browser's copy of the server frames (./apartment-room.frames.ts, Valibot, what a
 * page checks arriving frames with) has exactly this shape; a field added or changed here fails until it
 * is there too.
 */
type BrowserFrame = InferOutput<typeof browserServerFrame>;
type SameFrames = [BrowserFrame, ServerFrame] extends [ServerFrame, BrowserFrame] ? true : false;
const _sameFrames: SameFrames = true;
/** An error the room answers without closing the socket (everything but `access_revoked`). */
export type RoomNotice = Exclude<z.infer<typeof roomErrorCode>, "access_revoked">;

/**
 * An event of the room's log (its SQLite `events` table: `type` and the JSON `payload`), parsed back when
 * it is replayed or paged: the log is data at rest, so it is validated like any frame.
 */
export const loggedEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("activity"), payload: activitySchema }),
  z.object({ type: z.literal("chat"), payload: chatMessageSchema }),
]);
export type LoggedEvent = z.infer<typeof loggedEvent>;

/**
 * The two kinds of room on the apartment-room mechanism, told apart by the room's name: an application's
 * conversation (`application-<id>`, `applicationRoomName`: chat only, nothing in D1) or an apartment's room (named by the apartment id: activities caught up from D1, unread counts kept there).
 */
export type RoomKind = { kind: "apartment"; apartmentId: string } | { kind: "application"; applicationId: string };

const APPLICATION_ROOM_PREFIX = "application-";

/**
 * The room of application `applicationId`'s conversation: an apartment room under this name (same tickets,
 * frames, sequence numbers and resume). Ids never collide with apartment ids (prefix).
 */
export const applicationRoomName = (applicationId: string) => `${APPLICATION_ROOM_PREFIX}${applicationId}`;

/** The kind of the room named `name` (a room name is an apartment id or `application-<application id>`). */
export function roomKindOf(name: string): RoomKind {
  return name.startsWith(APPLICATION_ROOM_PREFIX)
    ? { kind: "application", applicationId: name.slice(APPLICATION_ROOM_PREFIX.length) }
    : { kind: "apartment", apartmentId: name };
}

export function assertNever(value: never): never {
  throw new Error(`unexpected frame: ${JSON.stringify(value)}`);
}
