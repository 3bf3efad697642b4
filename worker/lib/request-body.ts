import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./context";
import { AppError } from "./errors";

/**
 * A request body is always read to its end, even when the answer does not need it. HTTP/1.1 frames the next
 * request on a keep-alive connection after this one's body (RFC 9112 §9.3): a server that answers without
 * reading it must close the connection, and a client or proxy that sent the next request on it (Vite's dev
 * server in front of workerd, a load balancer) sees that request fail — a 500 for a request that was fine.
 * So every answer given before (or instead of) reading the body — CSRF 403, 401, 413, 429, a 404, a refused
 * upload — leaves the body drained. Past `DRAIN_LIMIT_BYTES` it is cancelled instead: reading 100 MB to
 * refuse it is worse than one closed connection.
 */

/** How much of an unread body is read and dropped before giving up and cancelling it (bytes). */
const DRAIN_LIMIT_BYTES = 8 * 1024 * 1024;

/**
 * Reads what is left of `reader` and drops it, up to `limit` bytes in all; past that cancels the stream.
 * Never throws (a body the client abandoned is no error of ours). Releases the reader's lock when done.
 */
export async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>, limit = DRAIN_LIMIT_BYTES) {
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
      if (read > limit) {
        await reader.cancel();
        return;
      }
    }
  } catch {
    /* the client went away: nothing left to drain */
  } finally {
    reader.releaseLock();
  }
}

/**
 * Outermost middleware: after the answer is ready, drains whatever the handler (or a middleware that answered
 * early) left unread of the request body; a body declared larger than `DRAIN_LIMIT_BYTES` is cancelled at
 * once (the connection closes either way). A body another reader still holds is left to that reader (the
 * upload reader drains its own, worker/lib/multipart.ts).
 */
export const drainUnreadBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const original = c.req.raw;
  await next();
  const body = original.body;
  if (!body || body.locked) return;
  if (Number(original.headers.get("content-length") ?? 0) > DRAIN_LIMIT_BYTES) await body.cancel().catch(() => {});
  else await discardRest(body.getReader() as ReadableStreamDefaultReader<Uint8Array>);
};

/**
 * 413 `too_large` when the body is over `maxBytes`: from Content-Length before reading, or while streaming a
 * chunked body (then the body read so far is handed on, as Hono's `bodyLimit` does, and the rest is drained
 * by `drainUnreadBody`). Unlike Hono's `bodyLimit`, it never leaves the body locked half-read, and answers
 * through the app's problem handler. `exempt(method, path)` skips routes with their own limit (uploads).
 */
export function limitBody(maxBytes: number, exempt: (method: string, path: string) => boolean) {
  const tooLarge = () => new AppError(413, "too_large", `The request body is larger than ${maxBytes / 1024 / 1024} MB`);
  const limit: MiddlewareHandler<AppEnv> = async (c, next) => {
    const body = c.req.raw.body;
    if (!body || exempt(c.req.method, c.req.path)) return next();
    const declared = c.req.raw.headers.get("content-length");
    if (declared !== null && !c.req.raw.headers.has("transfer-encoding")) {
      if (Number(declared) > maxBytes) throw tooLarge();
      return next();
    }
    const reader = body.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        size += chunk.value.byteLength;
        if (size > maxBytes) throw tooLarge();
        chunks.push(chunk.value);
      }
    } finally {
      reader.releaseLock();
    }
    const whole = new Uint8Array(size);
    chunks.reduce((offset, chunk) => (whole.set(chunk, offset), offset + chunk.byteLength), 0);
    c.req.raw = new Request(c.req.raw, { body: whole });
    return next();
  };
  return limit;
}
