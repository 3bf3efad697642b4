import type {
  Activity,
  ChatMessage,
  ClientFrame,
  RoomKind,
  RoomNotice,
  RoomRevocationReason,
  ServerFrame,
} from "../../durable-objects/apartment-room.protocol";
import type { Side } from "../../worker/domain";

/**
 * The browser's model of a live room (durable-objects/apartment-room.ts), as pure data and one reducer, so
 * every rule — resume after a gap, dedupe by sequence number, loader data versus live frames, typing that
 * fades, when the page reloads — is testable without a socket (tests/unit/room-reducer-unit.test.ts).
 * app/components/use-room.ts connects it to the room's socket.
 */

/** The two kinds of room a page opens (the protocol's): an apartment's (feed, chat, documents, rent), an application's chat. */
export type { RoomKind };

export type SeqMessage = ChatMessage & { seq: number };
type OnlineMember = { userId: string; name: string; side: Side; viewing?: string[] };
/**
 * `revoked`: the room closed this connection because the access was taken away (signed out, removed, the
 * lease changed); the client tries a fresh ticket, and stays `revoked` unless the API grants one.
 */
export type RoomStatus = "connecting" | "live" | "offline" | "revoked";

export type RoomState = {
  activities: Activity[];
  messages: SeqMessage[];
  online: OnlineMember[];
  /** userId → when they last typed (ms since the epoch); entries fade after `TYPING_FADES_MS`. */
  typing: Readonly<Record<string, number>>;
  status: RoomStatus;
  /**
   * Why the room disconnected this page (the `access_revoked` frame's reason code, worded by the chat panel
   * in the reader's language), while `revoked`; null when the frame gave none.
   */
  revokedReason: RoomRevocationReason | null;
  /** The room's last other error (a chat refused: rate limited, posting closed, a bad frame), until dismissed. */
  notice: RoomNotice | null;
  /** Frames that arrived through a resume (while the page was offline), until dismissed. */
  missed: number;
  /** Whether this page asks for what it missed (`resume`) when the room is ahead of it. */
  replay: boolean;
  /** The sequence number the page's loader data reflects: frames at or below it are already shown. */
  baseSeq: number;
  lastSeq: number;
  /** Seen sequence numbers, not just the highest: a live frame can overtake the replay of a resume. */
  seen: readonly number[];
  resuming: boolean;
  /** How many times the socket opened (a second open is a reconnect). */
  opens: number;
};

/** Why the page's loader data should be fetched again. */
export type ReloadCause =
  | { cause: "document"; documentId: string }
  | { cause: "ledger" }
  | { cause: "payment" }
  | { cause: "reconnect" }
  | { cause: "maintenance"; requestId: string };

export type RoomEffect =
  { type: "send"; frame: ClientFrame } | ({ type: "reload" } & ReloadCause) | { type: "warn"; message: string };

export type RoomEvent =
  | { on: "frame"; frame: ServerFrame; at: number }
  | { on: "open" }
  | { on: "close" }
  /** The page's loader data changed (a form action revalidated it). */
  | { on: "loaded"; activities: Activity[] }
  | { on: "tick"; at: number }
  | { on: "dismiss-missed" }
  | { on: "dismiss-notice" };

export type RoomStep = { state: RoomState; effects: RoomEffect[] };

export const TYPING_FADES_MS = 4000;

/** What a page starts with: its loader's activities and messages, and the sequence number they reflect. */
export function initialRoomState(page: {
  activities?: Activity[];
  messages?: SeqMessage[];
  seq?: number;
  replay: boolean;
}): RoomState {
  const messages = page.messages ?? [];
  const seq = page.seq ?? 0;
  return {
    activities: page.activities ?? [],
    messages,
    online: [],
    typing: {},
    status: "connecting",
    revokedReason: null,
    notice: null,
    missed: 0,
    replay: page.replay,
    baseSeq: seq,
    lastSeq: seq,
    seen: messages.map((m) => m.seq),
    resuming: false,
    opens: 0,
  };
}

/** Newest first; a known activity is replaced only by a version at least as new. */
export function mergeActivities(current: Activity[], incoming: Activity[]): Activity[] {
  const byId = new Map(current.map((a) => [a.id, a]));
  for (const a of incoming) {
    const known = byId.get(a.id);
    if (!known || known.updatedAt <= a.updatedAt) byId.set(a.id, a);
  }
  return [...byId.values()].sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1,
  );
}

const step = (state: RoomState, ...effects: RoomEffect[]): RoomStep => ({ state, effects });

/** Takes a sequenced frame once: false for what the page already has or has seen. */
function accept(state: RoomState, seq: number): RoomState | null {
  if (seq <= state.baseSeq || state.seen.includes(seq)) return null;
  return {
    ...state,
    seen: [...state.seen, seq],
    lastSeq: Math.max(state.lastSeq, seq),
    missed: state.resuming ? state.missed + 1 : state.missed,
  };
}

function onHello(state: RoomState, frame: Extract<ServerFrame, { type: "hello" }>): RoomStep {
  const behind = state.replay && frame.seq > state.lastSeq;
  const next = { ...state, online: frame.online, resuming: state.resuming || behind };
  return behind ? step(next, { type: "send", frame: { type: "resume", afterSeq: state.lastSeq } }) : step(next);
}

function onActivity(state: RoomState, frame: Extract<ServerFrame, { type: "activity" }>): RoomStep {
  const taken = accept(state, frame.seq);
  if (!taken) return step(state);
  const next = { ...taken, activities: mergeActivities(taken.activities, [frame.activity]) };
  // Any change to a payment reloads the page's money: a confirmed one moved the ledger (the balance), a reported
  // or rejected one joins or leaves the payments waiting for confirmation at the top of the page.
  const payment = frame.activity.amount !== null;
  return payment ? step(next, { type: "reload", cause: "payment" }) : step(next);
}

function onChat(state: RoomState, frame: Extract<ServerFrame, { type: "chat" }>): RoomStep {
  const taken = accept(state, frame.seq);
  if (!taken) return step(state);
  const message = { ...frame.message, seq: frame.seq };
  // The sender's own optimistic copy (same clientId) is replaced; whoever sent it stops typing.
  const messages = [
    ...taken.messages.filter((m) => m.clientId !== message.clientId || m.userId !== message.userId),
    message,
  ];
  const { [message.userId]: _, ...typing } = taken.typing;
  return step({ ...taken, messages, typing });
}

/** The reducer of server frames. */
function onFrame(state: RoomState, frame: ServerFrame, at: number): RoomStep {
  switch (frame.type) {
    case "hello":
      return onHello(state, frame);
    case "activity":
      return onActivity(state, frame);
    case "chat":
      return onChat(state, frame);
    case "presence":
      return step({ ...state, online: frame.online });
    case "typing":
      return step({ ...state, typing: { ...state.typing, [frame.userId]: at } });
    case "document":
      return step(state, { type: "reload", cause: "document", documentId: frame.event.documentId });
    case "ledger":
      return step(state, { type: "reload", cause: "ledger" });
    case "maintenance":
      return step(state, { type: "reload", cause: "maintenance", requestId: frame.requestId });
    case "error":
      if (frame.code === "access_revoked")
        return step({ ...state, status: "revoked", revokedReason: frame.reason ?? null });
      return step({ ...state, notice: frame.code }, { type: "warn", message: `room: ${frame.code}: ${frame.detail}` });
  }
}

/**
 * The room's reducer: the next state and what the hook must do (send a frame, reload the page's data, warn).
 * Pure: the time comes with the event.
 */
export function roomReducer(state: RoomState, event: RoomEvent): RoomStep {
  switch (event.on) {
    case "frame":
      return onFrame(state, event.frame, event.at);
    case "open": {
      const next = { ...state, status: "live" as const, revokedReason: null, opens: state.opens + 1 };
      return state.opens > 0 ? step(next, { type: "reload", cause: "reconnect" }) : step(next);
    }
    case "close":
      // A revoked connection stays revoked until a fresh ticket opens the room again.
      return step({ ...state, status: state.status === "revoked" ? "revoked" : "offline" });
    case "loaded":
      // Loader data wins for activities it knows newer versions of (after a form action revalidates).
      return step({ ...state, activities: mergeActivities(state.activities, event.activities) });
    case "tick": {
      const fresh = Object.entries(state.typing).filter(([, at]) => event.at - at < TYPING_FADES_MS);
      return fresh.length === Object.keys(state.typing).length
        ? step(state)
        : step({ ...state, typing: Object.fromEntries(fresh) });
    }
    case "dismiss-missed":
      return step({ ...state, missed: 0, resuming: false });
    case "dismiss-notice":
      return step({ ...state, notice: null });
  }
}

/** Who is typing, without the viewer. */
export function typingUserIds(state: RoomState, viewerId: string): string[] {
  return Object.keys(state.typing).filter((id) => id !== viewerId);
}

/**
 * The room state outside React, so frames arriving in a burst each see the state the previous one left
 * (the hook reads it with `useSyncExternalStore`). `dispatch` returns the effects to carry out; `receive`
 * dispatches a frame stamped with the time it arrived.
 */
export function createRoomStore(initial: RoomState) {
  let state = initial;
  const listeners = new Set<() => void>();
  const dispatch = (event: RoomEvent): RoomEffect[] => {
    const next = roomReducer(state, event);
    if (next.state !== state) {
      state = next.state;
      for (const listener of listeners) listener();
    }
    return next.effects;
  };
  return {
    get: () => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dispatch,
    receive: (frame: ServerFrame) => dispatch({ on: "frame", frame, at: Date.now() }),
    tick: () => dispatch({ on: "tick", at: Date.now() }),
  };
}
