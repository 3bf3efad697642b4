import type { ServerFrame } from "./apartment-room.protocol";

/**
 * The apartment room's frames that change what the landlord's apartment page shows outside its Chat tab
 * (app/routes/apartment.tsx, app/components/use-money-live.ts): the money (a ledger notice; a payment
 * reported, confirmed or rejected: an `activity` with an amount), a document, a maintenance request. The page
 * reloads its data from the API on each, so it needs only the frame's type and ships no validation library
 * for it (issue 17 §5); the Chat tab opens the full room itself. The checks are those of
 * ./money-notice.frames.ts, ./document-notice.frames.ts and ./maintenance-notice.frames.ts, written here
 * again so that each page's JavaScript holds only its own reader (a module two pages share becomes a file of
 * its own); tests/unit/apartment-notice-unit.test.ts holds that they agree.
 */
export type ApartmentNotice = Pick<
  Extract<ServerFrame, { type: "ledger" | "activity" | "document" | "maintenance" }>,
  "type"
>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** A parsed room message as the apartment page's notice, or null for another frame (presence, chat, typing…). */
export function readApartmentNotice(value: unknown): ApartmentNotice | null {
  if (!isRecord(value)) return null;
  const { type, activity, event, requestId } = value;
  if (type === "ledger") return { type };
  if (type === "activity" && isRecord(activity) && typeof activity.amount === "number") return { type };
  if (type === "document" && isRecord(event) && typeof event.documentId === "string") return { type };
  if (type === "maintenance" && typeof requestId === "string") return { type };
  return null;
}
