// The bundle budget of issue 17 §1, on the production build (`npm run build` first; `npm test` runs it after
// the build). Three checks, then the figures:
// 1. Size: the Worker that serves pages and the API (build/server) must stay at or under 1 MiB gzipped, wasm
//    included, measured on what `wrangler deploy --dry-run` would upload. The render Worker (build/render:
//    pdf-lib, fontkit, photon's wasm) is measured and printed, against Cloudflare's own limit (3 MiB gzip on the
//    free plan), not the budget.
// 2. Separation: the serving Worker must not carry the render code again. Its source maps list every module it
//    was built from; any of pdf-lib, fontkit, photon, the PDF drawing code (worker/lib/pdf/{fonts,layout,shape,
//    writer}.ts, the features' PDF layouts), the image codec or the render entry fails the check, naming them.
//    A wasm module in its upload fails it too. (Type-only imports are erased, so the rule is on what ships.)
// 3. Start-up: the CPU time workerd spends compiling and evaluating the serving Worker's global scope, from
//    `wrangler check startup` (a CPU profile of the start-up phase in local workerd: the sampled time that is
//    not idle). Printed, not asserted: it is a timing on a shared machine (README "Performance" quotes it).
//    RENTLINE_SKIP_STARTUP=1 skips it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { root, run } from "./lib.mjs";
import { startupMs } from "./startup-cpu.mjs";

const BUDGET = 1024 * 1024;
const CLOUDFLARE_LIMIT = 3 * 1024 * 1024;
const SERVING = join(root, "build/server");
const RENDER = join(root, "build/render");
/** Modules that belong to the render Worker only (paths as the source maps name them). */
const RENDER_ONLY = [
  /node_modules\/(pdf-lib|@pdf-lib\/[^/]+|@cf-wasm\/photon)\//,
  /worker\/lib\/pdf\/(fonts|layout|shape|writer)\.ts$/,
  /worker\/lib\/image-codec\.ts$/,
  /worker\/documents\/render\.ts$/,
  /worker\/rent\/(receipt|partial-receipt)\.ts$/,
  /worker\/expenses\/statement-pdf\.ts$/,
  /worker\/leases\/revision\/letter\.ts$/,
  /workers\/render\//,
];

const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
const env = { ...process.env, WRANGLER_SEND_METRICS: "false" };

function walk(dir, test) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path, test));
    else if (test(name)) out.push(path);
  }
  return out;
}

/** What `wrangler deploy` would upload for the built Worker in `dir`: its modules' count, raw and gzip bytes. */
function uploadOf(dir) {
  const out = mkdtempSync(join(tmpdir(), "rentline-bundle-"));
  try {
    run("wrangler", ["deploy", "--dry-run", "--outdir", out, "-c", join(dir, "wrangler.json")], {
      stdio: ["ignore", "ignore", "inherit"],
      env,
    });
    const files = walk(out, (name) => /\.(m?js|wasm)$/.test(name));
    return {
      modules: files.length,
      wasm: files.filter((f) => f.endsWith(".wasm")).map((f) => relative(out, f)),
      raw: files.reduce((sum, f) => sum + statSync(f).size, 0),
      gzip: files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The render-only modules the serving Worker was built from, read from its source maps. */
function renderModulesIn(dir) {
  const found = new Set();
  for (const map of walk(dir, (name) => name.endsWith(".js.map"))) {
    for (const source of JSON.parse(readFileSync(map, "utf8")).sources ?? [])
      if (RENDER_ONLY.some((re) => re.test(source))) found.add(source.replace(/^(\.\.\/)+/, ""));
  }
  return [...found].sort();
}

const failures = [];
const serving = uploadOf(SERVING);
const render = uploadOf(RENDER);
console.log(
  `serving worker (build/server): ${serving.modules} modules, ${kib(serving.raw)} raw, ${kib(serving.gzip)} gzip (budget ${kib(BUDGET)} gzip)`,
);
console.log(
  `render worker (build/render): ${render.modules} modules, ${kib(render.raw)} raw, ${kib(render.gzip)} gzip (Cloudflare's limit ${kib(CLOUDFLARE_LIMIT)} gzip)`,
);
if (serving.gzip > BUDGET)
  failures.push(`the serving worker is ${kib(serving.gzip)} gzip, over its ${kib(BUDGET)} budget`);
if (render.gzip > CLOUDFLARE_LIMIT)
  failures.push(`the render worker is over Cloudflare's ${kib(CLOUDFLARE_LIMIT)} limit`);
if (serving.wasm.length) failures.push(`the serving worker uploads wasm: ${serving.wasm.join(", ")}`);
const leaked = renderModulesIn(SERVING);
if (leaked.length)
  failures.push(
    `the serving worker bundles render-only code (import it from workers/render, reach it through RENDER): ${leaked.join(", ")}`,
  );
if (process.env.RENTLINE_SKIP_STARTUP !== "1") {
  const ms = startupMs(SERVING);
  console.log(
    ms === null
      ? "serving worker start-up: not measured (wrangler check startup gave up: a loaded machine?)"
      : `serving worker start-up: ${ms.toFixed(0)} ms CPU compiling and evaluating its global scope (wrangler check startup, local workerd)`,
  );
}
for (const failure of failures) console.error(failure);
if (failures.length) process.exit(1);
