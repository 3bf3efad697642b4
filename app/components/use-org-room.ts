import usePartySocket from "partysocket/react";
import { useRef, useState } from "react";
import { useRevalidator } from "react-router";
import { orgRoomName, readOrgFrame } from "../../durable-objects/org-room.protocol";
import { orgRoomTicket } from "../lib/api.client";

/** A frame from the org room, or null for anything else (malformed JSON, unknown shape). */
function parseFrame(data: unknown) {
  try {
    return readOrgFrame(JSON.parse(String(data)));
  } catch {
    return null;
  }
}

/**
 * The dashboard's live channel (durable-objects/org-room.ts): a partysocket that fetches a fresh ticket on
 * every (re)connect and revalidates the page's loader on every `changed` frame, and once after a reconnect
 * (frames sent while it was away are not replayed). Answers whether the socket is open.
 */
export function useOrgRoom(orgId: string): boolean {
  const revalidator = useRevalidator();
  const [open, setOpen] = useState(false);
  const opened = useRef(0);
  usePartySocket({
    party: "org-room",
    room: orgRoomName(orgId),
    protocol: typeof window !== "undefined" && window.location.protocol === "http:" ? "ws" : "wss",
    query: async () => ({ ticket: await orgRoomTicket(orgId) }),
    onOpen: () => {
      setOpen(true);
      if (opened.current++ > 0) void revalidator.revalidate();
    },
    onClose: () => setOpen(false),
    onMessage: (event) => {
      if (parseFrame(event.data)) void revalidator.revalidate();
    },
  });
  return open;
}
