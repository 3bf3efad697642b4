import type { hc, InferResponseType } from "hono/client";
import type { ApiApp } from "../../worker/app";
import type { RoomKind } from "./room";

/**
 * The API from the browser: same origin, the session cookie. Plain `fetch` calls whose answers are typed by
 * the API's own routes (hono's `InferResponseType` on the API's client type): the browser ships no client
 * runtime for these four calls (issue 17 §5: 1.7 KiB gzip on every live page).
 */
type Api = ReturnType<typeof hc<ApiApp>>;
type Ticket = InferResponseType<Api["apartments"][":id"]["room-ticket"]["$post"], 200>;
type Messages = InferResponseType<Api["apartments"][":id"]["messages"]["$get"], 200>;
type OrgTicket = InferResponseType<Api["dashboard"]["room-ticket"]["$post"], 200>;

/** The path of an apartment's or an application's resource under /api (ids URL-encoded). */
function roomPath(room: RoomKind, resource: string): string {
  return room.kind === "apartment"
    ? `/api/apartments/${encodeURIComponent(room.apartmentId)}/${resource}`
    : `/api/applications/${encodeURIComponent(room.applicationId)}/${resource}`;
}

/** A fresh ticket for the room (a short-lived JWT after the API's access check); the live socket (./live-socket.ts) asks on every connect. */
export async function roomTicket(room: RoomKind): Promise<string> {
  const res = await fetch(roomPath(room, "room-ticket"), { method: "POST" });
  if (!res.ok) throw new Error(`room ticket refused: ${res.status}`);
  return (await res.json<Ticket>()).ticket;
}

/** Up to 50 chat messages before sequence number `before`, newest first; null when the API refused. */
export async function olderMessages(room: RoomKind, before: number): Promise<Messages["messages"] | null> {
  const query = new URLSearchParams({ before: String(before), limit: "50" });
  const res = await fetch(`${roomPath(room, "messages")}?${query}`);
  return res.ok ? (await res.json<Messages>()).messages : null;
}

/** Marks the apartment's chat read up to now (unread counts on the dashboard and in My homes). */
export async function markRead(apartmentId: string): Promise<void> {
  await fetch(roomPath({ kind: "apartment", apartmentId }, "read"), { method: "POST" });
}

/** A fresh ticket for the org's live dashboard channel (`orgId`: the org the page shows; owners and managers). */
export async function orgRoomTicket(orgId: string): Promise<string> {
  const res = await fetch("/api/dashboard/room-ticket", { method: "POST", headers: { "x-org-id": orgId } });
  if (!res.ok) throw new Error(`org room ticket refused: ${res.status}`);
  return (await res.json<OrgTicket>()).ticket;
}
