// How the demo seed reaches the running worker: over HTTP, the way the UI and API clients do (bearer tokens,
// `X-Org-Id`, multipart uploads), and the apartment room over a WebSocket (chat). No rows written behind the
// API's back: everything it creates passes the same validation and law checks as a user's request.
import { deflateSync } from "node:zlib";

/** A JSON API client for `${base}/api`. Throws with the problem's text on any status outside `ok`. */
export function apiClient(base) {
  async function call(method, path, { as, json, form, ok = [200, 201, 202, 204] } = {}) {
    const headers = {};
    if (as?.token) headers.authorization = `Bearer ${as.token}`;
    if (as?.orgId) headers["x-org-id"] = as.orgId;
    let body;
    if (json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(json);
    } else if (form) body = form;
    const res = await fetch(`${base}/api${path}`, { method, headers, body });
    const text = await res.text();
    if (!ok.includes(res.status)) throw new Error(`${method} /api${path}: ${res.status} ${text.slice(0, 500)}`);
    return text ? JSON.parse(text) : null;
  }
  return {
    base,
    get: (path, opts) => call("GET", path, opts),
    post: (path, opts) => call("POST", path, opts),
    put: (path, opts) => call("PUT", path, opts),
    patch: (path, opts) => call("PATCH", path, opts),
  };
}

/** Signs in (POST /api/auth/login) and returns `{ token, userId, name, email, orgId }` (orgId: the demo org, for staff). */
export async function logIn(api, email, password, orgId) {
  const res = await api.post("/auth/login", { json: { email, password } });
  return { token: res.accessToken, userId: res.user.id, name: res.user.name, email, orgId };
}

/** Polls `check` until it returns something (the queues deliver mail and render PDFs asynchronously). */
export async function until(what, check, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = await check();
    if (found) return found;
    if (Date.now() > end) throw new Error(`demo seed: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The token of the newest `template` mail to `to` in the dev mailbox (GET /api/dev/mail; development only). */
export async function mailToken(api, to, template) {
  const mail = await until(`a ${template} mail to ${to}`, async () => {
    const { results } = await api.get(`/dev/mail?to=${encodeURIComponent(to)}`);
    return results.find((m) => m.template === template);
  });
  const match = mail.text.match(/token=([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`demo seed: no token link in the ${template} mail to ${to}`);
  return match[1];
}

/**
 * Sends chat messages into an apartment's room as `who`: a room ticket (POST /api/apartments/{id}/room-ticket),
 * then the room's WebSocket, one `chat` frame per `{ text, clientId }`, each awaited until the room echoes it
 * back (logged). The room rejects nothing silently: an `error` frame throws.
 */
export async function chat(api, apartmentId, who, messages) {
  const { url } = await api.post(`/apartments/${apartmentId}/room-ticket`, { as: who });
  const ws = new WebSocket(new URL(url, api.base.replace(/^http/, "ws")).href);
  const frames = [];
  let check = () => {};
  let closed = null;
  ws.addEventListener("message", (event) => {
    frames.push(JSON.parse(String(event.data)));
    check();
  });
  ws.addEventListener("close", (event) => {
    closed = `the room closed the socket (${event.code})`;
    check();
  });
  // Waits for the frame `match` finds: the room's answer, an `error` frame or the socket's close end it.
  const answer = (match) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`demo seed: no answer from the room: ${closed ?? ""}`)), 30_000);
      check = () => {
        const error = frames.find((f) => f.type === "error");
        const found = frames.find(match);
        if (!found && !error && !closed) return;
        clearTimeout(timer);
        if (found) resolve(found);
        else reject(new Error(`demo seed: chat refused: ${error ? `${error.code} ${error.message}` : closed}`));
      };
      check();
    });
  try {
    await answer((f) => f.type === "hello");
    for (const { text, clientId } of messages) {
      ws.send(JSON.stringify({ type: "chat", text, clientId }));
      await answer((f) => f.type === "chat" && f.message.clientId === clientId);
    }
  } finally {
    ws.close();
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * A real PNG (RGB, 8 bits) of `width` × `height`, painted by `paint(x, y) → [r, g, b]`: a tiny encoder (zlib
 * deflate, CRC-32), so the demo's photos and signatures need no network and no image library.
 */
function png(width, height, paint) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw.set(paint(x, y), y * (width * 3 + 1) + 1 + x * 3);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflateSync(raw)),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A room as a picture: a wall in `wall`, a floor, a window letting in sky. 320 × 240. */
export function roomPhoto(wall, floor) {
  return png(320, 240, (x, y) => {
    if (x > 200 && x < 280 && y > 40 && y < 130) return [170, 205, 235 - ((y - 40) >> 2)];
    if (y > 170) return floor.map((c) => Math.max(0, c - ((x + y) % 24 < 2 ? 30 : 0)));
    return wall.map((c) => Math.min(255, c + (y >> 4)));
  });
}

/** A handwritten-looking signature stroke (a sine wave), as the PNG data URL the signing API takes. */
export function signatureDataUrl(phase = 0) {
  const image = png(160, 48, (x, y) => {
    const curve = 24 + Math.round(12 * Math.sin(x / 9 + phase) * Math.cos(x / 31));
    return Math.abs(y - curve) < 2 ? [20, 30, 90] : [255, 255, 255];
  });
  return `data:image/png;base64,${image.toString("base64")}`;
}
