import { useRef } from "react";
import { useRevalidator } from "react-router";
import { readMoneyNotice } from "../../durable-objects/money-notice.frames";
import { useLiveSocket } from "./use-live-socket";

/**
 * The renter's Rent tab kept live through its apartment's room, without the room's feed and chat (they come
 * with the Chat tab): a ledger notice or a payment reported, confirmed or rejected reloads the page's money
 * from the API (the amount due drops the moment the landlord confirms); a reconnect reloads once (what moved
 * offline is not replayed).
 */
export function useMoneyLive(apartmentId: string): void {
  const revalidator = useRevalidator();
  const opened = useRef(0);
  useLiveSocket({ kind: "apartment", apartmentId }, readMoneyNotice, {
    onOpen: () => {
      if (opened.current++ > 0) void revalidator.revalidate();
    },
    onFrame: () => void revalidator.revalidate(),
  });
}
