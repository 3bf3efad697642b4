import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import { SIDES } from "../lib/domain";
import { activities } from "./schema";

/**
 * The rooms feature's shapes: the activity feed, chat history and room tickets. Imported by the API routes,
 * the room protocol (durable-objects/apartment-room.protocol.ts) and the UI, so it imports `z` from "zod"
 * (never @hono/zod-openapi) and names components with `.meta({ id })`.
 */

/** A rent period: the calendar month `YYYY-MM`. */
const periodSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month (YYYY-MM)")
  .meta({ description: "A calendar month, `YYYY-MM`" });

/**
 * One entry of an apartment's activity feed, as the API and the room send it: the `activities` row without
 * its org and lease. `amount` is in minor units of `currency`; times are ISO-8601 UTC.
 */
export const activitySchema = /* @__PURE__ */ createSelectSchema(activities).omit({ orgId: true, leaseId: true }).meta({
  id: "Activity",
  description: "A feed entry: a note, or a payment (`amount` in minor units of `currency`) and its confirmation",
});
export type Activity = z.infer<typeof activitySchema>;

/** A chat message as the room logs it (`clientId` deduplicates a retried send; `createdAt` ISO-8601 UTC). */
export const chatMessageSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  side: z.enum(SIDES),
  text: z.string(),
  clientId: z.string(),
  createdAt: z.string(),
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
 * renter (the landlord must confirm it) or received by the landlord (confirmed by the renter if asked).
 */
export const activityInput = z
  .object({
    description: z.string().trim().min(1).max(2000),
    amount: z.number().int().min(1).max(100_000_000).optional().meta({ description: "In minor units" }),
    period: periodSchema.optional(),
    needsConfirmation: z.boolean().optional(),
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
