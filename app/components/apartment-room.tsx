import { useEffect, useRef, useState } from "react";
import { useFetcher } from "react-router";
import type { Activity } from "../../durable-objects/apartment-room.protocol";
import { formatMoney } from "../../worker/lib/money";
import { type SeqMessage, useApartmentRoom } from "./use-apartment-room";

/** The same text on the server and in the browser (a locale- or zone-dependent format breaks hydration). */
const formatUtc = (iso: string) =>
  `${new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;

type Viewer = { userId: string; side: "landlord" | "renter"; canPost: boolean; canConfirm: boolean };

/** The live apartment: activity feed (with confirmations) and chat, shared by landlord and renter pages. */
export function ApartmentRoom(props: {
  apartmentId: string;
  viewer: Viewer;
  currency: string;
  activities: Activity[];
  messages: SeqMessage[];
  seq: number;
}) {
  const room = useApartmentRoom(props.apartmentId, {
    activities: props.activities,
    messages: props.messages,
    seq: props.seq,
  });
  // Reading the room marks its chat read (unread counts on the dashboard and in My homes).
  const lastMessageSeq = room.messages.at(-1)?.seq ?? 0;
  useEffect(() => {
    if (!lastMessageSeq) return;
    const timer = setTimeout(
      () => void fetch(`/api/apartments/${props.apartmentId}/read`, { method: "POST", credentials: "same-origin" }),
      500,
    );
    return () => clearTimeout(timer);
  }, [lastMessageSeq, props.apartmentId]);

  return (
    <div className="grid gap-6 lg:grid-cols-5">
      <section aria-labelledby="feed-title" className="lg:col-span-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="feed-title" className="text-lg font-semibold">
            Activity
          </h2>
          <RoomStatusBadge status={room.status} />
        </div>
        {room.missed > 0 && (
          <p role="status" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {room.missed} update{room.missed === 1 ? "" : "s"} arrived while you were offline.{" "}
            <button type="button" className="underline" onClick={room.clearMissed}>
              Dismiss
            </button>
          </p>
        )}
        {props.viewer.canPost ? (
          <PostActivityForm side={props.viewer.side} currency={props.currency} />
        ) : (
          <p className="mt-3 text-sm text-slate-600">
            This lease has ended: the history stays readable, posting is closed.
          </p>
        )}
        <ol className="mt-4 space-y-3" aria-label="Activity feed" data-testid="activity-feed">
          {room.activities.length === 0 && (
            <li className="text-sm text-slate-600">
              Nothing yet. Payments, notes and confirmations appear here for both sides.
            </li>
          )}
          {room.activities.map((a) => (
            <ActivityItem key={a.id} activity={a} viewer={props.viewer} />
          ))}
        </ol>
      </section>
      <ChatPanel
        room={room}
        viewerId={props.viewer.userId}
        canPost={props.viewer.canPost}
        historyPath={`/api/apartments/${props.apartmentId}/messages`}
        className="lg:col-span-2"
      />
    </div>
  );
}

function RoomStatusBadge({ status }: { status: "connecting" | "live" | "offline" }) {
  const styles = {
    live: "bg-emerald-100 text-emerald-900",
    connecting: "bg-slate-100 text-slate-700",
    offline: "bg-amber-100 text-amber-900",
  };
  const label = { live: "Live", connecting: "Connecting…", offline: "Offline — reconnecting" };
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${styles[status]}`} data-testid="room-status">
      {label[status]}
    </span>
  );
}

function ActivityItem({ activity: a, viewer }: { activity: Activity; viewer: Viewer }) {
  const fetcher = useFetcher<{ error?: string }>();
  const [rejecting, setRejecting] = useState(false);
  const mine = a.authorUserId === viewer.userId;
  const mayConfirm =
    a.status === "pending_confirmation" && a.confirmBySide === viewer.side && !mine && viewer.canConfirm;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3" data-activity-id={a.id}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-medium">{a.description}</p>
        {a.amount !== null && a.currency && (
          <p className="font-semibold tabular-nums">{formatMoney(a.amount, a.currency)}</p>
        )}
      </div>
      <p className="text-xs text-slate-600">
        {a.authorName} ({a.authorSide}) · {formatUtc(a.createdAt)}
        {a.period ? ` · period ${a.period}` : ""}
      </p>
      <p className="mt-1 text-sm" data-testid="activity-status">
        {a.status === "pending_confirmation" && (
          <span className="text-amber-800">Waiting for the {a.confirmBySide} to confirm</span>
        )}
        {a.status === "confirmed" && (
          <span className="text-emerald-800">
            Confirmed by {a.confirmedByName} on {formatUtc(a.confirmedAt ?? a.updatedAt)}
          </span>
        )}
        {a.status === "rejected" && (
          <span className="text-red-800">
            Rejected by {a.confirmedByName}: {a.rejectedReason}
          </span>
        )}
      </p>
      {mayConfirm && (
        <div className="mt-2 flex flex-wrap gap-2">
          <fetcher.Form method="post">
            <input type="hidden" name="intent" value="confirm" />
            <input type="hidden" name="activityId" value={a.id} />
            <button className="rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-emerald-500">
              Confirm
            </button>
          </fetcher.Form>
          {!rejecting ? (
            <button
              type="button"
              onClick={() => setRejecting(true)}
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            >
              Reject…
            </button>
          ) : (
            <fetcher.Form method="post" className="flex flex-wrap items-center gap-2">
              <input type="hidden" name="intent" value="reject" />
              <input type="hidden" name="activityId" value={a.id} />
              <label className="sr-only" htmlFor={`reason-${a.id}`}>
                Reason
              </label>
              <input
                id={`reason-${a.id}`}
                name="reason"
                required
                minLength={3}
                placeholder="Reason"
                className="rounded-md border border-slate-300 px-2 py-1 text-sm"
              />
              <button className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white">Reject</button>
            </fetcher.Form>
          )}
        </div>
      )}
      {fetcher.data?.error && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {fetcher.data.error}
        </p>
      )}
    </li>
  );
}

function PostActivityForm({ side, currency }: { side: "landlord" | "renter"; currency: string }) {
  const fetcher = useFetcher<{ error?: string; fieldErrors?: Record<string, string> }>();
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (fetcher.state === "idle" && fetcher.data && !fetcher.data.error) formRef.current?.reset();
  }, [fetcher.state, fetcher.data]);
  return (
    <fetcher.Form
      ref={formRef}
      method="post"
      className="mt-3 grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2"
    >
      <input type="hidden" name="intent" value="post" />
      <div className="sm:col-span-2">
        <label htmlFor="activity-description" className="block text-sm font-medium">
          {side === "renter" ? "What happened (e.g. payment sent for May)" : "Note or payment received"}
        </label>
        <input
          id="activity-description"
          name="description"
          required
          maxLength={2000}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="activity-amount" className="block text-sm font-medium">
          Amount ({currency}, optional)
        </label>
        <input
          id="activity-amount"
          name="amount"
          inputMode="decimal"
          placeholder="850.00"
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="activity-period" className="block text-sm font-medium">
          Period (optional)
        </label>
        <input
          id="activity-period"
          name="period"
          type="month"
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
        />
      </div>
      {side === "landlord" && (
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" name="needsConfirmation" value="on" /> Ask the renter to confirm
        </label>
      )}
      <div className="sm:col-span-2">
        <button
          className="rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
          disabled={fetcher.state !== "idle"}
        >
          {side === "renter" ? "Post to the feed" : "Post"}
        </button>
        {fetcher.data?.error && (
          <p role="alert" className="mt-1 text-sm text-red-700">
            {fetcher.data.error}
          </p>
        )}
      </div>
    </fetcher.Form>
  );
}

type Room = ReturnType<typeof useApartmentRoom>;

/** Chat with presence and typing, for any room on the apartment-room mechanism. */
export function ChatPanel({
  room,
  viewerId,
  canPost,
  historyPath,
  title = "Chat",
  className = "",
}: {
  room: Room;
  viewerId: string;
  canPost: boolean;
  historyPath: string;
  title?: string;
  className?: string;
}) {
  const others = room.online.filter((p) => p.userId !== viewerId);
  const typingNames = room.typingUserIds
    .filter((id) => id !== viewerId)
    .map((id) => room.online.find((p) => p.userId === id)?.name ?? "Someone");
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
      <ChatLog historyPath={historyPath} messages={room.messages} viewerId={viewerId} />
      <p className="h-5 text-xs text-slate-500" aria-live="polite">
        {typingNames.length ? `${typingNames.join(", ")} ${typingNames.length === 1 ? "is" : "are"} typing…` : ""}
      </p>
      {canPost && <ChatComposer onSend={room.sendChat} onTyping={room.sendTyping} disabled={room.status !== "live"} />}
    </section>
  );
}

function ChatLog({
  historyPath,
  messages,
  viewerId,
}: {
  historyPath: string;
  messages: SeqMessage[];
  viewerId: string;
}) {
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
    const res = await fetch(`${historyPath}?before=${before}&limit=50`, { credentials: "same-origin" });
    if (!res.ok) return;
    const page = (await res.json()) as { messages: SeqMessage[] };
    if (page.messages.length === 0) setExhausted(true);
    setOlder((current) => [...page.messages.reverse(), ...current]);
  }
  return (
    <ol
      className="mt-2 max-h-96 min-h-40 flex-1 space-y-2 overflow-y-auto"
      aria-label="Chat messages"
      data-testid="chat-log"
    >
      {!exhausted && all.length >= 50 && (
        <li>
          <button type="button" onClick={loadOlder} className="text-sm font-medium text-teal-800 underline">
            Load older messages
          </button>
        </li>
      )}
      {all.map((m) => (
        <li
          key={m.seq}
          className={`max-w-[85%] rounded-lg px-3 py-2 text-sm ${m.userId === viewerId ? "ml-auto bg-teal-700 text-white" : "bg-slate-100"}`}
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
