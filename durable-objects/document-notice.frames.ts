import { SIDES } from "../worker/domain";
import type { ServerFrame } from "./apartment-room.protocol";

/**
 * The apartment room's frames a document's page reads (app/components/use-document-live.ts): who is in the
 * room and what they have open (`hello`, `presence`: the page lists who is viewing this document) and that a
 * document changed (`document`: the page reloads it from the API, which checks access again). It checks only
 * what the page uses and ships no validation library for it (issue 17 §5), like ./money-notice.frames.ts.
 * The frames' full shapes are ./apartment-room.protocol.ts `ServerFrame`'s `hello`, `presence` and `document`.
 */
type Online = Extract<ServerFrame, { type: "presence" }>["online"];
export type DocumentNotice = { type: "presence"; online: Online } | { type: "document"; documentId: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const isString = (value: unknown): value is string => typeof value === "string";

/** One entry of a `hello`'s or a `presence`'s `online`: a person, their side, the documents they have open. */
function isOnline(value: unknown): value is Online[number] {
  if (!isRecord(value)) return false;
  const { userId, name, side, viewing } = value;
  return (
    isString(userId) &&
    isString(name) &&
    SIDES.some((s) => s === side) &&
    (viewing === undefined || (Array.isArray(viewing) && viewing.every(isString)))
  );
}

/**
 * A parsed room message as a document page's notice: the room's `online` list (from `hello` or `presence`,
 * both read as `presence`) or the id of a document that changed; null for another frame or a malformed one.
 */
export function readDocumentNotice(value: unknown): DocumentNotice | null {
  if (!isRecord(value)) return null;
  const { type, online, event } = value;
  if ((type === "hello" || type === "presence") && Array.isArray(online) && online.every(isOnline))
    return { type: "presence", online };
  if (type === "document" && isRecord(event) && isString(event.documentId))
    return { type: "document", documentId: event.documentId };
  return null;
}
