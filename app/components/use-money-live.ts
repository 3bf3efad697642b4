import { useRevalidator } from "react-router";
import { readApartmentNotice } from "../../durable-objects/apartment-notice.frames";
import { readMoneyNotice } from "../../durable-objects/money-notice.frames";
import { useLiveSocket } from "./use-live-socket";

/**
 * A page kept live through its apartment's room without the room's feed and chat (they come with the Chat
 * tab, which opens the room itself): each notice `read` accepts reloads the page's data from the API, and the
 * socket keeps it caught up (app/components/use-live-socket.ts: a change between the loader, which started
 * reading at `readAt` (ms), and the socket, and every reconnect, reload it).
 */
function useRoomNotices(apartmentId: string, read: (value: unknown) => unknown, readAt: number): void {
  const revalidator = useRevalidator();
  useLiveSocket({ kind: "apartment", apartmentId }, read, { onFrame: () => void revalidator.revalidate() }, readAt);
}

/**
 * The renter's Rent tab: a ledger notice or a payment reported, confirmed or rejected reloads the page's
 * money (the amount due drops the moment the landlord confirms).
 */
export function useMoneyLive(apartmentId: string, readAt: number): void {
  useRoomNotices(apartmentId, readMoneyNotice, readAt);
}

/**
 * The landlord's apartment page on every tab but Chat: the money, a document or a maintenance request
 * changed (durable-objects/apartment-notice.frames.ts) reloads the page's data (payments to confirm and the
 * ledger follow on the Overview, a signature on Documents).
 */
export function useApartmentNotices(apartmentId: string, readAt: number): void {
  useRoomNotices(apartmentId, readApartmentNotice, readAt);
}
