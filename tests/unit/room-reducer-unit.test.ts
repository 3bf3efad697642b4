import { describe, expect, it } from "vitest";
import type { Activity, ServerFrame } from "../../durable-objects/apartment-room.protocol";
import {
  createRoomStore,
  initialRoomState,
  mergeActivities,
  type RoomEvent,
  roomReducer,
  type RoomState,
  type SeqMessage,
  TYPING_FADES_MS,
  typingUserIds,
} from "../../app/lib/room";

// The browser's room model (app/lib/room.ts): a pure reducer from frames and socket events to the page's
// state plus the effects the hook carries out (send a frame, reload the page's data, warn).

const T0 = "2026-03-01T10:00:00.000Z";
const T1 = "2026-03-01T11:00:00.000Z";

function activity(id: string, patch: Partial<Activity> = {}): Activity {
  return {
    id,
    apartmentId: "apt-1",
    kind: "note",
    description: `entry ${id}`,
    amount: null,
    currency: null,
    period: null,
    authorUserId: "u-renter",
    authorName: "Rémi",
    authorSide: "renter",
    status: "posted",
    confirmBySide: null,
    confirmedAt: null,
    confirmedBy: null,
    confirmedByName: null,
    rejectedReason: null,
    createdAt: T0,
    updatedAt: T0,
    ...patch,
  };
}

function message(seq: number, patch: Partial<SeqMessage> = {}): SeqMessage {
  return {
    id: `m-${seq}`,
    userId: "u-renter",
    name: "Rémi",
    side: "renter",
    text: `message ${seq}`,
    clientId: `c-${seq}`,
    createdAt: T0,
    seq,
    ...patch,
  };
}

const frame = (f: ServerFrame, at = 1_000): RoomEvent => ({ on: "frame", frame: f, at });
const chat = (seq: number, patch: Partial<SeqMessage> = {}): RoomEvent => {
  const { seq: _, ...m } = message(seq, patch);
  return frame({ type: "chat", seq, message: m });
};

/** Runs events in order, collecting every effect. */
function run(state: RoomState, ...events: RoomEvent[]) {
  const effects = [];
  for (const event of events) {
    const next = roomReducer(state, event);
    state = next.state;
    effects.push(...next.effects);
  }
  return { state, effects };
}

const page = (seq = 5, replay = true) =>
  initialRoomState({ activities: [activity("a1")], messages: [message(4), message(5)], seq, replay });

describe("room reducer: sequence numbers", () => {
  it("asks to resume from the last number seen when the room is ahead, once", () => {
    const { state, effects } = run(page(5), frame({ type: "hello", changedAt: 0, seq: 9, online: [] }));
    expect(effects).toEqual([{ type: "send", frame: { type: "resume", afterSeq: 5 } }]);
    expect(state.resuming).toBe(true);
    expect(run(page(5), frame({ type: "hello", changedAt: 0, seq: 5, online: [] })).effects).toEqual([]);
  });

  it("a presence-only view (a document page) never resumes", () => {
    const view = initialRoomState({ replay: false });
    expect(run(view, frame({ type: "hello", changedAt: 0, seq: 40, online: [] })).effects).toEqual([]);
  });

  it("ignores what the page already has and duplicates, even when a live frame overtakes the replay", () => {
    const { state } = run(
      page(5),
      frame({ type: "hello", changedAt: 0, seq: 8, online: [] }),
      chat(8), // live, before the replay
      chat(6),
      chat(7),
      chat(8), // the replay's copy
      chat(5), // loaded with the page
    );
    expect(state.messages.map((m) => m.seq)).toEqual([4, 5, 8, 6, 7]);
    expect(state.lastSeq).toBe(8);
    expect(state.missed).toBe(3);
  });

  it("counts what arrived through a resume until dismissed", () => {
    const resumed = run(page(5), frame({ type: "hello", changedAt: 0, seq: 7, online: [] }), chat(6), chat(7)).state;
    expect(resumed.missed).toBe(2);
    const dismissed = run(resumed, { on: "dismiss-missed" }, chat(8)).state;
    expect(dismissed.missed).toBe(0);
    expect(dismissed.resuming).toBe(false);
  });
});

describe("room reducer: feed, chat, presence", () => {
  it("merges activities newest first and keeps the newest version of each", () => {
    const newer = activity("a1", { status: "confirmed", updatedAt: T1 });
    const { state } = run(page(), frame({ type: "activity", seq: 6, activity: activity("a2", { createdAt: T1 }) }));
    expect(state.activities.map((a) => a.id)).toEqual(["a2", "a1"]);
    expect(mergeActivities([newer], [activity("a1")])[0]?.status).toBe("confirmed");
    expect(run(state, { on: "loaded", activities: [newer] }).state.activities[1]?.status).toBe("confirmed");
  });

  it("a payment, reported or confirmed, reloads the page's data (balance, payments to confirm); a note does not", () => {
    const paid = activity("a3", { amount: 85_000, currency: "EUR", status: "confirmed" });
    expect(run(page(), frame({ type: "activity", seq: 6, activity: paid })).effects).toEqual([
      { type: "reload", cause: "payment" },
    ]);
    const reported = activity("a5", { amount: 3_333, currency: "EUR", status: "pending_confirmation" });
    expect(run(page(), frame({ type: "activity", seq: 6, activity: reported })).effects).toEqual([
      { type: "reload", cause: "payment" },
    ]);
    expect(run(page(), frame({ type: "activity", seq: 6, activity: activity("a4") })).effects).toEqual([]);
  });

  it("a chat message replaces the sender's copy with the same clientId and ends their typing", () => {
    const typing = run(page(), frame({ type: "typing", userId: "u-landlord" }, 2_000)).state;
    expect(typingUserIds(typing, "u-renter")).toEqual(["u-landlord"]);
    const { state } = run(
      typing,
      chat(6, { userId: "u-landlord", clientId: "same" }),
      chat(7, { userId: "u-landlord", clientId: "same" }),
    );
    expect(state.messages.filter((m) => m.clientId === "same").map((m) => m.seq)).toEqual([7]);
    expect(typingUserIds(state, "u-renter")).toEqual([]);
  });

  it("typing fades after a few seconds; a tick with nothing to fade keeps the same state", () => {
    const typing = run(page(), frame({ type: "typing", userId: "u-landlord" }, 10_000)).state;
    expect(roomReducer(typing, { on: "tick", at: 10_000 + TYPING_FADES_MS - 1 }).state).toBe(typing);
    expect(roomReducer(typing, { on: "tick", at: 10_000 + TYPING_FADES_MS }).state.typing).toEqual({});
  });

  it("presence replaces who is online; hello does too", () => {
    const online = [{ userId: "u-landlord", name: "Lena", side: "landlord" as const, viewing: ["doc-1"] }];
    expect(run(page(), frame({ type: "presence", online })).state.online).toEqual(online);
    expect(run(page(), frame({ type: "hello", changedAt: 0, seq: 5, online })).state.online).toEqual(online);
  });
});

describe("room reducer: reloads and the socket", () => {
  it("documents and the ledger reload the page's data, with their cause", () => {
    const at = "2026-03-01T12:00:00.000Z";
    expect(
      run(page(), frame({ type: "document", event: { documentId: "doc-1", status: "ready", at } })).effects,
    ).toEqual([{ type: "reload", cause: "document", documentId: "doc-1" }]);
    expect(run(page(), frame({ type: "ledger", leaseId: "l-1", at })).effects).toEqual([
      { type: "reload", cause: "ledger" },
    ]);
  });

  it("goes live on open, offline on close, and a second open is a reconnect", () => {
    const first = run(page(), { on: "open" });
    expect(first.state.status).toBe("live");
    expect(first.effects).toEqual([]);
    const again = run(first.state, { on: "close" }, { on: "open" });
    expect(again.effects).toEqual([{ type: "reload", cause: "reconnect" }]);
    expect(run(first.state, { on: "close" }).state.status).toBe("offline");
  });

  it("access revoked: the room says why (a code), stays revoked through the close, and a granted reconnect clears it", () => {
    const live = run(page(), { on: "open" }).state;
    const revoked = run(
      live,
      frame({ type: "error", code: "access_revoked", reason: "signed_out", detail: "revoked: signed_out" }),
      { on: "close" },
    );
    expect(revoked.state.status).toBe("revoked");
    expect(revoked.state.revokedReason).toBe("signed_out");
    expect(revoked.effects).toEqual([]);
    // Access that remains (a role changed): a fresh ticket opens the room again.
    const back = run(revoked.state, { on: "open" });
    expect(back.state.status).toBe("live");
    expect(back.state.revokedReason).toBeNull();
  });

  it("another room error is a notice (its code, worded by the chat panel) until dismissed, and a warning in the logs", () => {
    const state = page();
    const next = roomReducer(
      state,
      frame({ type: "error", code: "rate_limited", detail: "Slow down: too many messages" }),
    );
    expect(next.state).toEqual({ ...state, notice: "rate_limited" });
    expect(next.effects).toEqual([{ type: "warn", message: "room: rate_limited: Slow down: too many messages" }]);
    expect(roomReducer(next.state, { on: "dismiss-notice" }).state.notice).toBeNull();
  });

  it("the store applies frames in order and tells subscribers only when the state changed", () => {
    const store = createRoomStore(page(5));
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    expect(store.receive({ type: "hello", changedAt: 0, seq: 6, online: [] })).toEqual([
      { type: "send", frame: { type: "resume", afterSeq: 5 } },
    ]);
    const { seq: _, ...m } = message(6);
    store.receive({ type: "chat", seq: 6, message: m });
    store.receive({ type: "chat", seq: 6, message: m });
    expect(store.get().messages.map((x) => x.seq)).toEqual([4, 5, 6]);
    expect(calls).toBe(2);
    unsubscribe();
    store.dispatch({ on: "close" });
    expect(calls).toBe(2);
  });
});
