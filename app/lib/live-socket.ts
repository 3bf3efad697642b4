import ReconnectingWebSocket from "partysocket/ws";
import { orgRoomName } from "../../durable-objects/org-room.protocol";
import { orgRoomTicket, roomTicket } from "./api.client";
import type { RoomKind } from "./room";

/** A live room a page listens to: an apartment's or an application's (frames of the apartment room), an org's dashboard channel. */
export type LiveTarget = RoomKind | { kind: "org"; orgId: string };

/**
 * Reads a message's JSON as one of the room's frames, or null when it is not one: the apartment room's
 * (durable-objects/apartment-room.frames.ts `readServerFrame`, Valibot) or the org channel's
 * (durable-objects/org-room.protocol.ts `readOrgFrame`, no library), so a page ships only its room's checks.
 */
export type FrameReader<F> = (json: unknown) => F | null;

/** What a page does with its socket's events; `onFrame` gets checked frames only. */
export type LiveHandlers<F> = { onOpen?: () => void; onClose?: () => void; onFrame: (frame: F) => void };

/** An open socket: `send` queues while it (re)connects; `close` stops it for good. */
export type LiveSocket = { send: (text: string) => void; close: () => void };

/**
 * The browser's socket to a live room (app/components/use-live-socket.ts opens it when a page mounts): a
 * reconnecting WebSocket (partysocket's, the one its PartySocket builds on) to `target`'s room at partyserver's
 * `/parties/<party>/<room>` (the apartment-room party for an apartment or an application, the org-room party for
 * an org's dashboard). Every (re)connect asks the API for a fresh ticket; `_pk` keeps the connection's id across
 * reconnects, as PartySocket does. Every message is checked with `read` (a malformed or unknown one is dropped)
 * and each frame handed to `handlers.onFrame`.
 */
export function openLiveSocket<F>(target: LiveTarget, read: FrameReader<F>, handlers: LiveHandlers<F>): LiveSocket {
  const party = target.kind === "org" ? "org-room" : "apartment-room";
  const scheme = window.location.protocol === "http:" ? "ws" : "wss";
  const base = `${scheme}://${window.location.host}/parties/${party}/${encodeURIComponent(roomNameOf(target))}`;
  const connection = crypto.randomUUID();
  const socket = new ReconnectingWebSocket(async () => {
    const query = new URLSearchParams({ _pk: connection, ticket: await ticketFor(target) });
    return `${base}?${query}`;
  });
  socket.addEventListener("open", () => handlers.onOpen?.());
  socket.addEventListener("close", () => handlers.onClose?.());
  socket.addEventListener("message", (event) => {
    const frame = readMessage(read, event.data);
    if (frame) handlers.onFrame(frame);
  });
  return { send: (text) => socket.send(text), close: () => socket.close() };
}

/** The room's name on its party: the apartment's id, `application-<id>`, `org-<id>`. */
function roomNameOf(target: LiveTarget): string {
  switch (target.kind) {
    case "apartment":
      return target.apartmentId;
    case "application":
      return `application-${target.applicationId}`;
    case "org":
      return orgRoomName(target.orgId);
  }
}

/** A fresh ticket (a short-lived JWT the API grants after its access check) for the target's room. */
function ticketFor(target: LiveTarget): Promise<string> {
  return target.kind === "org" ? orgRoomTicket(target.orgId) : roomTicket(target);
}

/** A message as a frame, or null for anything that is not one (malformed JSON, unknown type). */
function readMessage<F>(read: FrameReader<F>, data: unknown): F | null {
  try {
    return read(JSON.parse(String(data)));
  } catch {
    return null;
  }
}
