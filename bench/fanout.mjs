// Fan-out scenario (apartment rooms): one room, N clients on loopback, one sender at a fixed rate.
// Reports p50/p99 delivery latency, delivered/sent, and server CPU per delivered message, for the
// Rentline room (partyserver Durable Object, hibernatable WebSockets) and for a Socket.IO 4 server on Node,
// measured in the same run with the same number of clients, messages and rate.
// How: the built worker runs on workerd directly (scripts/direct-worker.mjs: Miniflare's Node API with the
// options wrangler derives from build/server/wrangler.json), and the clients connect to the worker's own socket
// (Miniflare's direct sockets), so their WebSockets meet neither wrangler dev's proxy worker nor Miniflare's
// entry worker, two development proxies that each pump every frame once more; what stays in front of our
// Worker is the static-assets router (Miniflare's assets proxy, then the router Cloudflare runs too).
// FANOUT_VIA=miniflare-entry measures through Miniflare's entry worker, FANOUT_VIA=wrangler-dev through
// wrangler dev, for comparison.
// Server CPU is the user+system time of the server's processes (workerd; the Socket.IO Node process) from
// /proc over the sending window, divided by the messages delivered.
// Usage: exported `runFanout()` (bench/run.mjs) or `node bench/fanout.mjs`; FANOUT_CLIENTS="300,500" (a list:
// one scenario per size), FANOUT_MESSAGES (20), FANOUT_INTERVAL_MS (500: 2 msg/s), FANOUT_WARMUP (3: messages
// sent first, at the same rate, to every receiver and not measured, on both servers: the first broadcasts of
// a fresh room or server run cold code, which neither server pays in use), FANOUT_WORKER_CONFIG,
// FANOUT_ROOM_CLIENT (the room's receivers use the `ws` library, as Socket.IO's Node client does, so both
// servers' receivers cost the bench's Node process the same per message; `undici` uses Node's own WebSocket).
import { fork } from "node:child_process";
import { io as ioClient } from "socket.io-client";
import { cpuSeconds } from "./cpu.mjs";
import { startDirectWorker } from "../scripts/direct-worker.mjs";
import { freePort, startLocalWorker } from "../scripts/local-worker.mjs";

const SIZES = String(process.env.FANOUT_CLIENTS ?? "300,500")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const MESSAGES = Number(process.env.FANOUT_MESSAGES ?? 20);
const INTERVAL_MS = Number(process.env.FANOUT_INTERVAL_MS ?? 500);
const WARMUP = Number(process.env.FANOUT_WARMUP ?? 3);
/** The room's clients' WebSocket: `ws` (the library Socket.IO's Node client uses) or Node's own (undici). */
const RoomSocket = process.env.FANOUT_ROOM_CLIENT === "undici" ? WebSocket : (await import("ws")).WebSocket;
const VIA = ["wrangler-dev", "miniflare-entry"].includes(process.env.FANOUT_VIA) ? process.env.FANOUT_VIA : "workerd";
/** Another build's wrangler.json (an A/B run against a copy of an earlier build); default build/server's. */
const CONFIG = process.env.FANOUT_WORKER_CONFIG || undefined;

function summarize(latencies, sent, clients, cpu) {
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return {
    clients,
    sent,
    delivered: latencies.length,
    ratio: latencies.length / (sent * clients),
    p50: pct(50),
    p99: pct(99),
    cpuMsPerDelivery: (cpu * 1000) / Math.max(1, latencies.length),
  };
}

/** Waits until `received()` reaches `expected`, or 10 s. */
async function until(received, expected) {
  const deadline = performance.now() + 10_000;
  while (received() < expected && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

/** Sends WARMUP unmeasured messages ("warmup:<i>") at the rate and waits until every receiver has them. */
async function warmUp(send, { warmed }, clients) {
  for (let i = 0; i < WARMUP; i++) {
    send(`warmup:${i}`);
    await new Promise((r) => setTimeout(r, INTERVAL_MS));
  }
  await until(warmed, WARMUP * clients);
}

/**
 * Sends MESSAGES measured messages ("<i>:<performance.now()>") at the rate, then waits until every receiver
 * has them all (or 10 s after the last send).
 */
async function sendAtRate(send, { received }, clients) {
  for (let i = 0; i < MESSAGES; i++) {
    send(`${i}:${performance.now()}`);
    await new Promise((r) => setTimeout(r, INTERVAL_MS));
  }
  await until(received, MESSAGES * clients);
}

/** A frame's text: a warm-up one (counted, not timed) or a measured one (its latency). */
function recorder() {
  const latencies = [];
  let warm = 0;
  return {
    latencies,
    counts: { warmed: () => warm, received: () => latencies.length },
    record(text) {
      if (text.startsWith("warmup:")) warm++;
      else latencies.push(performance.now() - Number(text.split(":")[1]));
    },
  };
}

/** Connects `count` clients, 50 at a time. */
async function connectAll(count, connect) {
  const sockets = [];
  for (let i = 0; i < count; i += 50)
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(50, count - i) }, connect))));
  return sockets;
}

/**
 * The Rentline worker for the fan-out runs: on workerd directly through its own socket (default), through
 * Miniflare's entry worker (`miniflare-entry`) or behind wrangler dev (`wrangler-dev`).
 */
function startFanoutWorker() {
  return VIA === "wrangler-dev"
    ? startLocalWorker({ config: CONFIG })
    : startDirectWorker({ config: CONFIG, directSocket: VIA === "workerd" });
}

/**
 * One room with `clients` receivers and one sender on `worker` (a landlord, a property, a fresh apartment).
 * `hooks.beforeSend` / `hooks.afterSend` run around the sending window (a CPU profile of it, for instance).
 */
export async function fanoutRentline(worker, clients, hooks = {}) {
  const sockets = [];
  try {
    const post = (path, body, token) =>
      fetch(`${worker.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      }).then((r) => r.json());
    const credentials = { email: `fanout-${clients}@example.com`, password: "bench-password-1" };
    // Sign-up opens no session (issue 11 §4): sign in with the same password.
    await post("/api/auth/signup", { ...credentials, name: "Fan Out", accountType: "landlord", orgName: "Fanout Org" });
    const owner = await post("/api/auth/login", credentials);
    const property = await post(
      "/api/properties",
      { name: "Fan House", address: "1 Fan St", city: "Lyon", postalCode: "69001", country: "France" },
      owner.accessToken,
    );
    const apartment = await post(
      "/api/apartments",
      { propertyId: property.id, unitNumber: "1", roomsCount: 2, rentAmount: 80000, currency: "EUR" },
      owner.accessToken,
    );
    const wsBase = worker.url.replace("http", "ws");
    const { latencies, counts, record } = recorder();
    const connect = async () => {
      const { url } = await post(`/api/apartments/${apartment.id}/room-ticket`, {}, owner.accessToken);
      const ws = new RoomSocket(`${wsBase}${url}`);
      await new Promise((resolve, reject) => {
        ws.addEventListener("message", function onHello(e) {
          if (JSON.parse(e.data).type === "hello") {
            ws.removeEventListener("message", onHello);
            resolve();
          }
        });
        ws.addEventListener("error", reject);
      });
      return ws;
    };
    sockets.push(...(await connectAll(clients, connect)));
    for (const ws of sockets) {
      ws.addEventListener("message", (e) => {
        const frame = JSON.parse(e.data);
        if (frame.type === "chat") record(frame.message.text);
      });
    }
    const sender = await connect();
    const send = (text) => sender.send(JSON.stringify({ type: "chat", text, clientId: crypto.randomUUID() }));
    await warmUp(send, counts, clients);
    await hooks.beforeSend?.();
    const cpuBefore = cpuSeconds(worker.pid);
    await sendAtRate(send, counts, clients);
    const cpu = cpuSeconds(worker.pid) - cpuBefore;
    await hooks.afterSend?.();
    sockets.push(sender);
    return summarize(latencies, MESSAGES, clients, cpu);
  } finally {
    for (const ws of sockets) ws.close();
  }
}

/** The same job on a Socket.IO 4 server (bench/socketio-server.mjs, its own Node process). */
export async function fanoutSocketIo(clients) {
  const port = await freePort();
  const server = fork(new URL("./socketio-server.mjs", import.meta.url).pathname, [String(port)], { stdio: "ignore" });
  await new Promise((resolve) => server.once("message", resolve));
  const sockets = [];
  try {
    const { latencies, counts, record } = recorder();
    const connect = () =>
      new Promise((resolve, reject) => {
        const socket = ioClient(`http://127.0.0.1:${port}`, {
          transports: ["websocket"],
          reconnection: false,
          forceNew: true,
        });
        socket.once("hello", () => resolve(socket));
        socket.once("connect_error", reject);
      });
    sockets.push(...(await connectAll(clients, connect)));
    for (const socket of sockets) socket.on("chat", ({ message }) => record(message));
    const sender = await connect();
    sockets.push(sender);
    const send = (text) => sender.emit("chat", text);
    await warmUp(send, counts, clients);
    const cpuBefore = cpuSeconds(server.pid);
    await sendAtRate(send, counts, clients);
    const cpu = cpuSeconds(server.pid) - cpuBefore;
    return summarize(latencies, MESSAGES, clients, cpu);
  } finally {
    for (const socket of sockets) socket.close();
    server.kill("SIGTERM");
    await new Promise((r) => (server.exitCode !== null || server.signalCode !== null ? r() : server.once("exit", r)));
  }
}

/** Every size in FANOUT_CLIENTS: Socket.IO, then the room, back to back; one Rentline worker for all sizes. */
export async function runFanout() {
  const worker = await startFanoutWorker();
  const results = [];
  try {
    for (const clients of SIZES) {
      const socketio = await fanoutSocketIo(clients);
      const room = await fanoutRentline(worker, clients);
      results.push({ clients, room, socketio });
    }
  } finally {
    await worker.stop();
  }
  return results;
}

export function printFanout(results) {
  const f = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : "n/a");
  const where = {
    workerd: "workerd direct (the worker's own socket: no wrangler dev or Miniflare entry proxy)",
    "miniflare-entry": "workerd through Miniflare's entry worker (no wrangler dev proxy)",
    "wrangler-dev": "wrangler dev",
  }[VIA];
  console.log(
    `\nFan-out — one room, one sender, ${MESSAGES} messages every ${INTERVAL_MS} ms, loopback; Rentline on ${where}\n`,
  );
  console.log(
    "| receivers | server | delivered / sent×receivers | p50 ms | p99 ms | server CPU ms per delivery | p99 ÷ Socket.IO | CPU ÷ Socket.IO |",
  );
  console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const { clients, room, socketio } of results) {
    for (const [name, r] of [
      ["Rentline room (partyserver DO)", room],
      ["Socket.IO 4 (Node)", socketio],
    ]) {
      console.log(
        `| ${clients} | ${name} | ${r.delivered} / ${r.sent * r.clients} (${f(r.ratio * 100, 1)}%) | ${f(r.p50)} | ${f(r.p99)} | ${f(r.cpuMsPerDelivery, 4)} | ${f(r.p99 / socketio.p99)}× | ${f(r.cpuMsPerDelivery / socketio.cpuMsPerDelivery)}× |`,
      );
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printFanout(await runFanout());
