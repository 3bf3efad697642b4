import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { formatDateTime, formatTime, formatTimeZone } from "../../worker/lib/i18n/format";
import { formatDayOf } from "../lib/dates";
import { olderMessages } from "../lib/api.client";
import { type SeqMessage, typingUserIds } from "../lib/room";
import type { LiveRoom } from "./use-room";
import { useFormatLocale } from "../i18n/format-locale";
import { usePersonName } from "../i18n/person-name";

/**
 * Chat with presence and typing, for any live room (an apartment's or an application's). Message times are
 * shown in `timeZone` (the org's, IANA; UTC when the page does not know it), named under the title.
 */
export function ChatPanel({
  live,
  viewerId,
  canPost,
  title,
  timeZone = "UTC",
  className = "",
}: {
  live: LiveRoom;
  viewerId: string;
  canPost: boolean;
  title?: string;
  timeZone?: string;
  className?: string;
}) {
  const { state, send } = live;
  const t = useTranslations("room.chat");
  const formatLocale = useFormatLocale();
  const titleId = useId();
  const others = state.online.filter((p) => p.userId !== viewerId);
  const typingNames = typingUserIds(state, viewerId).map(
    (id) => state.online.find((p) => p.userId === id)?.name ?? t("someone"),
  );
  return (
    <section
      aria-labelledby={titleId}
      className={`flex flex-col rounded-lg border border-slate-200 bg-white p-3 ${className}`}
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {title ?? t("title")}
      </h2>
      <p className="text-sm text-slate-600" aria-live="polite">
        {others.length ? t("online", { names: others.map((p) => p.name).join(", ") }) : t("nobody")}
      </p>
      <p className="text-xs text-slate-500">{t("timeZone", { zone: formatTimeZone(timeZone, formatLocale) })}</p>
      <RoomAlerts live={live} />
      <ChatLog live={live} viewerId={viewerId} timeZone={timeZone} />
      <p className="h-5 text-xs text-slate-500" aria-live="polite">
        {typingNames.length ? t("typing", { count: typingNames.length, names: typingNames.join(", ") }) : ""}
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

/**
 * Why the room cut this page off (the `access_revoked` reason code, in the reader's language), and the room's
 * last refusal of a message (rate limited, posting closed, a bad frame) until dismissed. Never the frame's
 * English `detail`.
 */
export function RoomAlerts({ live }: { live: Pick<LiveRoom, "state" | "dismissNotice"> }) {
  const { state } = live;
  const t = useTranslations("room");
  return (
    <>
      {state.status === "revoked" && (
        <p role="alert" className="mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900 ring-1 ring-amber-200">
          {t("chat.revoked", {
            reason: state.revokedReason ? t(`revocation.${state.revokedReason}`) : t("chat.revokedDefault"),
          })}
        </p>
      )}
      {state.notice && (
        <p role="status" className="mt-2 flex items-start gap-2 rounded-md bg-slate-50 p-2 text-sm text-slate-800">
          <span className="flex-1">{t(`notice.${state.notice}`)}</span>
          <button type="button" className="text-xs underline" onClick={live.dismissNotice}>
            {t("notice.dismiss")}
          </button>
        </p>
      )}
    </>
  );
}

function ChatLog({ live, viewerId, timeZone }: { live: LiveRoom; viewerId: string; timeZone: string }) {
  const personName = usePersonName();
  const { messages } = live.state;
  const t = useTranslations("room.chat");
  const formatLocale = useFormatLocale();
  const [older, setOlder] = useState<SeqMessage[]>([]);
  const [exhausted, setExhausted] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const all = [...older, ...messages];
  // The newest message in view by scrolling the log itself, never the page (scrollIntoView scrolled the whole
  // page down to the chat on load, hiding the balance and the payments to confirm above it). A new message
  // keeps the log at its end unless the reader has scrolled up to older ones.
  const atEnd = useRef(true);
  useEffect(() => {
    const list = listRef.current;
    if (list && atEnd.current) list.scrollTop = list.scrollHeight;
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
      ref={listRef}
      onScroll={(e) => {
        const list = e.currentTarget;
        atEnd.current = list.scrollHeight - list.scrollTop - list.clientHeight < 48;
      }}
      className="mt-2 max-h-96 min-h-20 flex-1 space-y-2 overflow-y-auto lg:min-h-40 rounded-md focus-visible:outline-2 focus-visible:outline-teal-700"
      aria-label={t("messages")}
      // Scrolls: reachable by keyboard to read older messages with the arrow keys (WCAG 2.1.1).
      tabIndex={0}
      data-testid="chat-log"
    >
      {!exhausted && all.length >= 50 && (
        <li>
          <button
            type="button"
            onClick={() => void loadOlder()}
            className="text-sm font-medium text-teal-800 underline"
          >
            {t("older")}
          </button>
        </li>
      )}
      {all.map((m) => (
        <li
          key={m.seq}
          className={`max-w-[85%] rounded-lg px-3 py-2 text-sm ${m.userId === viewerId ? "ms-auto bg-teal-700 text-white" : "bg-slate-100"}`}
        >
          {/* Full-strength colours (no opacity): the name and time are small text and must keep 4.5:1 on
              both bubbles (WCAG 1.4.3). */}
          <p
            className={`flex flex-wrap justify-between gap-x-2 text-xs ${m.userId === viewerId ? "text-teal-50" : "text-slate-700"}`}
          >
            <bdi>{m.userId === viewerId ? t("you") : personName(m.name)}</bdi>
            <time dateTime={m.createdAt} title={formatDateTime(m.createdAt, formatLocale, timeZone)}>
              {formatDayOf(m.createdAt, formatLocale, timeZone)} {formatTime(m.createdAt, formatLocale, timeZone)}
            </time>
          </p>
          <p className="whitespace-pre-wrap break-words" dir="auto">
            {m.text}
          </p>
        </li>
      ))}
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
  const t = useTranslations("room.chat");
  const inputId = useId();
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
      <label htmlFor={inputId} className="sr-only">
        {t("label")}
      </label>
      <input
        id={inputId}
        value={text}
        maxLength={4000}
        onChange={(e) => {
          setText(e.target.value);
          if (Date.now() - lastTyping.current > 2000) {
            lastTyping.current = Date.now();
            onTyping();
          }
        }}
        placeholder={disabled ? t("connecting") : t("placeholder")}
        className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2"
      />
      <button
        disabled={disabled}
        className="rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 disabled:opacity-50"
      >
        {t("send")}
      </button>
    </form>
  );
}
