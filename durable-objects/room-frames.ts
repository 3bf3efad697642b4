import type { Connection } from "partyserver";
import { assertNever, type Identity, type LoggedEvent, type ServerFrame } from "./apartment-room.protocol";

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

/** Who is online in the room, once per user, with the documents their connections have open. */
export function onlineOf(connections: Iterable<Connection<Identity>>) {
  const seen = new Map<string, { userId: string; name: string; side: Identity["side"]; viewing: string[] }>();
  for (const connection of connections) {
    const state = connection.state;
    if (!state) continue;
    const entry = seen.get(state.userId) ?? { userId: state.userId, name: state.name, side: state.side, viewing: [] };
    if (state.viewing && !entry.viewing.includes(state.viewing)) entry.viewing.push(state.viewing);
    seen.set(state.userId, entry);
  }
  return [...seen.values()];
}

/** The identity the Worker put in the header after verifying the ticket (JSON, percent-encoded). */
export function identityHeader(request: Request): unknown {
  try {
    return JSON.parse(decodeURIComponent(request.headers.get("x-rentline-identity") ?? "null"));
  } catch {
    return null;
  }
}
