// Server-rendered pages (issue 17 §5): time to first byte (p50/p99) and HTML size (raw and gzip) of the main
// pages of the BUILT worker on local workerd, against its cheapest route (/healthz: the middleware and one
// `select 1` on D1, no page rendering), sequentially and at modest concurrency, as ratios measured in the same
// run; then the gzip size of the JavaScript each page loads, read from the page's own HTML (every /assets/*.js
// it names: the entry and route modules and their <link rel="modulepreload"> list) and summed from build/client.
// The data is the demo's (scripts/seed.mjs rows, then scripts/demo.mjs through the API): a landlord org with
// properties and apartments, a lease a renter joined, published listings. Signed-in pages send the session
// cookies the browser would (rl_access, rl_refresh, and rl_org for staff), from POST /api/auth/login.
// Usage: `node bench/pages.mjs` alone (after `npm run build`), or `benchPages()` from bench/run.mjs.
// BENCH_PAGE_REQUESTS (default 100) requests per page sequentially, then as many at BENCH_PAGE_CONCURRENCY (4).
import { request as httpRequest, Agent } from "node:http";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { gzipBytes, BUDGET_BYTES } from "../scripts/check-client-js.mjs";
import { seedDemo } from "../scripts/demo.mjs";
import { DEMO_PASSWORD, DEMO_USERS, ORG_ID } from "../scripts/demo/data.mjs";
import { root } from "../scripts/lib.mjs";
import { startLocalWorker } from "../scripts/local-worker.mjs";
import { seedLocal } from "../scripts/seed.mjs";

const REQUESTS = Number(process.env.BENCH_PAGE_REQUESTS ?? 100);
const CONCURRENCY = Number(process.env.BENCH_PAGE_CONCURRENCY ?? 4);
const WARMUP = 20;

/**
 * One GET over a kept-alive connection: `ttfb` (ms from sending to the response's status line and headers, the
 * first bytes on the wire), `total` (ms to the last byte), the status, headers and body.
 */
function get(agent, url, cookie) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = httpRequest(url, { agent, headers: cookie ? { cookie } : {} }, (res) => {
      const ttfb = performance.now() - started;
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () =>
        resolve({
          ttfb,
          total: performance.now() - started,
          status: res.statusCode,
          headers: res.headers,
          body: Buffer.concat(chunks),
        }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** `count` GETs of `url`, `concurrency` at a time: TTFB p50/p99 (ms) and non-200 answers. */
async function measure(agent, url, cookie, count, concurrency) {
  const ttfbs = [];
  let errors = 0;
  let next = 0;
  const client = async () => {
    while (next++ < count) {
      const res = await get(agent, url, cookie);
      if (res.status !== 200) errors++;
      ttfbs.push(res.ttfb);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  ttfbs.sort((a, b) => a - b);
  return { requests: ttfbs.length, p50: pct(ttfbs, 50), p99: pct(ttfbs, 99), errors };
}

/**
 * The /assets/*.js files the page makes the browser load: its <link rel="modulepreload"> list, <script src>
 * and the inline module script's `import` statements, then the catalogue chunks of the page's language those
 * files ask for before hydrating (their `rl-ns:` markers, looked up in the page's own catalogue map, the
 * `<meta name="rl-catalogue">` JSON: app/i18n/catalogue-map.tsx). (The inline route manifest also names
 * modules of routes the page may navigate to; the browser fetches those only on navigation, so they are not
 * counted.)
 */
function scriptsOf(html) {
  const patterns = [
    /<link[^>]*rel="modulepreload"[^>]*href="(\/assets\/[^"]+\.js)"/g,
    /<link[^>]*href="(\/assets\/[^"]+\.js)"[^>]*rel="modulepreload"/g,
    /<script[^>]*src="(\/assets\/[^"]+\.js)"/g,
    /\bimport\s*(?:[\w*{}\s,$]+from\s*)?\(?\s*["'](\/assets\/[^"']+\.js)["']/g,
  ];
  const code = [...new Set(patterns.flatMap((re) => [...html.matchAll(re)].map((m) => m[1])))];
  const attribute = /<meta name="rl-catalogue" content="([^"]*)"/.exec(html)?.[1] ?? "{}";
  const map = JSON.parse(attribute.replaceAll("&quot;", '"').replaceAll("&amp;", "&"));

  const namespaces = new Set(
    code.flatMap((f) =>
      [...readFileSync(join(root, "build/client", f), "utf8").matchAll(/rl-ns:([\w,]+)/g)].flatMap((m) =>
        m[1].split(","),
      ),
    ),
  );
  return [...code, ...[...namespaces].map((ns) => map[ns]).filter(Boolean)];
}

/** Signs in and returns the Cookie header a browser would send after it (plus the org cookie for staff). */
async function sessionCookie(url, email, orgId) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  const { accessToken, refreshToken } = await res.json();
  return [`rl_access=${accessToken}`, `rl_refresh=${refreshToken}`, ...(orgId ? [`rl_org=${orgId}`] : [])].join("; ");
}

/**
 * Starts the built worker (build/server) with the demo seeded, measures the pages and stops it. Returns
 * `{ requests, concurrency, baseline: { sequential, concurrent }, pages: [{ name, path, signedIn, status,
 * htmlBytes, htmlGzipBytes, jsFiles, jsGzipBytes, sequential, concurrent }] }`; times in ms, sizes in bytes.
 */
export async function benchPages() {
  const config = join(root, "build/server/wrangler.json");
  const app = await startLocalWorker({ config, seed: (state) => seedLocal(["--persist-to", state, "-c", config]) });
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    const { apartments, listings } = await seedDemo(app.url);
    const email = (key) => DEMO_USERS.find((u) => u.key === key).email;
    const owner = await sessionCookie(app.url, email("owner"), ORG_ID);
    const renter = await sessionCookie(app.url, email("renter"), undefined);
    // The renter's home: /homes sends a renter with one home straight to it.
    const homes = await get(agent, `${app.url}/homes`, renter);
    const home = homes.headers.location;
    if (homes.status !== 302 || !home?.startsWith("/homes/"))
      throw new Error(`/homes did not send the renter to their home (${homes.status} ${home})`);
    const targets = [
      { name: "landing", path: "/" },
      { name: "listings search (Lyon)", path: "/listings?city=Lyon" },
      { name: "a listing", path: `/listings/${listings.studio}` },
      { name: "landlord dashboard", path: "/dashboard", cookie: owner },
      { name: "an apartment (landlord)", path: `/apartments/${apartments["1A"]}`, cookie: owner },
      { name: "renter's home", path: home, cookie: renter },
    ];
    const baselineUrl = `${app.url}/healthz`;
    const run = async (url, cookie) => {
      for (let i = 0; i < WARMUP; i++) await get(agent, url, cookie);
      return {
        sequential: await measure(agent, url, cookie, REQUESTS, 1),
        concurrent: await measure(agent, url, cookie, REQUESTS, CONCURRENCY),
      };
    };
    const baseline = await run(baselineUrl);
    const pages = [];
    for (const t of targets) {
      const first = await get(agent, `${app.url}${t.path}`, t.cookie);
      const html = first.body.toString("utf8");
      if (first.status !== 200 || !html.includes("<html"))
        throw new Error(`${t.path}: expected a 200 page, got ${first.status} ${html.slice(0, 200)}`);
      const jsFiles = scriptsOf(html);
      pages.push({
        name: t.name,
        path: t.path,
        signedIn: Boolean(t.cookie),
        status: first.status,
        htmlBytes: first.body.length,
        htmlGzipBytes: gzipSync(first.body, { level: 9 }).length,
        jsFiles,
        jsGzipBytes: jsFiles.reduce((sum, f) => sum + gzipBytes(f), 0),
        ...(await run(`${app.url}${t.path}`, t.cookie)),
      });
    }
    return { requests: REQUESTS, concurrency: CONCURRENCY, baseline, pages };
  } finally {
    agent.destroy();
    await app.stop();
  }
}

/** Prints the pages table: TTFB p50/p99 sequential and concurrent, ratios of p50 to /healthz's, sizes. */
export function printPages(r) {
  const ms = (n) => n.toFixed(1);
  const kib = (n) => (n / 1024).toFixed(1);
  const { sequential: bs, concurrent: bc } = r.baseline;
  console.log(
    `\nPages — TTFB in ms, ${r.requests} requests each sequentially (seq) and at ${r.concurrency} concurrent (conc); ` +
      `ratio: page p50 ÷ /healthz p50; JS: gzip of every script the page's HTML loads (budget ${kib(BUDGET_BYTES)} KiB)\n`,
  );
  console.log(
    "| page | seq p50 | seq p99 | seq ratio | conc p50 | conc p99 | conc ratio | HTML KiB | HTML gzip KiB | JS gzip KiB | errors |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  console.log(
    `| /healthz (baseline) | ${ms(bs.p50)} | ${ms(bs.p99)} | 1.00× | ${ms(bc.p50)} | ${ms(bc.p99)} | 1.00× | | | | ${bs.errors + bc.errors} |`,
  );
  for (const p of r.pages) {
    const { sequential: s, concurrent: c } = p;
    console.log(
      `| ${p.name}${p.signedIn ? " (signed in)" : ""} | ${ms(s.p50)} | ${ms(s.p99)} | ${(s.p50 / bs.p50).toFixed(2)}× | ` +
        `${ms(c.p50)} | ${ms(c.p99)} | ${(c.p50 / bc.p50).toFixed(2)}× | ${kib(p.htmlBytes)} | ${kib(p.htmlGzipBytes)} | ` +
        `${kib(p.jsGzipBytes)}${p.jsGzipBytes > BUDGET_BYTES ? " ✗" : ""} | ${s.errors + c.errors} |`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printPages(await benchPages());
