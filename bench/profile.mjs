// CPU profiles of a local worker under load, from workerd's inspector (Chrome DevTools Protocol over the
// WebSocket that workerd (scripts/direct-worker.mjs) or wrangler's inspector proxy lists at /json), and a summary: self and total time per function
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
 * under `dir` and prints its summary per request (`requestsOf(result)`: the requests the profiled worker served).
 */
export function profiling(dir, name = "apartments") {
  return async (worker, measure, requestsOf = (r) => r.requests + (r.warmup ?? 0)) => {
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
    const requests = requestsOf(result);
    console.log(`\nCPU profile: ${file} (${requests} requests, warm-up included)`);
    printSummary(summarise(profile), requests);
    printCategories(categorise(profile), requests);
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

/** Function and module of a profile node, through the bundle's source maps. */
function locator(map) {
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
  return { locate };
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
  const { locate } = locator(map);
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

/**
 * The request path's categories (issue 17 §2), by module: a sample counts for the innermost frame on its stack
 * that falls in one (native calls — console.log, fetch, importKey — count for the code that made them).
 */
const CATEGORIES = [
  ["token verification (jose, auth/tokens)", /^(jose|worker\/auth\/(tokens|middleware)\.ts|worker\/lib\/keys\.ts)$/],
  ["logging (lib/log, redact)", /^worker\/lib\/(log|redact)\.ts$/],
  ["zod validation (query, claims)", /^(zod|@hono\/zod-validator|@hono\/zod-openapi|worker\/lib\/claims\.ts)$/],
  ["D1 binding (workerd's d1-api, its spans)", /^cloudflare-internal:(d1-api|tracing-helpers)$/],
  [
    "query building and row mapping (drizzle, db guards, audit/trip wrappers)",
    /^(drizzle-orm|worker\/db\/.*|worker\/lib\/audit-writes\.ts)$/,
  ],
  ["access check and route (auth/access*, portfolio)", /^worker\/(auth\/access.*|auth\/policy|portfolio\/.*)\.ts$/],
  ["middleware (request id, headers, CSRF, body, ports, Sentry)", /^(worker\/app\.ts|worker\/lib\/.*|@sentry\/.*)$/],
  ["Hono routing and responses (c.json, headers)", /^hono$/],
];

/** ms per category (`other` for samples outside every one; idle, GC and `(program)` apart). */
export function categorise(profile, map = bundleMap()) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const msPerSample = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
  const { locate } = locator(map);
  const out = new Map();
  for (const id of profile.samples) {
    let name = "other";
    const leaf = nodes.get(id).callFrame.functionName;
    if (["(idle)", "(garbage collector)", "(program)"].includes(leaf)) name = leaf;
    else
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const mod = locate(nodes.get(cur)).mod;
        const hit = CATEGORIES.find(([, re]) => re.test(mod));
        if (hit) {
          name = hit[0];
          break;
        }
      }
    out.set(name, (out.get(name) ?? 0) + msPerSample);
  }
  return out;
}

/** Prints the categories in ms per request and as a share of the busy time. */
export function printCategories(categories, requests) {
  const busy = [...categories].filter(([k]) => k !== "(idle)").reduce((a, [, v]) => a + v, 0);
  console.log(`\n| category | ms/request | share of busy |\n| --- | ---: | ---: |`);
  for (const [k, v] of [...categories].sort((a, b) => b[1] - a[1]))
    console.log(
      `| ${k} | ${(v / requests).toFixed(3)} | ${k === "(idle)" ? "" : `${((100 * v) / busy).toFixed(1)}%`} |`,
    );
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
  const profile = JSON.parse(readFileSync(file, "utf8"));
  printSummary(summarise(profile), requests ? Number(requests) : undefined);
  if (requests) printCategories(categorise(profile), Number(requests));
}
