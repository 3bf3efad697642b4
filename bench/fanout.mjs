// Fan-out scenario (apartment rooms): one room, N clients on loopback, one sender at a fixed rate.
// Reports p50/p99 delivery latency, delivered/sent, and server CPU per delivered message, for the
// Rentline room (partyserver Durable Object on local workerd) and for a Socket.IO 4 server on Node,
// measured in the same run. Usage: exported `runFanout()` (bench/run.mjs) or `node bench/fanout.mjs`.
import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { io as ioClient } from "socket.io-client";
import { startLocalWorker, freePort } from "../scripts/local-worker.mjs";

const CLIENTS = Number(process.env.FANOUT_CLIENTS ?? 500);
const MESSAGES = Number(process.env.FANOUT_MESSAGES ?? 20);
const INTERVAL_MS = Number(process.env.FANOUT_INTERVAL_MS ?? 500);

/** CPU seconds (user + system) of a process and all its descendants, from /proc. */
function cpuSeconds(rootPid) {
  const pids = [rootPid];
  for (let i = 0; i < pids.length; i++) {
    try {
      const children = readFileSync(`/proc/${pids[i]}/task/${pids[i]}/children`, "utf8").trim();
      if (children) pids.push(...children.split(/\s+/).map(Number));
    } catch {
      /* gone */
    }
  }
  const ticks = pids.reduce((sum, pid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      return sum + Number(fields[11]) + Number(fields[12]);
    } catch {
      return sum;
    }
  }, 0);
  return ticks / 100;
}

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

async function sendAtRate(send) {
  for (let i = 0; i < MESSAGES; i++) {
    send(`${i}:${performance.now()}`);
    await new Promise((r) => setTimeout(r, INTERVAL_MS));
  }
  await new Promise((r) => setTimeout(r, 2000)); // let the last deliveries land
}

export async function fanoutRentline() {
  const worker = await startLocalWorker();
  const sockets = [];
  try {
    const post = (path, body, token) =>
      fetch(`${worker.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      }).then((r) => r.json());
    const credentials = { email: "fanout@example.com", password: "bench-password-1" };
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
    const latencies = [];
    const connect = async () => {
      const { url } = await post(`/api/apartments/${apartment.id}/room-ticket`, {}, owner.accessToken);
      const ws = new WebSocket(`${wsBase}${url}`);
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
    for (let i = 0; i < CLIENTS; i += 50)
      sockets.push(...(await Promise.all(Array.from({ length: Math.min(50, CLIENTS - i) }, connect))));
    for (const ws of sockets) {
      ws.addEventListener("message", (e) => {
        const frame = JSON.parse(e.data);
        if (frame.type === "chat") latencies.push(performance.now() - Number(frame.message.text.split(":")[1]));
      });
    }
    const sender = await connect();
    const cpuBefore = cpuSeconds(worker.pid);
    await sendAtRate((text) => sender.send(JSON.stringify({ type: "chat", text, clientId: crypto.randomUUID() })));
    const cpu = cpuSeconds(worker.pid) - cpuBefore;
    sockets.push(sender);
    return summarize(latencies, MESSAGES, CLIENTS, cpu);
  } finally {
    for (const ws of sockets) ws.close();
    await worker.stop();
  }
}

export async function fanoutSocketIo() {
  const port = await freePort();
  const server = fork(new URL("./socketio-server.mjs", import.meta.url).pathname, [String(port)], { stdio: "ignore" });
  await new Promise((resolve) => server.once("message", resolve));
  const sockets = [];
  try {
    const latencies = [];
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
    for (let i = 0; i < CLIENTS; i += 50)
      sockets.push(...(await Promise.all(Array.from({ length: Math.min(50, CLIENTS - i) }, connect))));
    for (const socket of sockets)
      socket.on("chat", ({ message }) => latencies.push(performance.now() - Number(message.split(":")[1])));
    const sender = await connect();
    sockets.push(sender);
    const cpuBefore = cpuSeconds(server.pid);
    await sendAtRate((text) => sender.emit("chat", text));
    const cpu = cpuSeconds(server.pid) - cpuBefore;
    return summarize(latencies, MESSAGES, CLIENTS, cpu);
  } finally {
    for (const socket of sockets) socket.close();
    server.kill("SIGTERM");
  }
}

export function printFanout(rentline, socketio) {
  const f = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : "n/a");
  console.log(
    `\nFan-out — one room, ${CLIENTS} clients on loopback, one sender, ${MESSAGES} messages every ${INTERVAL_MS} ms\n`,
  );
  console.log("| server | delivered / sent×clients | p50 ms | p99 ms | server CPU ms per delivery |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const [name, r] of [
    ["Rentline room (partyserver DO, workerd)", rentline],
    ["Socket.IO 4 (Node, baseline)", socketio],
  ]) {
    console.log(
      `| ${name} | ${r.delivered} / ${r.sent * r.clients} (${f(r.ratio * 100, 1)}%) | ${f(r.p50)} | ${f(r.p99)} | ${f(r.cpuMsPerDelivery, 4)} |`,
    );
  }
  console.log(
    `\nratios (Rentline / Socket.IO): p50 ${f(rentline.p50 / socketio.p50)}×, p99 ${f(rentline.p99 / socketio.p99)}×, CPU per delivery ${f(rentline.cpuMsPerDelivery / socketio.cpuMsPerDelivery)}×`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const socketio = await fanoutSocketIo();
  const rentline = await fanoutRentline();
  printFanout(rentline, socketio);
}
