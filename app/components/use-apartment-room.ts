import PartySocket from "partysocket";
import { useEffect, useRef, useState } from "react";
import { useRevalidator } from "react-router";
import {
  type Activity,
  type ChatMessage,
  type ServerFrame,
  serverFrame,
} from "../../durable-objects/apartment-room.protocol";

export type Online = { userId: string; name: string; side: "landlord" | "renter" }[];
export type RoomStatus = "connecting" | "live" | "offline";
export type SeqMessage = ChatMessage & { seq: number };

/**
 * The browser side of an apartment room: a partysocket that fetches a fresh ticket on every (re)connect,
 * resumes from the last sequence number it saw (so nothing is missed across network losses and deploys),
 * and merges live activity and chat into what the page loaded.
 */
export function useApartmentRoom(
  apartmentId: string,
  initial: { activities: Activity[]; messages: SeqMessage[]; seq: number },
  /** Another room on the same mechanism (an application's conversation): its name and where its tickets come from. */
  options: { room?: string; ticketPath?: string } = {},
) {
  const roomName = options.room ?? apartmentId;
  const ticketPath = options.ticketPath ?? `/api/apartments/${apartmentId}/room-ticket`;
  const [activities, setActivities] = useState(initial.activities);
  const [messages, setMessages] = useState(initial.messages);
  const [online, setOnline] = useState<Online>([]);
  const [typing, setTyping] = useState<Record<string, number>>({});
  const [status, setStatus] = useState<RoomStatus>("connecting");
  const [missed, setMissed] = useState(0);
  const lastSeq = useRef(initial.seq);
  // Seen sequence numbers, not just the highest: a live frame can overtake the replay of a resume.
  const seen = useRef(new Set(initial.messages.map((m) => m.seq)));
  const accept = (seq: number) => {
    if (seq <= initial.seq || seen.current.has(seq)) return false;
    seen.current.add(seq);
    lastSeq.current = Math.max(lastSeq.current, seq);
    return true;
  };
  const socket = useRef<PartySocket | null>(null);
  // Documents live in the page's loader data: a document event reloads it.
  const revalidator = useRevalidator();
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;
  const resuming = useRef(false);

  // Loader data wins for activities it knows newer versions of (after a form action revalidates).
  useEffect(() => {
    setActivities((current) => mergeActivities(current, initial.activities));
  }, [initial.activities]);

  useEffect(() => {
    const ws = new PartySocket({
      host: window.location.host,
      protocol: window.location.protocol === "https:" ? "wss" : "ws",
      party: "apartment-room",
      room: roomName,
      query: async () => {
        const res = await fetch(ticketPath, { method: "POST", credentials: "same-origin" });
        if (!res.ok) throw new Error(`room ticket refused: ${res.status}`);
        const { ticket } = (await res.json()) as { ticket: string };
        return { ticket };
      },
    });
    socket.current = ws;
    ws.addEventListener("open", () => setStatus("live"));
    ws.addEventListener("close", () => setStatus("offline"));
    ws.addEventListener("message", (event: MessageEvent) => {
      let frame: ServerFrame;
      try {
        frame = serverFrame.parse(JSON.parse(String(event.data)));
      } catch {
        return;
      }
      switch (frame.type) {
        case "hello":
          setOnline(frame.online);
          if (frame.seq > lastSeq.current) {
            resuming.current = true;
            ws.send(JSON.stringify({ type: "resume", afterSeq: lastSeq.current }));
          }
          return;
        case "activity":
          if (!accept(frame.seq)) return;
          if (resuming.current) setMissed((n) => n + 1);
          setActivities((current) => mergeActivities(current, [frame.activity]));
          // A confirmed payment moved the ledger: reload the balance shown with the feed.
          if (frame.activity.status === "confirmed" && frame.activity.amount !== null) void revalidate.current();
          return;
        case "chat": {
          if (!accept(frame.seq)) return;
          if (resuming.current) setMissed((n) => n + 1);
          const message = { ...frame.message, seq: frame.seq };
          setMessages((current) => [
            ...current.filter((m) => m.clientId !== message.clientId || m.userId !== message.userId),
            message,
          ]);
          setTyping(({ [message.userId]: _, ...rest }) => rest);
          return;
        }
        case "presence":
          setOnline(frame.online);
          return;
        case "typing":
          setTyping((current) => ({ ...current, [frame.userId]: Date.now() }));
          return;
        case "document":
        case "ledger":
          void revalidate.current();
          return;
        case "error":
          console.warn(`room: ${frame.code}: ${frame.message}`);
          return;
      }
    });
    return () => ws.close();
  }, [roomName, ticketPath]);

  // Typing indicators fade after 4 seconds without news.
  useEffect(() => {
    const timer = setInterval(
      () =>
        setTyping((current) => Object.fromEntries(Object.entries(current).filter(([, at]) => Date.now() - at < 4000))),
      1000,
    );
    return () => clearInterval(timer);
  }, []);

  return {
    activities,
    messages,
    online,
    typingUserIds: Object.keys(typing),
    status,
    missed,
    clearMissed: () => {
      resuming.current = false;
      setMissed(0);
    },
    sendChat(text: string) {
      const clientId = crypto.randomUUID();
      socket.current?.send(JSON.stringify({ type: "chat", text, clientId }));
    },
    sendTyping() {
      socket.current?.send(JSON.stringify({ type: "typing" }));
    },
  };
}

function mergeActivities(current: Activity[], incoming: Activity[]): Activity[] {
  const byId = new Map(current.map((a) => [a.id, a]));
  for (const a of incoming) {
    const known = byId.get(a.id);
    if (!known || known.updatedAt <= a.updatedAt) byId.set(a.id, a);
  }
  return [...byId.values()].sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1,
  );
}
