// The API scenario of `npm run bench` (issue 17 §2): authenticated GET /api/apartments?limit=50 (50 rows, one
// D1 round trip) against a bare Hono handler on the same workerd, same machine, same run; and against the
// request's FLOOR: bench/bare-worker's GET /list, the same work done by hand with none of our code (the API's
// bearer token checked by Hono's JWT helper and kept per isolate as the API keeps it, one D1 batch of the same
// three statements in the same SQL, the same rows in the same JSON shape, on a copy of the app's rows, the same
// static-assets router in front). Its ratio to the bare handler is the cost of the D1 round trip and of the
// router (Miniflare's emulation of it runs in the same workerd), not ours; between the two, the same worker's
// GET /d1 (one `SELECT 1` through D1) shows what any request that touches the database pays. Each scenario
// also reports the CPU its workerd process spent per request (/proc), which does not depend on the load.
// How: three workerd processes (the bare worker; the floor worker with /d1 and /list; the app with its render
// worker) run through Miniflare's Node API (scripts/direct-worker.mjs, with the options wrangler derives from
// each wrangler config), so none pays wrangler dev's proxy worker and its inspector-forwarded access log;
// requests reach each through Miniflare's entry worker alike. The bare and floor workers (bench/bare-worker)
// are bundled first by `wrangler deploy --dry-run`.
// APARTMENTS_VIA=wrangler-dev measures both behind `wrangler dev` instead (scripts/local-worker.mjs), for comparison.
// On its own, after a build: `node bench/apartments.mjs` (RENTLINE_SKIP_BUILD=1 to reuse build/server;
// BENCH_PROFILE=dir to also record a CPU profile of the worker under load, see bench/profile.mjs).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDirectWorker } from "../scripts/direct-worker.mjs";
import { alternate, CONCURRENCY, DURATION_MS } from "./rounds.mjs";
import { root, run } from "../scripts/lib.mjs";
import { freePort, startLocalWorker } from "../scripts/local-worker.mjs";

/** Where both workers run: on workerd directly (default) or behind wrangler dev. */
export const APARTMENTS_VIA = process.env.APARTMENTS_VIA === "wrangler-dev" ? "wrangler-dev" : "workerd";

/** Whether the floor has the app's assets (so the assets router in front of it); BENCH_FLOOR_ASSETS=0 leaves them out. */
const FLOOR_ASSETS = process.env.BENCH_FLOOR_ASSETS !== "0";

/** Signs up a landlord on the worker at `url`, adds a property and 50 apartments; answers the bearer headers. */
export async function seedApartments(url) {
  const credentials = { email: "bench@example.com", password: "bench-password-1" };
  await fetch(`${url}/api/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...credentials, name: "Bench", accountType: "landlord", orgName: "Bench Org" }),
  });
  // Sign-up opens no session (issue 11 §4): sign in with the same password.
  const signup = await (
    await fetch(`${url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(credentials),
    })
  ).json();
  const auth = { authorization: `Bearer ${signup.accessToken}`, "content-type": "application/json" };
  const property = await (
    await fetch(`${url}/api/properties`, {
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
    await fetch(`${url}/api/apartments`, {
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
  const check = await (await fetch(`${url}/api/apartments?limit=50`, { headers: auth })).json();
  if (check.results?.length !== 50)
    throw new Error(`expected 50 apartments, got ${JSON.stringify(check).slice(0, 200)}`);
  return auth;
}

/**
 * The bare Hono worker (bench/bare-worker) on workerd directly: bundled by `wrangler deploy --dry-run` into a
 * throwaway directory with a wrangler.json naming the bundle (workerd runs JavaScript, not the TypeScript source).
 * With `floor` (the runtime's floor for the list, GET /list), it also gets what the API's request meets: a D1
 * database with the real migrations, `jwtSecret` to check the API's tokens, and the app's static assets, so the
 * same assets router stands in front of it as in front of the app (not with BENCH_FLOOR_ASSETS=0).
 */
async function startBareWorker({ floor = false, jwtSecret } = {}) {
  const config = join(root, "bench/bare-worker/wrangler.json");
  if (APARTMENTS_VIA === "wrangler-dev") return startLocalWorker({ config, migrate: false });
  const out = mkdtempSync(join(tmpdir(), "rentline-bare-"));
  try {
    run("wrangler", ["deploy", "--dry-run", "--outdir", out, "-c", config], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    });
    const built = join(out, "wrangler.json");
    const name = floor ? "rentline-bench-floor" : "rentline-bench-bare";
    const extra = floor
      ? {
          ...(FLOOR_ASSETS ? { assets: { directory: join(root, "build/client") } } : {}),
          d1_databases: [
            {
              binding: "DB",
              database_name: "rentline-bench-floor",
              database_id: "00000000-0000-0000-0000-0000000000f1",
              migrations_dir: join(root, "migrations"),
            },
          ],
        }
      : {};
    writeFileSync(built, JSON.stringify({ name, main: "index.js", compatibility_date: "2026-10-01", ...extra }));
    const worker = await startDirectWorker({
      config: built,
      migrate: floor,
      vars: floor ? { JWT_SECRET: jwtSecret } : {},
    });
    return { ...worker, stop: () => worker.stop().finally(() => rmSync(out, { recursive: true, force: true })) };
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    throw error;
  }
}

/** The tables GET /api/apartments reads, parents first: copied from the app's database to the floor's. */
const LIST_TABLES = [
  "users",
  "orgs",
  "memberships",
  "sessions",
  "properties",
  "apartments",
  "room_chat_counts",
  "room_reads",
];

/** Copies the rows the apartments list reads from the app's D1 database to the floor worker's (Miniflare's D1 API). */
async function copyListRows(from, to) {
  const source = await from.miniflare.getD1Database("DB");
  const target = await to.miniflare.getD1Database("DB");
  const inserts = [];
  for (const table of LIST_TABLES) {
    const { results } = await source.prepare(`SELECT * FROM "${table}"`).all();
    for (const row of results) {
      const columns = Object.keys(row);
      inserts.push(
        target
          .prepare(
            `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
          )
          .bind(...columns.map((c) => row[c])),
      );
    }
  }
  await target.batch(inserts);
}

/** The built worker (build/server with its render worker), with workerd's inspector open when `inspect`. */
async function startAppWorker(inspect, jwtSecret) {
  if (APARTMENTS_VIA === "wrangler-dev") return startLocalWorker();
  const inspectorPort = inspect ? await freePort() : undefined;
  return startDirectWorker({ inspectorPort, vars: { JWT_SECRET: jwtSecret } });
}

/**
 * The bare baseline, the list's floor (the same request's work with none of our code, bench/bare-worker
 * GET /list, on a copy of the app's rows), one D1 round trip (the floor worker's GET /d1) and the apartments
 * list, on three local workerd processes (bare; floor and /d1; the app, so build/server must be built), in the
 * same run, measured in alternating rounds (`alternate`). `profile(worker, run,
 * requestsOf)`, when given, wraps the measurement (bench/profile.mjs records a CPU profile of the app worker
 * through its `inspectorPort`; `requestsOf(results)` tells it how many requests the app served). The floor
 * runs on workerd directly only (`floor` and `d1` are null with APARTMENTS_VIA=wrangler-dev). Answers the
 * summaries `{ baseline, apartments, d1, floor, floorAssets, via }` (req/s, p50/p99 ms, errors, CPU ms per
 * request each; `floorAssets` whether the floor had the assets router in front, as the app has).
 */
export async function benchApartments({ profile } = {}) {
  const jwtSecret = randomBytes(32).toString("base64");
  const withFloor = APARTMENTS_VIA === "workerd";
  if (process.env.BENCH_VERBOSE) console.error("bare workers…");
  const bare = await startBareWorker();
  let app;
  let floorWorker;
  try {
    floorWorker = withFloor ? await startBareWorker({ floor: true, jwtSecret }) : undefined;
    app = await startAppWorker(Boolean(profile), jwtSecret);
    if (process.env.BENCH_VERBOSE) console.error("seeding…");
    const auth = await seedApartments(app.url);
    const scenarios = [
      { url: `${bare.url}/bare`, headers: {}, pid: bare.pid },
      { url: `${app.url}/api/apartments?limit=50`, headers: auth, pid: app.pid },
    ];
    if (floorWorker) {
      await copyListRows(app, floorWorker);
      const url = `${floorWorker.url}/list?limit=50`;
      const check = await (await fetch(url, { headers: auth })).json();
      if (check.results?.length !== 50)
        throw new Error(`floor: expected 50 apartments, got ${JSON.stringify(check).slice(0, 200)}`);
      scenarios.push(
        { url: `${floorWorker.url}/d1`, headers: {}, pid: floorWorker.pid },
        { url, headers: auth, pid: floorWorker.pid },
      );
    }
    if (process.env.BENCH_VERBOSE) console.error("measuring…");
    const measure = () => alternate(scenarios);
    const [baseline, apartments, d1 = null, floor = null] = profile
      ? await profile(app, measure, (results) => results[1].requests + results[1].warmup)
      : await measure();
    return { baseline, apartments, d1, floor, floorAssets: Boolean(floor) && FLOOR_ASSETS, via: APARTMENTS_VIA };
  } finally {
    await app?.stop();
    await floorWorker?.stop();
    await bare.stop();
  }
}

const fmt = (n, d = 1) => n.toFixed(d);

/**
 * The bench table's rows (markdown): req/s and the server's CPU per request, req/s as a ratio of the bare
 * baseline's, and the list's and its floor's req/s and CPU as ratios of the floor's when there is one.
 */
export function printApartments({ baseline, apartments, d1, floor, floorAssets }) {
  const front = floorAssets ? "assets router in front" : "NO assets router in front, unlike the API";
  console.log(
    "| scenario | requests | req/s | p50 ms | p99 ms | errors | workerd CPU ms/request | req/s vs baseline | req/s vs floor | CPU vs floor |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  const rows = [
    ["bare Hono GET /bare (baseline)", baseline],
    ...(d1 ? [[`bare Hono + one D1 round trip (SELECT 1; ${front})`, d1]] : []),
    ...(floor ? [[`floor: bare Hono doing the list's work (token, same D1 batch, same rows; ${front})`, floor]] : []),
    ["GET /api/apartments?limit=50 (auth, 50 rows)", apartments],
  ];
  for (const [name, r] of rows) {
    const vsFloor = floor && (r === floor || r === apartments);
    const rps = vsFloor ? `${fmt(r.rps / floor.rps, 2)}×` : "";
    const cpu = vsFloor ? `${fmt(r.cpuMsPerRequest / floor.cpuMsPerRequest, 2)}×` : "";
    console.log(
      `| ${name} | ${r.requests} | ${fmt(r.rps, 0)} | ${fmt(r.p50, 2)} | ${fmt(r.p99, 2)} | ${r.errors} | ${fmt(r.cpuMsPerRequest, 2)} | ${fmt(r.rps / baseline.rps, 2)}× | ${rps} | ${cpu} |`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.env.RENTLINE_SKIP_BUILD) {
    run("node", ["scripts/subset-fonts.mjs"], { stdio: ["ignore", "ignore", "inherit"] });
    run("react-router", ["build"], { stdio: ["ignore", "ignore", "inherit"] });
  }
  const dir = process.env.BENCH_PROFILE;
  const profile = dir ? (await import("./profile.mjs")).profiling(dir) : undefined;
  const result = await benchApartments({ profile });
  const where =
    APARTMENTS_VIA === "workerd"
      ? "workerd via Miniflare's API (through its entry worker, no wrangler dev proxy)"
      : "wrangler dev";
  console.log(`\n${CONCURRENCY} concurrent clients, ${DURATION_MS / 1000}s per scenario, ${where}\n`);
  printApartments(result);
}
