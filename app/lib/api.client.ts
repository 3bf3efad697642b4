import { hc } from "hono/client";
import type { ApiApp } from "../../worker/app";
import type { RoomKind } from "./room";

/** The API from the browser: same origin, the session cookie; typed by the API's own routes. */
const browserApi = hc<ApiApp>("/api");

/** A fresh ticket for the room (a short-lived JWT after the API's access check); the live socket (./live-socket.ts) asks on every connect. */
export async function roomTicket(room: RoomKind): Promise<string> {
  const res =
    room.kind === "apartment"
      ? await browserApi.apartments[":id"]["room-ticket"].$post({ param: { id: room.apartmentId } })
      : await browserApi.applications[":id"]["room-ticket"].$post({ param: { id: room.applicationId } });
  if (!res.ok) throw new Error(`room ticket refused: ${res.status}`);
  return (await res.json()).ticket;
}

/** Up to 50 chat messages before sequence number `before`, newest first. */
export async function olderMessages(room: RoomKind, before: number) {
  const query = { before: String(before), limit: "50" };
  const res =
    room.kind === "apartment"
      ? await browserApi.apartments[":id"].messages.$get({ param: { id: room.apartmentId }, query })
      : await browserApi.applications[":id"].messages.$get({ param: { id: room.applicationId }, query });
  return res.ok ? (await res.json()).messages : null;
}

/** Marks the apartment's chat read up to now (unread counts on the dashboard and in My homes). */
export async function markRead(apartmentId: string): Promise<void> {
  await browserApi.apartments[":id"].read.$post({ param: { id: apartmentId } });
}

/** A fresh ticket for the org's live dashboard channel (`orgId`: the org the page shows; owners and managers). */
export async function orgRoomTicket(orgId: string): Promise<string> {
  const res = await browserApi.dashboard["room-ticket"].$post(undefined, { headers: { "x-org-id": orgId } });
  if (!res.ok) throw new Error(`org room ticket refused: ${res.status}`);
  return (await res.json()).ticket;
}
