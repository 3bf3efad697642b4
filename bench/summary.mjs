// The closing table of `npm run bench`: issue 17's figures, each as a ratio of two things measured in the same
// run (or of a size to its budget), with the goal and whether it is met. Read from the object bench/run.mjs
// writes to bench/results/latest.json, so it can be printed again from a saved run:
//   node bench/summary.mjs [bench/results/latest.json]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BUDGET_BYTES as CLIENT_JS_BUDGET_BYTES } from "../scripts/check-client-js.mjs";
import { root } from "../scripts/lib.mjs";

/** Issue 17's budget for the serving worker (gzip, wasm included; scripts/check-bundle.mjs enforces it). */
const SERVING_BUDGET_BYTES = 1024 * 1024;

const x = (n) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : "n/a");
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
const yes = (ok) => (ok ? "yes" : "no");

/**
 * The API rows: the list's req/s ÷ the bare handler's (issue 17's figure, goal ≥ 0.70×) and, for comparison
 * with no goal of its own, ÷ its floor's (the same work with none of our code; with the CPU per request's ratio
 * and the floor's and one D1 round trip's own ratios to the bare handler).
 */
function apiFigures(r) {
  const rows = [];
  if (r.apartments && r.baseline) {
    const ratio = r.apartments.rps / r.baseline.rps;
    rows.push({
      what: "API: authenticated GET /api/apartments?limit=50 req/s ÷ bare Hono req/s (same workerd)",
      measured: `${x(ratio)} (${r.apartments.rps.toFixed(0)} ÷ ${r.baseline.rps.toFixed(0)} req/s)`,
      ratio,
      goal: "≥ 0.70×",
      met: ratio >= 0.7,
    });
  }
  if (r.apartments && r.floor) {
    const ratio = r.apartments.rps / r.floor.rps;
    const cpu = r.apartments.cpuMsPerRequest / r.floor.cpuMsPerRequest;
    const front = r.floorAssets ? "" : "; the floor WITHOUT the assets router, unlike the API";
    rows.push({
      what: "API, for comparison (not an issue 17 bar): the same list req/s ÷ its floor (bare Hono doing the list's work: token, same D1 batch, same rows, same front)",
      measured: `${x(ratio)} (${r.apartments.rps.toFixed(0)} ÷ ${r.floor.rps.toFixed(0)} req/s; workerd CPU per request ${x(cpu)}; floor ÷ bare Hono ${x(r.floor.rps / r.baseline.rps)}${r.d1 ? `, one D1 round trip ÷ bare Hono ${x(r.d1.rps / r.baseline.rps)}` : ""}${front})`,
      ratio,
      goal: "measured",
      met: true,
    });
  }
  return rows;
}

/**
 * The rows `{ what, measured, ratio, goal, met }` of the table from a run's results (the latest.json shape:
 * `apartments`/`baseline`/`d1`/`floor` of bench/apartments.mjs, `fanout` of bench/fanout.mjs, `bundleGzipBytes` and
 * `startupMs` of bench/run.mjs, `search` of bench/search.mjs, `pages` of bench/pages.mjs). A part missing from
 * the results (a scenario that was not run) gives no row. `ratio` is the number the goal is about (null for
 * start-up, a measurement with no bar); `met` says whether the goal is met (for a "measured" goal: measured).
 */
export function issueFigures(r) {
  const rows = apiFigures(r);
  for (const { clients, room, socketio } of r.fanout ?? []) {
    const ratio = room.p99 / socketio.p99;
    const delivered = room.ratio * 100;
    rows.push({
      what: `rooms: fan-out p99 ÷ Socket.IO 4 p99, ${clients} receivers (and delivered)`,
      measured: `${x(ratio)} (${room.p99.toFixed(1)} ÷ ${socketio.p99.toFixed(1)} ms; delivered ${delivered.toFixed(1)}%)`,
      ratio,
      goal: "≤ 1.00×, 100% delivered",
      met: ratio <= 1 && room.delivered === room.sent * room.clients,
    });
  }
  if (r.bundleGzipBytes !== undefined) {
    const ratio = r.bundleGzipBytes / SERVING_BUDGET_BYTES;
    rows.push({
      what: "serving worker bundle (build/server, gzip, wasm included) ÷ budget",
      measured: `${x(ratio)} (${kib(r.bundleGzipBytes)} of ${kib(SERVING_BUDGET_BYTES)})`,
      ratio,
      goal: "≤ 1.00×",
      met: ratio <= 1,
    });
  }
  if (r.startupMs !== undefined)
    rows.push({
      what: "serving worker start-up: CPU compiling and evaluating its global scope (wrangler check startup)",
      measured:
        r.startupMs === null ? "not measured (wrangler gave up: loaded machine?)" : `${r.startupMs.toFixed(0)} ms`,
      ratio: null,
      goal: "measured",
      met: r.startupMs !== null,
    });
  if (r.search?.rows?.length > 1) {
    const [[, base], ...shapes] = r.search.rows;
    const [name, slowest] = shapes.reduce((a, b) => (b[1].p50 > a[1].p50 ? b : a));
    const ratio = slowest.p50 / base.p50;
    rows.push({
      what: `search: slowest shape p50 ÷ /healthz p50 (${r.search.listings.toLocaleString("en")} listings; slowest: ${name})`,
      measured: `${x(ratio)} (${slowest.p50.toFixed(1)} ÷ ${base.p50.toFixed(1)} ms)`,
      ratio,
      goal: "≤ 2.00×",
      met: ratio <= 2,
    });
  }
  if (r.pages?.pages?.length) {
    const { sequential: base } = r.pages.baseline;
    for (const p of ["p50", "p99"]) {
      const worst = r.pages.pages.reduce((a, b) => (b.sequential[p] > a.sequential[p] ? b : a));
      const ratio = worst.sequential[p] / base[p];
      rows.push({
        what: `pages: slowest page's TTFB ${p} ÷ /healthz ${p}, sequential (slowest: ${worst.name}; every page in the pages table)`,
        measured: `${x(ratio)} (${worst.sequential[p].toFixed(1)} ÷ ${base[p].toFixed(1)} ms)`,
        ratio,
        goal: "measured, every page 200",
        met: r.pages.pages.every((page) => page.sequential.errors + page.concurrent.errors === 0),
      });
    }
    const heaviest = r.pages.pages.reduce((a, b) => (b.jsGzipBytes > a.jsGzipBytes ? b : a));
    const ratio = heaviest.jsGzipBytes / CLIENT_JS_BUDGET_BYTES;
    rows.push({
      what: `pages: most client JS a page loads (gzip) ÷ budget (heaviest: ${heaviest.name})`,
      measured: `${x(ratio)} (${(heaviest.jsGzipBytes / 1024).toFixed(1)} of ${kib(CLIENT_JS_BUDGET_BYTES)})`,
      ratio,
      goal: "≤ 1.00×",
      met: ratio <= 1,
    });
  }
  return rows;
}

/** Prints the rows as one markdown table headed "issue 17 figures". */
export function printIssueFigures(rows, { at, load } = {}) {
  console.log(`\nissue 17 figures${at ? ` — ${at}` : ""}${load ? `, load average ${load}` : ""}\n`);
  console.log("| what | measured | goal | met |");
  console.log("| --- | ---: | --- | --- |");
  for (const row of rows) console.log(`| ${row.what} | ${row.measured} | ${row.goal} | ${yes(row.met)} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = JSON.parse(readFileSync(process.argv[2] ?? join(root, "bench/results/latest.json"), "utf8"));
  printIssueFigures(results.summary ?? issueFigures(results), { at: results.at, load: results.loadAverage });
}
