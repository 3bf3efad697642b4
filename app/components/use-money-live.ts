import { useEffect, useRef } from "react";
import { useRevalidator } from "react-router";
import { readApartmentNotice } from "../../durable-objects/apartment-notice.frames";
import { readMoneyNotice } from "../../durable-objects/money-notice.frames";
import { useLiveSocket } from "./use-live-socket";

/** The `seq` of the room's `hello` (the first frame of every connection), or null for another message. */
function helloSeq(value: unknown): number | null {
  if (typeof value !== "object" || value === null) return null;
  const { type, seq } = value as Record<string, unknown>;
  return type === "hello" && typeof seq === "number" ? seq : null;
}

/**
 * A page kept live through its apartment's room without the room's feed and chat (they come with the Chat
 * tab, which opens the room itself): each notice `read` accepts reloads the page's data from the API. So
 * does a connection's `hello` when what the page loaded (`loadedSeq`, the room's sequence number its loader
 * read) is behind it (an event between the loader and the socket: the room sends a newcomer nothing it missed
 * but that number), and every reconnect (notices sent while offline are not replayed).
 */
function useRoomNotices(apartmentId: string, read: (value: unknown) => unknown, loadedSeq: number): void {
  const revalidator = useRevalidator();
  const connections = useRef(0);
  const loaded = useRef(loadedSeq);
  useEffect(() => {
    loaded.current = loadedSeq;
  });
  const readNotice = (value: unknown) => {
    const seq = helloSeq(value);
    if (seq !== null) return { hello: seq };
    return read(value) ? { hello: null } : null;
  };
  useLiveSocket({ kind: "apartment", apartmentId }, readNotice, {
    onFrame: ({ hello }) => {
      const behind = hello !== null && (connections.current++ > 0 || hello > loaded.current);
      if (hello === null || behind) void revalidator.revalidate();
    },
  });
}

/**
 * The renter's Rent tab: a ledger notice or a payment reported, confirmed or rejected reloads the page's
 * money (the amount due drops the moment the landlord confirms).
 */
export function useMoneyLive(apartmentId: string, loadedSeq: number): void {
  useRoomNotices(apartmentId, readMoneyNotice, loadedSeq);
}

/**
 * The landlord's apartment page on every tab but Chat: the money, a document or a maintenance request
 * changed (durable-objects/apartment-notice.frames.ts) reloads the page's data (payments to confirm and the
 * ledger follow on the Overview, a signature on Documents).
 */
export function useApartmentNotices(apartmentId: string, loadedSeq: number): void {
  useRoomNotices(apartmentId, readApartmentNotice, loadedSeq);
}
