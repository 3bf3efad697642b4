import { ROOM_IDENTITY_HEADER } from "../../durable-objects/room-frames";

/**
 * What both room gates (worker/rooms/connect.ts: apartment rooms; worker/dashboard/live.ts: org rooms) do to
 * the upgrade request they pass to the room and to the `101` they answer.
 *
 * Room sockets go uncompressed (docs/decisions/0008-room-sockets-uncompressed.md): a room sends one frame to
 * every socket, and permessage-deflate (RFC 7692) compresses it again for each one, with a deflate context per
 * connection (~300 KiB of zlib state with the default 15-bit window). Our frames are small JSON (a chat line,
 * a notice: 0.2–2 KiB); deflate does shrink them (a 322-byte chat frame to ~90–105 bytes once the context is
 * warm), but that saves a phone ~23 KB per hundred messages, while it was a quarter of workerd's CPU during a
 * room's fan-out at 300 receivers (perf profile, issue 17 §3). Socket.IO 4 does not compress by default either.
 *
 * How, on the workerd we run (1.20261012): with `web_socket_compression` (on by default since 2023-08-15), a
 * `101` with no `Sec-WebSocket-Extensions` header is answered with the client's offer, and every Worker in the
 * path (the static-assets router in front of ours; locally Miniflare's proxies too) does the same on its own
 * hop, so `no_web_socket_compression` in our Worker alone changes nothing. workerd documents an empty value as
 * "no compression", but this version drops it and agrees to the offer. A non-empty value that is not a
 * permessage-deflate agreement (`none`) survives every hop, and the runtime facing the client (KJ's
 * MANUAL_COMPRESSION mode) agrees to nothing from it and sends no `Sec-WebSocket-Extensions` header. Verified
 * locally only (tests/e2e/specs/room-sockets.spec.ts, Chromium through wrangler dev); after a deploy,
 * scripts/smoke-room.mjs checks the real chain.
 */

/**
 * The upgrade request as the room receives it: `identity` (the gate's fresh access check, JSON) in the
 * `x-rentline-identity` header (`ROOM_IDENTITY_HEADER`), which the client cannot set (any incoming copy is
 * replaced; header values must be ASCII and names are not, so the JSON is percent-encoded), and without the
 * client's compression offer, so no hop behind the gate ever sees one.
 */
export function requestForRoom(req: Request, identity: unknown): Request {
  const headers = new Headers(req.headers);
  headers.set(ROOM_IDENTITY_HEADER, encodeURIComponent(JSON.stringify(identity)));
  headers.delete("sec-websocket-extensions");
  return new Request(req, { headers });
}

/**
 * The room's answer as the gate returns it: a `101` declines permessage-deflate (`Sec-WebSocket-Extensions:
 * none`, above); anything else (a refusal) passes unchanged.
 */
export function withoutCompression(res: Response): Response {
  if (res.status !== 101 || !res.webSocket) return res;
  const headers = new Headers(res.headers);
  headers.set("sec-websocket-extensions", "none");
  return new Response(null, { status: 101, webSocket: res.webSocket, headers });
}
