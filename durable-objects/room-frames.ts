import type { Connection } from "partyserver";
import {
  assertNever,
  type ChatMessage,
  type Identity,
  type LoggedEvent,
  type ServerFrame,
} from "./apartment-room.protocol";
import type { FrameContext, Subject } from "./room-sight";

/** Frame helpers of the apartment room (durable-objects/apartment-room.ts). */

/** A logged event as the frame that carries it. */
export function frameOf(seq: number, event: LoggedEvent): ServerFrame {
  switch (event.type) {
    case "activity":
      return { type: "activity", seq, activity: event.payload };
    case "chat":
      return { type: "chat", seq, message: event.payload };
    default:
      return assertNever(event);
  }
}

/** The first problem of a frame that failed its schema, for the error frame. */
export function frameProblem(issue: { path: PropertyKey[]; message: string } | undefined): string {
  return issue ? `${issue.path.map(String).join(".") || "frame"}: ${issue.message}` : "Invalid frame";
}

/** A logged row's payload as stored (JSON), or null if it does not parse. */
export function payloadOf(payload: string): unknown {
  try {
    return JSON.parse(payload) as unknown;
  } catch {
    return null;
  }
}

/** An identity as a connection holds it (partyserver hands connection state out read-only). */
export type HeldIdentity = NonNullable<Connection<Identity>["state"]>;

/** Who is online in the room, once per user, with the documents their connections have open. */
export function onlineOf(identities: Iterable<HeldIdentity>) {
  const seen = new Map<string, { userId: string; name: string; side: Identity["side"]; viewing: string[] }>();
  for (const state of identities) {
    const entry = seen.get(state.userId) ?? { userId: state.userId, name: state.name, side: state.side, viewing: [] };
    if (state.viewing && !entry.viewing.includes(state.viewing)) entry.viewing.push(state.viewing);
    seen.set(state.userId, entry);
  }
  return [...seen.values()];
}

/** The header in which a room gate hands the room the identity it checked (worker/rooms/gate.ts `requestForRoom`). */
export const ROOM_IDENTITY_HEADER = "x-rentline-identity";

/** The identity the Worker put in the header after verifying the ticket (JSON, percent-encoded). */
export function identityHeader(request: Request): unknown {
  try {
    return JSON.parse(decodeURIComponent(request.headers.get(ROOM_IDENTITY_HEADER) ?? "null"));
  } catch {
    return null;
  }
}

/**
 * What the frame rules (room-sight.ts `FRAME_RULES`) read besides the frame, from the identities on the room's
 * open connections: the time, each user's identity, and the lease of each document someone has open.
 */
export function frameContextOf(identities: Iterable<HeldIdentity>): FrameContext {
  const subjects = new Map<string, Subject>();
  const documentLeases = new Map<string, string | null>();
  for (const state of identities) {
    if (!subjects.has(state.userId)) subjects.set(state.userId, state);
    if (state.viewing) documentLeases.set(state.viewing, state.viewingLease ?? null);
  }
  return { now: new Date().toISOString(), subjects, documentLeases };
}

/** Chat's rate limit: at most `burst` messages per user within `windowMs`. */
export class ChatBurst {
  private recent = new Map<string, number[]>();
  constructor(
    private readonly burst = 20,
    private readonly windowMs = 10_000,
  ) {}

  /** Whether `userId` may chat at `now` (ms); counts the message when allowed. */
  allow(userId: string, now: number): boolean {
    const recent = (this.recent.get(userId) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.burst) return false;
    recent.push(now);
    this.recent.set(userId, recent);
    return true;
  }
}

/** Sends text on a socket that may be closing under us (its close handler tidies up). */
export function sendQuietly(connection: Connection, text: string) {
  try {
    connection.send(text);
  } catch {
    // closing
  }
}

/** Closes a socket that may already be closed. */
export function closeQuietly(connection: Connection, code: number, reason: string) {
  try {
    connection.close(code, reason);
  } catch {
    // already closed
  }
}

/** A chat message `identity` posts at `now` (ms): its id, the author as the room knows them, and their lease. */
export function chatMessageOf(identity: Identity, text: string, clientId: string, now: number): ChatMessage {
  return {
    id: crypto.randomUUID(),
    userId: identity.userId,
    name: identity.name,
    side: identity.side,
    text,
    clientId,
    createdAt: new Date(now).toISOString(),
    leaseId: identity.leaseId,
  };
}
