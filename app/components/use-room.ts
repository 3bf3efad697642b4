import { useEffect, useState, useSyncExternalStore } from "react";
import { useRevalidator } from "react-router";
import { readServerFrame } from "../../durable-objects/apartment-room.frames";
import type { ClientFrame } from "../../durable-objects/apartment-room.protocol";
import {
  createRoomStore,
  initialRoomState,
  type ReloadCause,
  type RoomEffect,
  type RoomKind,
  type RoomState,
  type SeqMessage,
} from "../lib/room";
import type { Activity } from "../../durable-objects/apartment-room.protocol";
import { useLiveSocket } from "./use-live-socket";

export type RoomOptions = {
  /** What the page loaded (activities, messages, the sequence number they reflect), and whether to resume after it. */
  page: { activities?: Activity[]; messages?: SeqMessage[]; seq?: number; replay: boolean };
  /** Which changes reload the page's loader data. */
  reloadOn: (cause: ReloadCause) => boolean;
  /**
   * When the page's loader started reading (ms): notices (ledger, documents, maintenance) sent before the
   * socket was there, or while it was away, reload the page's data (app/components/use-live-socket.ts).
   */
  readAt?: number;
};

/**
 * One live room for a page: its socket (./use-live-socket.ts: a fresh ticket on every (re)connect, every frame
 * checked) runs the frames through the pure reducer (app/lib/room.ts). Returns the room's state and a typed
 * `send`.
 */
function useRoom(room: RoomKind, { page, reloadOn, readAt }: RoomOptions) {
  const [store] = useState(() => createRoomStore(initialRoomState(page)));
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  const revalidator = useRevalidator();
  const sendText = useLiveSocket(
    room,
    readServerFrame,
    {
      onOpen: () => carryOut(store.dispatch({ on: "open" })),
      onClose: () => carryOut(store.dispatch({ on: "close" })),
      onFrame: (frame) => carryOut(store.receive(frame)),
    },
    readAt,
  );
  function send(frame: ClientFrame) {
    sendText(JSON.stringify(frame));
  }
  function carryOut(effects: RoomEffect[]) {
    for (const effect of effects) {
      if (effect.type === "send") send(effect.frame);
      else if (effect.type === "warn") console.warn(effect.message);
      else if (reloadOn(effect)) void revalidator.revalidate();
    }
  }

  // The page's loader data changed (after a form action): merge what it knows newer versions of.
  const loaded = page.activities;
  useEffect(() => {
    if (loaded) store.dispatch({ on: "loaded", activities: loaded });
  }, [store, loaded]);
  // Typing indicators fade after a few seconds without news.
  useEffect(() => {
    const timer = setInterval(store.tick, 1000);
    return () => clearInterval(timer);
  }, [store]);

  return {
    state,
    send,
    dismissMissed: () => void store.dispatch({ on: "dismiss-missed" }),
    dismissNotice: () => void store.dispatch({ on: "dismiss-notice" }),
  };
}

export type LiveRoom = {
  room: RoomKind;
  state: RoomState;
  send: (frame: ClientFrame) => void;
  /** Hides the room's last error notice (`state.notice`). */
  dismissNotice: () => void;
};

/**
 * The browser side of an apartment room: live activity and chat merged into what the page loaded, resuming
 * from the last sequence number seen (nothing is missed across network losses and deploys). Documents, the
 * ledger and confirmed payments reload the page's data, and so do notices the socket could not get: sent
 * between the loader (`readAt`, ms) and the socket, or while it was away.
 */
export function useApartmentRoom(
  apartmentId: string,
  page: { activities: Activity[]; messages: SeqMessage[]; seq: number },
  readAt: number,
) {
  const room: RoomKind = { kind: "apartment", apartmentId };
  // Reconnects reload through the socket's catch-up (`readAt`), not the reducer's.
  const live = useRoom(room, {
    page: { ...page, replay: true },
    reloadOn: (c) => c.cause !== "reconnect",
    readAt,
  });
  return { ...live, room };
}

/** An apartment room a page holds open (`useApartmentRoom`): what its Chat tab shows and acts on. */
export type ApartmentLive = ReturnType<typeof useApartmentRoom>;

/** An application's conversation: chat only; its history arrives through the resume on connect. */
export function useApplicationRoom(applicationId: string) {
  const room: RoomKind = { kind: "application", applicationId };
  return { ...useRoom(room, { page: { replay: true }, reloadOn: () => false }), room };
}
