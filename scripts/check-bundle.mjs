// The production bundle builds (`wrangler deploy --dry-run` on the built worker) and stays far under
// Cloudflare's Worker size limit (3 MiB gzipped on the free plan, 10 MiB paid). Prints the figure.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { root, run } from "./lib.mjs";

const LIMIT = 3 * 1024 * 1024;
const out = mkdtempSync(join(tmpdir(), "rentline-bundle-"));
run("wrangler", ["deploy", "--dry-run", "--outdir", out, "-c", join(root, "build/server/wrangler.json")], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
});
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(m?js|wasm)$/.test(name)) files.push(path);
  }
};
walk(out);
const raw = files.reduce((sum, f) => sum + statSync(f).size, 0);
const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
rmSync(out, { recursive: true, force: true });
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`worker bundle: ${files.length} modules, ${kib(raw)} raw, ${kib(gzip)} gzip (limit ${kib(LIMIT)} gzip)`);
if (gzip > LIMIT) {
  console.error("worker bundle is over the size limit");
  process.exit(1);
}
