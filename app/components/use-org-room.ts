import { useState } from "react";
import { useRevalidator } from "react-router";
import { readOrgFrame } from "../../durable-objects/org-room.protocol";
import { useLiveSocket } from "./use-live-socket";

/**
 * The dashboard's live channel (durable-objects/org-room.ts): a socket (./use-live-socket.ts) that fetches a
 * fresh ticket on every (re)connect and revalidates the page's loader on every `changed` frame, after every
 * reconnect (frames sent while it was away are not replayed), and on the first connection when something
 * changed after the loader started reading (`readAt`, ms: the frame went out before the socket was there).
 * Answers whether the socket is open.
 */
export function useOrgRoom(orgId: string, readAt: number): boolean {
  const revalidator = useRevalidator();
  const [open, setOpen] = useState(false);
  useLiveSocket(
    { kind: "org", orgId },
    readOrgFrame,
    {
      onOpen: () => setOpen(true),
      onClose: () => setOpen(false),
      onFrame: () => void revalidator.revalidate(),
    },
    readAt,
  );
  return open;
}
