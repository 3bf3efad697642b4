import * as v from "valibot";
import { PAYMENT_METHODS, ROOM_ERROR_CODES, ROOM_REVOCATION_REASONS, SIDES } from "../worker/domain";

/**
 * The frames the apartment room sends, as the browser checks them on arrival (app/components/use-room.ts):
 * Valibot, whose checks are separate functions a bundle takes one by one, so a page ships about 2.5 KiB gzip
 * for them (zod/mini, the tree-shakable zod, shipped 7 KiB for the same schemas; classic zod ~45 KiB: issue 17
 * §5). The server's own schemas (./apartment-room.protocol.ts, worker/rooms/contract.ts: zod, OpenAPI
 * metadata) stay the reference: a compile-time check there fails if a frame here stops having exactly their
 * shape.
 */

const side = v.picklist(SIDES);

/** One entry of the activity feed (worker/rooms/contract.ts `activitySchema`); amounts in minor units. */
const activity = v.object({
  id: v.string(),
  apartmentId: v.string(),
  kind: v.string(),
  description: v.string(),
  amount: v.nullable(v.pipe(v.number(), v.safeInteger())),
  currency: v.nullable(v.string()),
  period: v.nullable(v.string()),
  authorUserId: v.string(),
  authorName: v.string(),
  authorSide: side,
  leaseId: v.optional(v.nullable(v.string())),
  status: v.picklist(["posted", "pending_confirmation", "confirmed", "rejected"]),
  confirmBySide: v.nullable(side),
  confirmedAt: v.nullable(v.string()),
  confirmedBy: v.nullable(v.string()),
  confirmedByName: v.nullable(v.string()),
  rejectedReason: v.nullable(v.string()),
  method: v.optional(v.nullable(v.picklist(PAYMENT_METHODS))),
  receivedOn: v.optional(v.nullable(v.string())),
  maintenanceRequestId: v.optional(v.nullable(v.string())),
  createdAt: v.string(),
  updatedAt: v.string(),
});

/** A chat message (worker/rooms/contract.ts `chatMessageSchema`). */
const chatMessage = v.object({
  id: v.string(),
  userId: v.string(),
  name: v.string(),
  side,
  text: v.string(),
  clientId: v.string(),
  createdAt: v.string(),
  leaseId: v.optional(v.nullable(v.string())),
});

const online = v.array(
  v.object({ userId: v.string(), name: v.string(), side, viewing: v.optional(v.array(v.string())) }),
);

/** A document's status changed: clients reload it from the API. */
const documentEvent = v.object({
  documentId: v.string(),
  status: v.string(),
  at: v.string(),
  leaseId: v.optional(v.nullable(v.string())),
});

/** The API's notices (not logged): the lease's ledger, a maintenance request changed. */
const noticeFrames = [
  v.object({ type: v.literal("ledger"), leaseId: v.string(), at: v.string() }),
  v.object({
    type: v.literal("maintenance"),
    requestId: v.string(),
    leaseId: v.nullable(v.string()),
    status: v.string(),
    at: v.string(),
  }),
] as const;

/** Every frame the room sends a connection (./apartment-room.protocol.ts `ServerFrame` is its type). */
export const serverFrame = v.variant("type", [
  v.object({
    type: v.literal("hello"),
    seq: v.pipe(v.number(), v.safeInteger()),
    online,
    changedAt: v.pipe(v.number(), v.safeInteger()),
  }),
  v.object({ type: v.literal("activity"), seq: v.pipe(v.number(), v.safeInteger()), activity }),
  v.object({ type: v.literal("chat"), seq: v.pipe(v.number(), v.safeInteger()), message: chatMessage }),
  v.object({ type: v.literal("presence"), online }),
  v.object({ type: v.literal("typing"), userId: v.string() }),
  v.object({ type: v.literal("document"), event: documentEvent }),
  ...noticeFrames,
  v.object({
    type: v.literal("error"),
    code: v.picklist(ROOM_ERROR_CODES),
    reason: v.optional(v.picklist(ROOM_REVOCATION_REASONS)),
    detail: v.string(),
  }),
]);

/** A message's JSON as a frame of the room, or null when it is not one (another type, a missing field). */
export function readServerFrame(json: unknown): v.InferOutput<typeof serverFrame> | null {
  const parsed = v.safeParse(serverFrame, json);
  return parsed.success ? parsed.output : null;
}
