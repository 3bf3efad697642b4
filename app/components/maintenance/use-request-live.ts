import { useState } from "react";
import { useRevalidator } from "react-router";
import { readMaintenanceNotice } from "../../../durable-objects/maintenance-notice.frames";
import { useLiveSocket } from "../use-live-socket";

/**
 * A request's page kept live through its apartment's room: the API sends a `maintenance` notice (ids and
 * status only) for each report, transition, comment and assignment, and the page reloads the request from
 * the API, which checks access again and words everything in the reader's language; the socket keeps the page
 * caught up (app/components/use-live-socket.ts: a change between the loader, which started reading at `readAt`
 * (ms), and the socket, and every reconnect, reload it). Answers whether the socket is open, and how many
 * updates came.
 */
export function useRequestLive(
  apartmentId: string,
  requestId: string,
  readAt: number,
): { live: boolean; updates: number } {
  const revalidator = useRevalidator();
  const [live, setLive] = useState(false);
  const [updates, setUpdates] = useState(0);
  useLiveSocket(
    { kind: "apartment", apartmentId },
    readMaintenanceNotice,
    {
      onOpen: () => setLive(true),
      onClose: () => setLive(false),
      onFrame: (frame) => {
        // The room's notice that this request changed.
        if (frame.requestId !== requestId) return;
        setUpdates((n) => n + 1);
        void revalidator.revalidate();
      },
    },
    readAt,
  );
  return { live, updates };
}
