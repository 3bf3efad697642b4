import { useEffect, useRef, useState } from "react";
import { olderMessages } from "../lib/api.client";
import { type SeqMessage, typingUserIds } from "../lib/room";
import type { LiveRoom } from "./use-room";

/** Chat with presence and typing, for any live room (an apartment's or an application's). */
export function ChatPanel({
  live,
  viewerId,
  canPost,
  title = "Chat",
  className = "",
}: {
  live: LiveRoom;
  viewerId: string;
  canPost: boolean;
  title?: string;
  className?: string;
}) {
  const { state, send } = live;
  const others = state.online.filter((p) => p.userId !== viewerId);
  const typingNames = typingUserIds(state, viewerId).map(
    (id) => state.online.find((p) => p.userId === id)?.name ?? "Someone",
  );
  return (
    <section
      aria-labelledby="chat-title"
      className={`flex flex-col rounded-lg border border-slate-200 bg-white p-3 ${className}`}
    >
      <h2 id="chat-title" className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-sm text-slate-600" aria-live="polite">
        {others.length ? `Online: ${others.map((p) => p.name).join(", ")}` : "Nobody else is online"}
      </p>
      {state.status === "revoked" && (
        <p role="alert" className="mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900 ring-1 ring-amber-200">
          Disconnected: {state.revokedReason ?? "your access to this room ended"}. Sign in again to continue.
        </p>
      )}
      <ChatLog live={live} viewerId={viewerId} />
      <p className="h-5 text-xs text-slate-500" aria-live="polite">
        {typingNames.length ? `${typingNames.join(", ")} ${typingNames.length === 1 ? "is" : "are"} typing…` : ""}
      </p>
      {canPost && (
        <ChatComposer
          onSend={(text) => send({ type: "chat", text, clientId: crypto.randomUUID() })}
          onTyping={() => send({ type: "typing" })}
          disabled={state.status !== "live"}
        />
      )}
    </section>
  );
}

function ChatLog({ live, viewerId }: { live: LiveRoom; viewerId: string }) {
  const { messages } = live.state;
  const [older, setOlder] = useState<SeqMessage[]>([]);
  const [exhausted, setExhausted] = useState(false);
  const endRef = useRef<HTMLLIElement>(null);
  const all = [...older, ...messages];
  // Braces matter: newer browsers return a promise from scrollIntoView, and an effect must return
  // nothing or a cleanup function.
  useEffect(() => {
    endRef.current?.scrollIntoView({ block: "end" });
  }, [messages.length]);
  async function loadOlder() {
    const before = all[0]?.seq;
    if (!before) return setExhausted(true);
    const page = await olderMessages(live.room, before);
    if (!page) return;
    if (page.length === 0) setExhausted(true);
    setOlder((current) => [...page.reverse(), ...current]);
  }
  return (
    <ol
      className="mt-2 max-h-96 min-h-40 flex-1 space-y-2 overflow-y-auto"
      aria-label="Chat messages"
      data-testid="chat-log"
    >
      {!exhausted && all.length >= 50 && (
        <li>
          <button
            type="button"
            onClick={() => void loadOlder()}
            className="text-sm font-medium text-teal-800 underline"
          >
            Load older messages
          </button>
        </li>
      )}
      {all.map((m) => (
        <li
          key={m.seq}
          className={`max-w-[85%] rounded-lg px-3 py-2 text-sm ${m.userId === viewerId ? "ms-auto bg-teal-700 text-white" : "bg-slate-100"}`}
        >
          <p className="text-xs opacity-80">{m.userId === viewerId ? "You" : m.name}</p>
          <p className="whitespace-pre-wrap break-words">{m.text}</p>
        </li>
      ))}
      <li ref={endRef} aria-hidden />
    </ol>
  );
}

function ChatComposer({
  onSend,
  onTyping,
  disabled,
}: {
  onSend: (text: string) => void;
  onTyping: () => void;
  disabled: boolean;
}) {
  const [text, setText] = useState("");
  const lastTyping = useRef(0);
  return (
    <form
      className="mt-2 flex gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        const trimmed = text.trim();
        if (!trimmed) return;
        onSend(trimmed);
        setText("");
      }}
    >
      <label htmlFor="chat-input" className="sr-only">
        Message
      </label>
      <input
        id="chat-input"
        value={text}
        maxLength={4000}
        onChange={(e) => {
          setText(e.target.value);
          if (Date.now() - lastTyping.current > 2000) {
            lastTyping.current = Date.now();
            onTyping();
          }
        }}
        placeholder={disabled ? "Connecting…" : "Write a message"}
        className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2"
      />
      <button
        disabled={disabled}
        className="rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 disabled:opacity-50"
      >
        Send
      </button>
    </form>
  );
}
