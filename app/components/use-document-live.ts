import PartySocket from "partysocket";
import { useEffect, useRef, useState } from "react";
import { useRevalidator } from "react-router";
import { serverFrame } from "../../durable-objects/apartment-room.protocol";

export type Viewer = { userId: string; name: string; side: "landlord" | "renter" };

/**
 * Live state of one document page, through its apartment's room: announces that this user has the document
 * open (presence), lists who else has it open, and reloads the page's data when the document changes
 * (rendered, sent, signed) or when the socket (re)connects, so nothing missed offline stays stale.
 */
export function useDocumentLive(apartmentId: string, documentId: string) {
  const [viewers, setViewers] = useState<Viewer[]>([]);
  const [live, setLive] = useState(false);
  const revalidator = useRevalidator();
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;

  useEffect(() => {
    const ws = new PartySocket({
      host: window.location.host,
      protocol: window.location.protocol === "https:" ? "wss" : "ws",
      party: "apartment-room",
      room: apartmentId,
      query: async () => {
        const res = await fetch(`/api/apartments/${apartmentId}/room-ticket`, {
          method: "POST",
          credentials: "same-origin",
        });
        if (!res.ok) throw new Error(`room ticket refused: ${res.status}`);
        return { ticket: ((await res.json()) as { ticket: string }).ticket };
      },
    });
    let connectedBefore = false;
    ws.addEventListener("open", () => {
      setLive(true);
      ws.send(JSON.stringify({ type: "viewing", documentId }));
      if (connectedBefore) void revalidate.current();
      connectedBefore = true;
    });
    ws.addEventListener("close", () => setLive(false));
    ws.addEventListener("message", (event: MessageEvent) => {
      const parsed = serverFrame.safeParse(JSON.parse(String(event.data)));
      if (!parsed.success) return;
      const frame = parsed.data;
      if (frame.type === "hello" || frame.type === "presence") {
        setViewers(
          frame.online
            .filter((o) => o.viewing?.includes(documentId))
            .map(({ userId, name, side }) => ({ userId, name, side })),
        );
      } else if (frame.type === "document" && frame.event.documentId === documentId) {
        void revalidate.current();
      }
    });
    return () => ws.close();
  }, [apartmentId, documentId]);

  return { viewers, live };
}
