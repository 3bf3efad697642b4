// CPU profiles of a local worker under load, from workerd's inspector (Chrome DevTools Protocol over the
// WebSocket that wrangler's inspector proxy lists at /json), and a summary: self and total time per function
// and per source module (through build/server/index.js.map), and per request when the request count is given.
//   import { profiling } from "./profile.mjs";  benchApartments({ profile: profiling("bench/results/profiles") })
//   node bench/profile.mjs <file.cpuprofile> [requests]   summarise a saved profile again
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TraceMap, originalPositionFor } from "@jridgewell/trace-mapping";
import { root } from "../scripts/lib.mjs";

/** A CDP session over the first target the inspector at `port` lists. */
async function connect(port) {
  const targets = await (await fetch(`http://127.0.0.1:${port}/json`)).json();
  const target = targets.find((t) => t.webSocketDebuggerUrl) ?? targets[0];
  // wrangler's inspector proxy wants a local Origin (Node's WebSocket sends none by itself).
  const ws = new WebSocket(target.webSocketDebuggerUrl, { headers: { origin: "http://localhost" } });
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = reject;
  });
  let next = 1;
  const pending = new Map();
  ws.onmessage = (event) => {
    const message = JSON.parse(event.data);
    const waiter = pending.get(message.id);
    // wrangler's proxy answers with the command's id (and its method and params: `result` only when there is one).
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(`${message.error.message}`));
    else waiter.resolve(message.result ?? {});
  };
  return {
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = 1000 + next++;
        pending.set(id, { resolve, reject });
        ws.send(JSON.stringify({ id, method, params }));
      }),
    close: () => ws.close(),
  };
}

/**
 * A `profile` hook for benchApartments: records a CPU profile (100 µs sampling) while `measure` runs, saves it
 * under `dir` and prints its summary per request.
 */
export function profiling(dir, name = "apartments") {
  return async (worker, measure) => {
    const cdp = await connect(worker.inspectorPort);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    await cdp.send("Profiler.start");
    const result = await measure();
    const { profile } = await cdp.send("Profiler.stop");
    cdp.close();
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name}-${new Date().toISOString().replace(/[:.]/g, "-")}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    // The profile spans the warm-up requests too.
    const requests = result.requests + (result.warmup ?? 0);
    console.log(`\nCPU profile: ${file} (${requests} requests, warm-up included)`);
    printSummary(summarise(profile), requests);
    return result;
  };
}

/** The source map of a script of the bundle (`index.js`, `assets/….js`), when there is one (else null). */
function bundleMap() {
  const maps = new Map();
  return (url) => {
    if (!maps.has(url)) {
      try {
        maps.set(url, new TraceMap(readFileSync(join(root, "build/server", `${url}.map`), "utf8")));
      } catch {
        maps.set(url, null);
      }
    }
    return maps.get(url);
  };
}

/** A module's short name: a package (`jose`, `@hono/zod-openapi`) or a path in the repository (`worker/app.ts`). */
function moduleName(source) {
  if (!source) return "(unknown)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1];
  const own = /(?:^|\/)((?:worker|app|durable-objects)\/.*)$/.exec(source);
  return own ? own[1] : source;
}

/** Self and total ms per function and per module (`(program)`, `(garbage collector)`, `(idle)` kept apart). */
export function summarise(profile, map = bundleMap()) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfSamples = new Map();
  for (const id of profile.samples) selfSamples.set(id, (selfSamples.get(id) ?? 0) + 1);
  const totalUs = profile.endTime - profile.startTime;
  const msPerSample = totalUs / 1000 / profile.samples.length;
  const where = new Map();
  const locate = (n) => {
    if (where.has(n.id)) return where.get(n.id);
    const f = n.callFrame;
    let fn = f.functionName || "(anonymous)";
    let mod = f.url ? f.url.split("/").pop() : fn.startsWith("(") ? fn : "(native)";
    const sourceMap = f.url && f.url.endsWith(".js") && f.lineNumber >= 0 ? map(f.url) : null;
    if (sourceMap) {
      const pos = originalPositionFor(sourceMap, { line: f.lineNumber + 1, column: f.columnNumber });
      if (pos.source) {
        mod = moduleName(pos.source);
        fn = `${fn} ${mod}:${pos.line}`;
      }
    }
    const loc = { fn, mod };
    where.set(n.id, loc);
    return loc;
  };
  const byFn = new Map();
  const byMod = new Map();
  const add = (table, key, field, ms) => {
    const row = table.get(key) ?? { self: 0, total: 0 };
    row[field] += ms;
    table.set(key, row);
  };
  for (const [id, count] of selfSamples) {
    const ms = count * msPerSample;
    const leaf = locate(nodes.get(id));
    add(byFn, leaf.fn, "self", ms);
    add(byMod, leaf.mod, "self", ms);
    // Total: once per distinct function / module on the stack.
    const fns = new Set();
    const mods = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const loc = locate(nodes.get(cur));
      fns.add(loc.fn);
      mods.add(loc.mod);
    }
    for (const f of fns) add(byFn, f, "total", ms);
    for (const m of mods) add(byMod, m, "total", ms);
  }
  return { ms: totalUs / 1000, byFn, byMod };
}

/** Prints the top functions and modules, in ms per request when `requests` is given, else in ms. */
export function printSummary({ ms, byFn, byMod }, requests, top = 40) {
  const per = requests ? 1 / requests : 1;
  const unit = requests ? "ms/request" : "ms";
  const idle = (byMod.get("(idle)")?.self ?? 0) * per;
  console.log(`profiled ${ms.toFixed(0)} ms; busy ${(ms * per - idle).toFixed(3)} ${unit}, idle ${idle.toFixed(3)}`);
  const table = (title, rows) => {
    console.log(`\n| ${title} | self ${unit} | total ${unit} |\n| --- | ---: | ---: |`);
    for (const [k, v] of [...rows].sort((a, b) => b[1].self - a[1].self).slice(0, top))
      console.log(`| ${k} | ${(v.self * per).toFixed(4)} | ${(v.total * per).toFixed(4)} |`);
  };
  table("module", byMod);
  table("function", byFn);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, requests] = process.argv.slice(2);
  printSummary(summarise(JSON.parse(readFileSync(file, "utf8"))), requests ? Number(requests) : undefined);
}
