#!/usr/bin/env node
// Post-deploy smoke check of the room sockets, against the real chain (Cloudflare's edge, the static-assets
// router, our Worker, the Durable Object): signs in as a landlord kept for it, asks the org room's ticket and
// opens its WebSocket with Node's WebSocket, which offers permessage-deflate as browsers do. Passes when the
// socket opens, the room says hello, and no extension was negotiated (worker/rooms/gate.ts: room sockets go
// uncompressed, through a runtime behaviour that only a deployed chain can confirm).
//
// Usage: SMOKE_EMAIL=… SMOKE_PASSWORD=… node scripts/smoke-room.mjs https://rentline.example
// (an owner or manager of exactly one org). Exit code 0 and one line on success; 1 and the reason otherwise.
// tests/e2e/specs/room-sockets.spec.ts runs it against the local server.

const TIMEOUT_MS = 10_000;

/** Signs in, opens the org room; answers the socket's negotiated extensions, or throws with the reason. */
async function smokeRoom(base, email, password) {
  const post = async (path, body, token) => {
    const res = await fetch(new URL(path, base), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: new URL(base).origin,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`POST ${path} answered ${res.status}: ${await res.text()}`);
    return res.json();
  };
  const { accessToken } = await post("/api/auth/login", { email, password });
  const { url } = await post("/api/dashboard/room-ticket", {}, accessToken);
  const ws = new WebSocket(new URL(url, base.replace(/^http/, "ws")));
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no hello from the room within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      ws.addEventListener("message", (e) => {
        if (JSON.parse(String(e.data)).type === "hello") {
          clearTimeout(timer);
          resolve();
        }
      });
      ws.addEventListener("error", () => {
        clearTimeout(timer);
        reject(new Error("the WebSocket handshake failed (a browser would refuse it too)"));
      });
    });
    return ws.extensions;
  } finally {
    ws.close();
  }
}

const [base] = process.argv.slice(2);
const { SMOKE_EMAIL: email, SMOKE_PASSWORD: password } = process.env;
if (!base || !email || !password) {
  console.error("Usage: SMOKE_EMAIL=… SMOKE_PASSWORD=… node scripts/smoke-room.mjs <base URL>");
  process.exit(1);
}
try {
  const extensions = await smokeRoom(base, email, password);
  if (extensions !== "") {
    console.error(`room socket: compression negotiated (${extensions}); see worker/rooms/gate.ts`);
    process.exit(1);
  }
  console.log("room socket: open, hello received, no compression negotiated");
} catch (error) {
  console.error(`room socket: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
