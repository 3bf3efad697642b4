// `npm run bench`: throughput and latency of the built worker on local workerd, as ratios against a bare
// Hono handler measured in the same run on the same machine. Prints a table; never a pass/fail.
// Scenarios: authenticated GET /api/apartments?limit=50 (50 rows, one D1 round trip) vs GET /bare and vs its floor
// (the same work by hand, bench/bare-worker GET /list);
// room fan-out (bench/fanout.mjs) vs a Socket.IO 4 server on Node; agreement PDF rendering, Latin/Cyrillic and
// mixed scripts with a 2,000-character clause (bench/pdf.mjs); listing search over 100,000 listings (bench/search.mjs);
// server-rendered pages' TTFB, HTML and client JS vs /healthz (bench/pages.mjs). Ends with one table, "issue 17
// figures" (bench/summary.mjs), also written with every result to bench/results/latest.json.
import { loadavg } from "node:os";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { root, run } from "../scripts/lib.mjs";
import { startupMs } from "../scripts/startup-cpu.mjs";
import { APARTMENTS_VIA, benchApartments, printApartments } from "./apartments.mjs";
import { printFanout, runFanout } from "./fanout.mjs";
import { benchPdf, printPdf } from "./pdf.mjs";
import { benchPages, printPages } from "./pages.mjs";
import { CONCURRENCY, DURATION_MS } from "./rounds.mjs";
import { benchSearch, printSearch } from "./search.mjs";
import { issueFigures, printIssueFigures } from "./summary.mjs";

/** Gzip bytes of a built Worker's modules, wasm included (build/server: serving; build/render: PDFs and images). */
function bundleGzip(dir = join(root, "build/server")) {
  let total = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(m?js|wasm)$/.test(name)) total += gzipSync(readFileSync(p)).length;
    }
  };
  walk(dir);
  return total;
}

run("node", ["scripts/subset-fonts.mjs"], { stdio: ["ignore", "ignore", "inherit"] });
run("react-router", ["build"], { stdio: ["ignore", "ignore", "inherit"] });

// The API scenario (bench/apartments.mjs; `node bench/apartments.mjs` runs it alone, with a CPU profile on request).
const api = await benchApartments();
const { baseline, apartments, d1, floor, floorAssets } = api;

console.log(
  `\nRentline bench — ${CONCURRENCY} concurrent clients, ${DURATION_MS / 1000}s per scenario, loopback; API on ${APARTMENTS_VIA === "workerd" ? "workerd via Miniflare's API (through its entry worker, no wrangler dev proxy)" : "wrangler dev"}\n`,
);
printApartments(api);
const gzip = bundleGzip();
const renderGzip = bundleGzip(join(root, "build/render"));
console.log(
  `\nserving worker bundle (build/server, gzip, budget 1024 KiB): ${(gzip / 1024).toFixed(0)} KiB; render worker (build/render: pdf-lib, fontkit, photon wasm): ${(renderGzip / 1024).toFixed(0)} KiB`,
);

// Start-up of the serving worker's global scope (as scripts/check-bundle.mjs measures it); null if wrangler gave up.
const startup = startupMs();
console.log(
  startup === null
    ? "serving worker start-up: not measured (wrangler check startup gave up)"
    : `serving worker start-up: ${startup.toFixed(0)} ms CPU (global scope, wrangler check startup)`,
);

const fanout = await runFanout();
printFanout(fanout);

const pdf = await benchPdf();
printPdf(pdf);

const search = await benchSearch();
printSearch(search);

const pages = await benchPages();
printPages(pages);

const results = {
  at: new Date().toISOString(),
  /** The 1, 5 and 15-minute load averages when the run ended (the machine is shared). */
  loadAverage: loadavg()
    .map((n) => n.toFixed(2))
    .join(" "),
  concurrency: CONCURRENCY,
  durationMs: DURATION_MS,
  apiVia: APARTMENTS_VIA,
  baseline,
  apartments,
  d1,
  floor,
  floorAssets,
  bundleGzipBytes: gzip,
  startupMs: startup,
  fanout,
  pdf,
  search,
  pages,
};
// Last: issue 17's figures as ratios measured in this run (bench/summary.mjs; `node bench/summary.mjs` reprints it).
results.summary = issueFigures(results);
printIssueFigures(results.summary, { at: results.at, load: results.loadAverage });
mkdirSync(join(root, "bench/results"), { recursive: true });
writeFileSync(join(root, "bench/results/latest.json"), JSON.stringify(results, null, 2));
