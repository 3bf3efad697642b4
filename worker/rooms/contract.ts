import { z } from "zod";
import { saneDate, saneMonth } from "../lib/date-input";
import { PAYMENT_METHODS, ROOM_ERROR_CODES, ROOM_REVOCATION_REASONS, SIDES } from "../domain";
import type { activities } from "./schema";

/**
 * The rooms feature's shapes: the activity feed, chat history and room tickets. Imported by the API routes,
 * the room protocol (durable-objects/apartment-room.protocol.ts) and the UI, so it imports `z` from "zod"
 * (never @hono/zod-openapi) and names components with `.meta({ id })`.
 */

/** A rent period: the calendar month `YYYY-MM`. */
const periodSchema = saneMonth("The period").meta({ description: "A calendar month, `YYYY-MM`" });

const side = z.enum(SIDES);

/**
 * One entry of an apartment's activity feed, as the API and the room send it: the `activities` row without
 * its org. `amount` is in minor units of `currency`; times are ISO-8601 UTC.
 *
 * Written out rather than `createSelectSchema(activities)`: the browser parses every room frame with it
 * (durable-objects/apartment-room.protocol.ts), and drizzle-zod would ship drizzle-orm and the table
 * definitions to the client (about 320 KB of JavaScript). `SameAsTable` below keeps it the table's row.
 */
export const activitySchema = z
  .object({
    id: z.string(),
    apartmentId: z.string(),
    kind: z.string(),
    description: z.string(),
    amount: z.int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).nullable(),
    currency: z.string().nullable(),
    period: z.string().nullable(),
    authorUserId: z.string(),
    authorName: z.string(),
    authorSide: side,
    /** The lease the entry belongs to (money always names one); null for an apartment-wide note. */
    leaseId: z.string().nullable().optional(),
    status: z.enum(["posted", "pending_confirmation", "confirmed", "rejected"]),
    confirmBySide: side.nullable(),
    confirmedAt: z.string().nullable(),
    confirmedBy: z.string().nullable(),
    confirmedByName: z.string().nullable(),
    rejectedReason: z.string().nullable(),
    /** How a payment was made; null for notes and older payments (optional: entries a room logged before it). */
    method: z.enum(PAYMENT_METHODS).nullable().optional(),
    /** The day a payment's money arrived (`YYYY-MM-DD`); null/absent like `method`. */
    receivedOn: z.string().nullable().optional(),
    /** The maintenance request a `maintenance` entry tells a step of; null/absent for every other entry. */
    maintenanceRequestId: z.string().nullable().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({
    id: "Activity",
    description: "A feed entry: a note, or a payment (`amount` in minor units of `currency`) and its confirmation",
  });
export type Activity = z.infer<typeof activitySchema>;

/**
 * Compile-time check: the schema is exactly the table's row without `orgId` (a new column fails here);
 * `leaseId`, `method` and `receivedOn` are optional because entries a room logged before them lack them.
 */
type Row = Omit<
  typeof activities.$inferSelect,
  "orgId" | "leaseId" | "method" | "receivedOn" | "maintenanceRequestId"
> & {
  leaseId?: string | null;
  maintenanceRequestId?: string | null;
  method?: (typeof activities.$inferSelect)["method"];
  receivedOn?: string | null;
};
type SameAsTable = [Row, Activity] extends [Activity, Row] ? true : false;
const _sameAsTable: SameAsTable = true;

/** A chat message as the room logs it (`clientId` deduplicates a retried send; `createdAt` ISO-8601 UTC). */
export const chatMessageSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  side: z.enum(SIDES),
  text: z.string(),
  clientId: z.string(),
  createdAt: z.string(),
  /** The author's lease (renters); null for the landlord side and messages logged before leases were named. */
  leaseId: z.string().nullable().optional(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

/** A chat message with its room sequence number. */
const sequencedChatMessageSchema = chatMessageSchema.extend({ seq: z.number().int() });

/** A page of chat history, newest first, and the room's current sequence number. */
export const chatHistorySchema = z
  .object({ messages: z.array(sequencedChatMessageSchema), seq: z.number().int() })
  .meta({ id: "ChatHistory" });
export type ChatHistory = z.infer<typeof chatHistorySchema>;

/** `GET …/messages`: scroll back from `before` (a sequence number), `limit` messages (1–200, default 50). */
export const chatHistoryQuery = z.object({
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * A post to the feed. With `amount` (minor units, of the lease's currency) it is a payment: reported by a
 * renter (the landlord must confirm it) or received by the landlord (confirmed by the renter if asked). Money
 * names its lease (`leaseId`) when the apartment has several current leases (rooms/lease-choice.ts). A payment
 * may carry how it was made (`method`) and the day the money arrived (`receivedOn`), and needs no note; a note
 * needs its description, and carries neither (the service answers 400 `invalid_input`: no refinement here, so
 * the UI's forms can extend the schema).
 */
export const activityInput = z
  .object({
    description: z.string().trim().min(1).max(2000).optional().meta({
      description: "The note. Required without an amount; a payment may come without one (the UI then words it)",
    }),
    amount: z.number().int().min(1).max(100_000_000).optional().meta({ description: "In minor units" }),
    period: periodSchema.optional(),
    needsConfirmation: z.boolean().optional(),
    leaseId: z.string().min(1).max(64).optional().meta({
      description:
        "The lease this entry is for: a current lease of the apartment (the caller's own, for a renter). Required with an amount or a confirmation request when there are several current leases",
    }),
    method: z.enum(PAYMENT_METHODS).optional().meta({ description: "How the payment was made (with an amount only)" }),
    receivedOn: saneDate("The day received").optional().meta({
      description:
        "The day the money arrived, `YYYY-MM-DD` (with an amount only; default: today in the org's time zone). Never after today: 422 `received_in_future`; never before the lease starts: 422 `received_before_lease`",
    }),
  })
  .meta({ id: "ActivityInput" });
export type ActivityInput = z.infer<typeof activityInput>;

/** Why a pending entry is rejected (3–500 characters). */
export const activityRejection = z
  .object({ reason: z.string().trim().min(3).max(500) })
  .meta({ id: "ActivityRejection" });
export type ActivityRejection = z.infer<typeof activityRejection>;

/** How long a room ticket is valid, in seconds (rooms/tickets.ts signs it). */
export const ROOM_TICKET_TTL_SECONDS = 60;

/** A ticket (HS256 JWT for one room) and the WebSocket URL it opens; `expiresIn` in seconds. */
export const roomTicketSchema = z
  .object({ ticket: z.string(), url: z.string(), expiresIn: z.number().int() })
  .meta({ id: "RoomTicket" });

export {
  disputeStageOf,
  MAINTENANCE_FEED_KIND,
  maintenanceFeedFacts,
  maintenanceFeedText,
  type DisputeStage,
  type MaintenanceFeedEvent,
  type MaintenanceFeedFacts,
} from "./vocabulary";

/**
 * Why a room closed someone's socket (worker/domain.ts `ROOM_REVOCATION_REASONS`): the stable code a
 * revocation carries and the room's `access_revoked` frame hands to the browser, which words it in the reader's
 * language (app/i18n/messages/<lang>/room.ts `revocation`).
 */
export const roomRevocationReason = z.enum(ROOM_REVOCATION_REASONS);
export type RoomRevocationReason = z.infer<typeof roomRevocationReason>;

/**
 * The codes of the room's `error` frames: `access_revoked` (with a `reason`; the socket closes, 4003),
 * `frame_too_large` and `invalid_frame` (a client bug; the socket stays open), `read_only` (posting closed:
 * the lease ended) and `rate_limited` (too many chat messages). The UI words each in the reader's language.
 */
export const roomErrorCode = z.enum(ROOM_ERROR_CODES);
