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
import { startLocalWorker } from "../scripts/local-worker.mjs";
import { fanoutRentline, fanoutSocketIo, printFanout } from "./fanout.mjs";
import { benchPdf, printPdf } from "./pdf.mjs";
import { benchPages, printPages } from "./pages.mjs";
import { benchSearch, printSearch } from "./search.mjs";

const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 8) * 1000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

async function load(url, headers) {
  const latencies = [];
  let deadline = 0;
  let errors = 0;
  const worker = async () => {
    while (Date.now() < deadline) {
      const t = performance.now();
      const res = await fetch(url, { headers });
      await res.arrayBuffer();
      if (!res.ok) errors++;
      latencies.push(performance.now() - t);
    }
  };
  // Warm up (JIT, D1 page cache) before measuring.
  for (let i = 0; i < 200; i++) await (await fetch(url, { headers })).arrayBuffer();
  deadline = Date.now() + DURATION_MS;
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { requests: latencies.length, rps: latencies.length / seconds, p50: pct(50), p99: pct(99), errors };
}

function bundleGzip() {
  const dir = join(root, "build/server");
  let total = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.m?js$/.test(name)) total += gzipSync(readFileSync(p)).length;
    }
  };
  walk(dir);
  return total;
}

run("node", ["scripts/subset-fonts.mjs"], { stdio: ["ignore", "ignore", "inherit"] });
run("react-router", ["build"], { stdio: ["ignore", "ignore", "inherit"] });

const bare = await startLocalWorker({ config: join(root, "bench/bare-worker/wrangler.json"), migrate: false });
let baseline;
try {
  baseline = await load(`${bare.url}/bare`, {});
} finally {
  await bare.stop();
}

const app = await startLocalWorker();
let apartments;
try {
  const credentials = { email: "bench@example.com", password: "bench-password-1" };
  await fetch(`${app.url}/api/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...credentials, name: "Bench", accountType: "landlord", orgName: "Bench Org" }),
  });
  // Sign-up opens no session (issue 11 §4): sign in with the same password.
  const signup = await (
    await fetch(`${app.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(credentials),
    })
  ).json();
  const auth = { authorization: `Bearer ${signup.accessToken}`, "content-type": "application/json" };
  const property = await (
    await fetch(`${app.url}/api/properties`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({
        name: "Bench House",
        address: "1 Bench St",
        city: "Lyon",
        postalCode: "69001",
        country: "France",
      }),
    })
  ).json();
  for (let i = 0; i < 50; i++) {
    await fetch(`${app.url}/api/apartments`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({
        propertyId: property.id,
        unitNumber: `U${i}`,
        roomsCount: 2,
        rentAmount: 80000 + i,
        currency: "EUR",
      }),
    });
  }
  const check = await (await fetch(`${app.url}/api/apartments?limit=50`, { headers: auth })).json();
  if (check.results?.length !== 50)
    throw new Error(`expected 50 apartments, got ${JSON.stringify(check).slice(0, 200)}`);
  apartments = await load(`${app.url}/api/apartments?limit=50`, auth);
} finally {
  await app.stop();
}

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
console.log(`\nworker bundle (build/server, gzip): ${(gzip / 1024).toFixed(0)} KiB`);

const socketio = await fanoutSocketIo();
const room = await fanoutRentline();
printFanout(room, socketio);

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
      fanout: { room, socketio },
      pdf,
      search,
      pages,
    },
    null,
    2,
  ),
);
