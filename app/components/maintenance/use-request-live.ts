import usePartySocket from "partysocket/react";
import { useRef, useState } from "react";
import { useRevalidator } from "react-router";
import { serverFrame } from "../../../durable-objects/apartment-room.frames";
import { roomTicket } from "../../lib/api.client";

/** Whether a raw socket message is the room's notice that this request changed (`maintenance` frame). */
function changes(data: unknown, requestId: string): boolean {
  try {
    const parsed = serverFrame.safeParse(JSON.parse(String(data)));
    return parsed.success && parsed.data.type === "maintenance" && parsed.data.requestId === requestId;
  } catch {
    return false;
  }
}

/**
 * A request's page kept live through its apartment's room: the API sends a `maintenance` notice (ids and
 * status only) for each report, transition, comment and assignment, and the page reloads the request from
 * the API, which checks access again and words everything in the reader's language; a reconnect reloads once
 * (notices missed offline are not replayed). Answers whether the socket is open, and how many updates came.
 */
export function useRequestLive(apartmentId: string, requestId: string): { live: boolean; updates: number } {
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
      if (!changes(event.data, requestId)) return;
      setUpdates((n) => n + 1);
      void revalidator.revalidate();
    },
  });
  return { live, updates };
}
