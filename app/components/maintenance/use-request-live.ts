import usePartySocket from "partysocket/react";
import { useRef, useState } from "react";
import { useRevalidator } from "react-router";
import { serverFrame } from "../../../durable-objects/apartment-room.protocol";
import { roomTicket } from "../../lib/api.client";

/** Whether a raw socket message is a frame that changes what a maintenance page shows (activity, ledger, document). */
function changes(data: unknown): boolean {
  try {
    const parsed = serverFrame.safeParse(JSON.parse(String(data)));
    return parsed.success && ["activity", "document", "ledger"].includes(parsed.data.type);
  } catch {
    return false;
  }
}

/**
 * A maintenance page kept live through its apartment's room (the API posts each transition, comment and
 * photo to the room's feed): every such frame reloads the page's data from the API, which checks access
 * again and words everything in the reader's language; a reconnect reloads once (frames missed offline are
 * not replayed here). Answers whether the socket is open, and how many updates arrived since the page opened.
 */
export function useRequestLive(apartmentId: string): { live: boolean; updates: number } {
  const revalidator = useRevalidator();
  const [live, setLive] = useState(false);
  const [updates, setUpdates] = useState(0);
  const opened = useRef(0);
  usePartySocket({
    party: "apartment-room",
    room: apartmentId,
    protocol: typeof window !== "undefined" && window.location.protocol === "http:" ? "ws" : "wss",
    query: async () => ({ ticket: await roomTicket({ kind: "apartment", apartmentId }) }),
    onOpen: () => {
      setLive(true);
      if (opened.current++ > 0) void revalidator.revalidate();
    },
    onClose: () => setLive(false),
    onMessage: (event) => {
      if (!changes(event.data)) return;
      setUpdates((n) => n + 1);
      void revalidator.revalidate();
    },
  });
  return { live, updates };
}
