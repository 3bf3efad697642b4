// A CPU profile of the apartment room's send path: the fan-out scenario (bench/fanout.mjs) at
// FANOUT_CLIENTS receivers (the first size) on workerd direct (scripts/direct-worker.mjs) with its inspector
// open; the V8 profiler of the worker's isolate (the Worker and its Durable Objects) runs over the sending
// window only. Prints where the sampled time went (self time by function, and idle / GC / native), and writes
// the profile to bench/results/room.cpuprofile (open it in Chrome DevTools). Usage: `node bench/room-profile.mjs`.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "../scripts/lib.mjs";
import { freePort } from "../scripts/local-worker.mjs";
import { startDirectWorker } from "../scripts/direct-worker.mjs";
import { fanoutRentline } from "./fanout.mjs";

const clients = Number(String(process.env.FANOUT_CLIENTS ?? "300").split(",")[0]);

/** A Chrome DevTools Protocol session on the inspector target of the user worker. */
async function inspect(port) {
  const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const target = targets.find((t) => t.title?.includes("rentline")) ?? targets[0];
  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    ws.addEventListener("open", resolve);
    ws.addEventListener("error", reject);
  });
  let id = 0;
  const pending = new Map();
  ws.addEventListener("message", (e) => {
    const reply = JSON.parse(e.data);
    pending.get(reply.id)?.(reply);
  });
  const call = (method, params = {}) =>
    new Promise((resolve) => {
      pending.set(++id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    });
  return { call, close: () => ws.close(), title: target.title };
}

/** Self time (ms) by function name and file, largest first. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map();
  profile.samples.forEach((nodeId, i) => {
    const node = byId.get(nodeId);
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || "(anonymous)"} ${url ? `${url.split("/").pop()}:${lineNumber + 1}` : ""}`.trim();
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

const inspectorPort = await freePort();
const worker = await startDirectWorker({ inspectorPort, directSocket: true });
let session;
let profile;
try {
  session = await inspect(inspectorPort);
  const result = await fanoutRentline(worker, clients, {
    beforeSend: async () => {
      await session.call("Profiler.enable");
      await session.call("Profiler.setSamplingInterval", { interval: 200 });
      await session.call("Profiler.start");
    },
    afterSend: async () => {
      profile = (await session.call("Profiler.stop")).result.profile;
    },
  });
  const times = selfTimes(profile);
  const total = times.reduce((sum, [, ms]) => sum + ms, 0);
  const busy = times.filter(([name]) => !name.startsWith("(idle)")).reduce((sum, [, ms]) => sum + ms, 0);
  console.log(
    `\nRoom CPU profile — ${clients} receivers, ${result.sent} messages, ${result.delivered} deliveries; isolate "${session.title}"`,
  );
  console.log(
    `sampled ${total.toFixed(0)} ms, busy (not idle) ${busy.toFixed(0)} ms = ${((busy / result.delivered) * 1000).toFixed(1)} µs per delivery\n`,
  );
  console.log("| self ms | share of busy | function |");
  console.log("| ---: | ---: | --- |");
  for (const [name, ms] of times.filter(([n]) => !n.startsWith("(idle)")).slice(0, 25))
    console.log(`| ${ms.toFixed(1)} | ${((ms / busy) * 100).toFixed(1)}% | ${name} |`);
  mkdirSync(join(root, "bench/results"), { recursive: true });
  writeFileSync(join(root, "bench/results/room.cpuprofile"), JSON.stringify(profile));
} finally {
  session?.close();
  await worker.stop();
}
