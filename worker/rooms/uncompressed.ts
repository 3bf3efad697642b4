/**
 * Room sockets go uncompressed: the 101 a room gate returns declines permessage-deflate (RFC 7692), whatever
 * the client offered (every browser offers it).
 *
 * Why: a room sends the same frame to every socket, and permessage-deflate compresses it again for each one
 * (a deflate context per connection, ~300 KiB of zlib state each with the default 15-bit window). Our frames
 * are small JSON (a chat line, a notice: 0.2–2 KiB) that the compression barely shrinks, while it was a
 * quarter of the room's CPU per delivered frame at 300 receivers (perf profile of workerd, issue 17 §3) and
 * put the last receivers' p99 at 2–3× Socket.IO's, which does not compress by default either.
 *
 * How: workerd (compatibility flag `web_socket_compression`, on by default since 2023-08-15) answers a 101
 * that has no `Sec-WebSocket-Extensions` header by echoing the client's offer, and every Worker in the path
 * (Cloudflare's static-assets router in front of ours, locally Miniflare's proxies too) does the same on its
 * own hop, so turning the flag off in our Worker would not help. A 101 that carries the header keeps it through
 * every hop, and the runtime that speaks to the client accepts only a `permessage-deflate` agreement from it
 * (KJ's MANUAL_COMPRESSION mode): with `none`, nothing is agreed and no `Sec-WebSocket-Extensions` header
 * reaches the client (an empty value would be dropped and echoed over). tests/e2e/specs/room-sockets.spec.ts
 * checks what Chromium negotiates.
 */
export function withoutCompression(res: Response): Response {
  if (res.status !== 101 || !res.webSocket) return res;
  const headers = new Headers(res.headers);
  headers.set("sec-websocket-extensions", "none");
  return new Response(null, { status: 101, webSocket: res.webSocket, headers });
}
