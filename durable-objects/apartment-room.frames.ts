import * as z from "zod/mini";
import { PAYMENT_METHODS, ROOM_REVOCATION_REASONS, SIDES } from "../worker/domain";
import { ROOM_ERROR_CODES } from "../worker/rooms/vocabulary";

/**
 * The frames the apartment room sends, as the browser checks them on arrival (app/components/use-room.ts,
 * app/components/maintenance/use-request-live.ts): zod/mini, the tree-shakable build of the same zod, so a
 * page ships the few checks it uses instead of the whole library (issue 17 §5: about 38 KiB gzip less on
 * every page with a live feed). The server's own schemas (./apartment-room.protocol.ts, worker/rooms/
 * contract.ts: classic zod, OpenAPI metadata) stay the reference: compile-time checks there fail if a frame
 * here stops having exactly their shape.
 */

const side = z.enum(SIDES);

/** One entry of the activity feed (worker/rooms/contract.ts `activitySchema`); amounts in minor units. */
const activity = z.object({
  id: z.string(),
  apartmentId: z.string(),
  kind: z.string(),
  description: z.string(),
  amount: z.nullable(z.int().check(z.minimum(Number.MIN_SAFE_INTEGER), z.maximum(Number.MAX_SAFE_INTEGER))),
  currency: z.nullable(z.string()),
  period: z.nullable(z.string()),
  authorUserId: z.string(),
  authorName: z.string(),
  authorSide: side,
  leaseId: z.optional(z.nullable(z.string())),
  status: z.enum(["posted", "pending_confirmation", "confirmed", "rejected"]),
  confirmBySide: z.nullable(side),
  confirmedAt: z.nullable(z.string()),
  confirmedBy: z.nullable(z.string()),
  confirmedByName: z.nullable(z.string()),
  rejectedReason: z.nullable(z.string()),
  method: z.optional(z.nullable(z.enum(PAYMENT_METHODS))),
  receivedOn: z.optional(z.nullable(z.string())),
  maintenanceRequestId: z.optional(z.nullable(z.string())),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A chat message (worker/rooms/contract.ts `chatMessageSchema`). */
const chatMessage = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  side,
  text: z.string(),
  clientId: z.string(),
  createdAt: z.string(),
  leaseId: z.optional(z.nullable(z.string())),
});

const online = z.array(
  z.object({ userId: z.string(), name: z.string(), side, viewing: z.optional(z.array(z.string())) }),
);

/** A document's status changed: clients reload it from the API. */
const documentEvent = z.object({
  documentId: z.string(),
  status: z.string(),
  at: z.string(),
  leaseId: z.optional(z.nullable(z.string())),
});

/** The API's notices (not logged): the lease's ledger, a maintenance request changed. */
const noticeFrames = [
  z.object({ type: z.literal("ledger"), leaseId: z.string(), at: z.string() }),
  z.object({
    type: z.literal("maintenance"),
    requestId: z.string(),
    leaseId: z.nullable(z.string()),
    status: z.string(),
    at: z.string(),
  }),
] as const;

/** Every frame the room sends a connection (./apartment-room.protocol.ts `ServerFrame` is its type). */
export const serverFrame = z.discriminatedUnion("type", [
  z.object({ type: z.literal("hello"), seq: z.int(), online }),
  z.object({ type: z.literal("activity"), seq: z.int(), activity }),
  z.object({ type: z.literal("chat"), seq: z.int(), message: chatMessage }),
  z.object({ type: z.literal("presence"), online }),
  z.object({ type: z.literal("typing"), userId: z.string() }),
  z.object({ type: z.literal("document"), event: documentEvent }),
  ...noticeFrames,
  z.object({
    type: z.literal("error"),
    code: z.enum(ROOM_ERROR_CODES),
    reason: z.optional(z.enum(ROOM_REVOCATION_REASONS)),
    detail: z.string(),
  }),
]);

/** A message's JSON as a frame of the room, or null when it is not one (another type, a missing field). */
export function readServerFrame(json: unknown): z.output<typeof serverFrame> | null {
  const parsed = serverFrame.safeParse(json);
  return parsed.success ? parsed.data : null;
}
