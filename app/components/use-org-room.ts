import { useRef, useState } from "react";
import { useRevalidator } from "react-router";
import { readOrgFrame } from "../../durable-objects/org-room.protocol";
import { useLiveSocket } from "./use-live-socket";

/**
 * The dashboard's live channel (durable-objects/org-room.ts): a socket (./use-live-socket.ts) that fetches a
 * fresh ticket on every (re)connect and revalidates the page's loader on every `changed` frame, and once after a reconnect
 * (frames sent while it was away are not replayed). Answers whether the socket is open.
 */
export function useOrgRoom(orgId: string): boolean {
  const revalidator = useRevalidator();
  const [open, setOpen] = useState(false);
  const opened = useRef(0);
  useLiveSocket({ kind: "org", orgId }, readOrgFrame, {
    onOpen: () => {
      setOpen(true);
      if (opened.current++ > 0) void revalidator.revalidate();
    },
    onClose: () => setOpen(false),
    onFrame: () => void revalidator.revalidate(),
  });
  return open;
}
