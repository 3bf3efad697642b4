import { PartySocket } from "partysocket";
import { serverFrame } from "../../durable-objects/apartment-room.frames";
import { orgRoomName, readOrgFrame } from "../../durable-objects/org-room.protocol";
import { orgRoomTicket, roomTicket } from "./api.client";
import type { FrameOf, LiveHandlers, LiveSocket, LiveTarget } from "./live-target";

/**
 * The browser's socket to a live room, loaded after the page has hydrated (app/components/use-live-socket.ts
 * imports this module when it mounts): partysocket, the frames' zod/mini checks and the API client for
 * tickets are not in a page's first JavaScript (issue 17 §5), and a socket can only open after hydration
 * anyway.
 *
 * Opens a partysocket to `target`'s room (the apartment-room party for an apartment or an application, the
 * org-room party for an org's dashboard) that asks the API for a fresh ticket on every (re)connect, checks
 * every message (a malformed or unknown one is dropped) and hands each frame to `handlers.onFrame`.
 */
export function openLiveSocket<T extends LiveTarget>(target: T, handlers: LiveHandlers<FrameOf<T>>): LiveSocket {
  const org = target.kind === "org";
  const socket = new PartySocket({
    host: window.location.host,
    party: org ? "org-room" : "apartment-room",
    room: roomNameOf(target),
    protocol: window.location.protocol === "http:" ? "ws" : "wss",
    query: async () => ({ ticket: await ticketFor(target) }),
  });
  socket.addEventListener("open", () => handlers.onOpen?.());
  socket.addEventListener("close", () => handlers.onClose?.());
  socket.addEventListener("message", (event) => {
    const frame = readFrame(target, event.data);
    if (frame) handlers.onFrame(frame as FrameOf<T>);
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

/** A message as the target's frame, or null for anything that is not one (malformed JSON, unknown type). */
function readFrame(target: LiveTarget, data: unknown) {
  try {
    const json: unknown = JSON.parse(String(data));
    if (target.kind === "org") return readOrgFrame(json);
    const parsed = serverFrame.safeParse(json);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
