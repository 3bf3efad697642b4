// `npm run bench`: throughput and latency of the built worker on local workerd, as ratios against a bare
// Hono handler measured in the same run on the same machine. Prints a table; never a pass/fail.
// Scenarios: authenticated GET /api/apartments?limit=50 (50 rows, one D1 round trip) vs GET /bare;
// room fan-out (bench/fanout.mjs) vs a Socket.IO 4 server on Node; agreement PDF rendering, Latin/Cyrillic and
// mixed scripts with a 2,000-character clause (bench/pdf.mjs); listing search over 100,000 listings (bench/search.mjs);
// server-rendered pages' TTFB, HTML and client JS vs /healthz (bench/pages.mjs).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { root, run } from "../scripts/lib.mjs";
import { benchApartments } from "./apartments.mjs";
import { printFanout, runFanout } from "./fanout.mjs";
import { benchPdf, printPdf } from "./pdf.mjs";
import { benchPages, printPages } from "./pages.mjs";
import { benchSearch, printSearch } from "./search.mjs";

const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 8) * 1000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

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
const { baseline, apartments } = await benchApartments();

const fmt = (n, d = 1) => n.toFixed(d);
const rows = [
  ["bare Hono GET /bare (baseline)", baseline],
  ["GET /api/apartments?limit=50 (auth, 50 rows)", apartments],
];
console.log(
  `\nRentline bench — ${CONCURRENCY} concurrent clients, ${DURATION_MS / 1000}s per scenario, local workerd (wrangler dev), loopback\n`,
);
console.log("| scenario | requests | req/s | p50 ms | p99 ms | errors | req/s vs baseline |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [name, r] of rows) {
  console.log(
    `| ${name} | ${r.requests} | ${fmt(r.rps, 0)} | ${fmt(r.p50, 2)} | ${fmt(r.p99, 2)} | ${r.errors} | ${fmt(r.rps / baseline.rps, 2)}× |`,
  );
}
const gzip = bundleGzip();
const renderGzip = bundleGzip(join(root, "build/render"));
console.log(
  `\nserving worker bundle (build/server, gzip, budget 1024 KiB): ${(gzip / 1024).toFixed(0)} KiB; render worker (build/render: pdf-lib, fontkit, photon wasm): ${(renderGzip / 1024).toFixed(0)} KiB`,
);

const fanout = await runFanout();
printFanout(fanout);

const pdf = await benchPdf();
printPdf(pdf);

const search = await benchSearch();
printSearch(search);

const pages = await benchPages();
printPages(pages);

mkdirSync(join(root, "bench/results"), { recursive: true });
writeFileSync(
  join(root, "bench/results/latest.json"),
  JSON.stringify(
    {
      at: new Date().toISOString(),
      concurrency: CONCURRENCY,
      durationMs: DURATION_MS,
      baseline,
      apartments,
      bundleGzipBytes: gzip,
      fanout,
      pdf,
      search,
      pages,
    },
    null,
    2,
  ),
);
