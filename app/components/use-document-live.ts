import { useState } from "react";
import { useRevalidator } from "react-router";
import { type DocumentNotice, readDocumentNotice } from "../../durable-objects/document-notice.frames";
import type { ClientFrame } from "../../durable-objects/apartment-room.protocol";
import { useLiveSocket } from "./use-live-socket";

export type Viewer = { userId: string; name: string; side: "landlord" | "renter" };

/**
 * Live state of one document page, through its apartment's room, without the room's feed and chat: says this
 * user has the document open (a `viewing` frame on every (re)connect: presence), lists who else has it open
 * (`viewers`), and reloads the page's data when the document changes (rendered, sent, signed) or when the
 * socket reconnects, so nothing missed offline stays stale, and on its first connection when the document changed
 * after the loader started reading (`readAt`, ms: app/components/use-live-socket.ts). `live` while the socket
 * is open.
 */
export function useDocumentLive(apartmentId: string, documentId: string, readAt: number) {
  const revalidator = useRevalidator();
  const [online, setOnline] = useState<Extract<DocumentNotice, { type: "presence" }>["online"]>([]);
  const [live, setLive] = useState(false);
  const send = useLiveSocket(
    { kind: "apartment", apartmentId },
    readDocumentNotice,
    {
      onOpen: () => {
        setLive(true);
        const viewing: ClientFrame = { type: "viewing", documentId };
        send(JSON.stringify(viewing));
      },
      onClose: () => setLive(false),
      onFrame: (notice) => {
        if (notice.type === "presence") setOnline(notice.online);
        else if (notice.documentId === documentId) void revalidator.revalidate();
      },
    },
    readAt,
  );
  const viewers: Viewer[] = online
    .filter((o) => o.viewing?.includes(documentId))
    .map(({ userId, name, side }) => ({ userId, name, side }));
  return { viewers, live };
}
