import { z } from "zod";

/** Every frame of the apartment room, both directions. Frames are parsed with these, never cast. */
export const MAX_CHAT_LENGTH = 4000;
export const MAX_FRAME_BYTES = 16 * 1024;

export const identitySchema = z.object({
  userId: z.string(),
  name: z.string(),
  side: z.enum(["landlord", "renter"]),
  canPost: z.boolean(),
  /** The document this connection has open, if any (set by a `viewing` frame; shown in presence). */
  viewing: z.string().nullable().optional(),
});
export type Identity = z.infer<typeof identitySchema>;

export const activitySchema = z.object({
  id: z.string(),
  apartmentId: z.string(),
  kind: z.string(),
  description: z.string(),
  amount: z.number().int().nullable(),
  currency: z.string().nullable(),
  period: z.string().nullable(),
  authorUserId: z.string(),
  authorName: z.string(),
  authorSide: z.enum(["landlord", "renter"]),
  status: z.enum(["posted", "pending_confirmation", "confirmed", "rejected"]),
  confirmBySide: z.enum(["landlord", "renter"]).nullable(),
  confirmedAt: z.string().nullable(),
  confirmedBy: z.string().nullable(),
  confirmedByName: z.string().nullable(),
  rejectedReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Activity = z.infer<typeof activitySchema>;

export const chatMessageSchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  side: z.enum(["landlord", "renter"]),
  text: z.string(),
  clientId: z.string(),
  createdAt: z.string(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

export const onlineSchema = z.array(
  z.object({
    userId: z.string(),
    name: z.string(),
    side: z.enum(["landlord", "renter"]),
    viewing: z.array(z.string()).optional(),
  }),
);

/** A document's status changed (rendering, ready, failed, a signature, signed): clients reload it from the API. */
export const documentEventSchema = z.object({ documentId: z.string(), status: z.string(), at: z.string() });
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

export const serverFrame = z.discriminatedUnion("type", [
  z.object({ type: z.literal("hello"), seq: z.number().int(), online: onlineSchema }),
  z.object({ type: z.literal("activity"), seq: z.number().int(), activity: activitySchema }),
  z.object({ type: z.literal("chat"), seq: z.number().int(), message: chatMessageSchema }),
  z.object({ type: z.literal("presence"), online: onlineSchema }),
  z.object({ type: z.literal("typing"), userId: z.string() }),
  z.object({ type: z.literal("document"), event: documentEventSchema }),
  /** The lease's ledger changed (a payment, charge, adjustment or refund): clients reload the balance. */
  z.object({ type: z.literal("ledger"), leaseId: z.string(), at: z.string() }),
  z.object({ type: z.literal("error"), code: z.string(), message: z.string() }),
]);
export type ServerFrame = z.infer<typeof serverFrame>;

export function assertNever(value: never): never {
  throw new Error(`unexpected frame: ${JSON.stringify(value)}`);
}
