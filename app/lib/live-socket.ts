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

/**
 * What a page does with its socket's events; `onFrame` gets checked frames only; `onHello` the `changedAt` of
 * each connection's `hello` (every room sends one first).
 */
export type LiveHandlers<F> = {
  onOpen?: () => void;
  onClose?: () => void;
  onFrame: (frame: F) => void;
  onHello?: (changedAt: number) => void;
};

/** An open socket: `send` queues while it (re)connects; `close` stops it for good. */
export type LiveSocket = { send: (text: string) => void; close: () => void };

/**
 * The browser's socket to a live room (app/components/use-live-socket.ts opens it when a page mounts): a
 * reconnecting WebSocket (partysocket's, the one its PartySocket builds on) to `target`'s room at partyserver's
 * `/parties/<party>/<room>` (the apartment-room party for an apartment or an application, the org-room party for
 * an org's dashboard). Every (re)connect asks the API for a fresh ticket; `_pk` keeps the connection's id across
 * reconnects, as PartySocket does. Every message is checked with `read` (a malformed or unknown one is dropped)
 * and each frame handed to `handlers.onFrame`; a `hello`'s `changedAt` also goes to `handlers.onHello`.
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
    let json: unknown;
    try {
      json = JSON.parse(String(event.data));
    } catch {
      return;
    }
    const changedAt = readHello(json);
    if (changedAt !== null) handlers.onHello?.(changedAt);
    const frame = read(json);
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

/**
 * A room's `hello` (the apartment room's, durable-objects/apartment-room.protocol.ts; the org room's,
 * `OrgHello`): its `changedAt` (ms, the room's clock), or null for any other message.
 */
export function readHello(json: unknown): number | null {
  const { type, changedAt } = (json ?? {}) as Record<string, unknown>;
  return type === "hello" && Number.isSafeInteger(changedAt) ? (changedAt as number) : null;
}

/**
 * How far the room's clock and the loader's may disagree (ms): a change up to this long before the loader read
 * is taken as possibly missed (one reload too many at worst; Workers and Durable Objects run on NTP-synced
 * clocks, a few ms apart).
 */
const CLOCK_SKEW_MS = 2_000;

/**
 * Whether the room announced a change (`changedAt`, its `hello`'s, ms) the page's data may not have: one at
 * or after the instant its loader started reading (`readAt`, ms, the server's clock), less the clock skew.
 */
export function changedSince(readAt: number, changedAt: number): boolean {
  return changedAt >= readAt - CLOCK_SKEW_MS;
}
