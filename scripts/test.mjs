// `npm test`: everything CI checks, in order — the static checks of `npm run check` (format, lint, types,
// dependency rules, dead code, OpenAPI lint; side by side), Vitest inside workerd (unit and integration,
// real D1 migrations), the production build, bundle check and client JS budget, the browser suite.
// The last line totals every test: "N passed, N failed"; each failed check counts as one failure.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runChecks } from "./check.mjs";
import { root } from "./lib.mjs";

const steps = [];
let passed = 0;
let failed = 0;

function step(name, cmd, args, opts = {}) {
  console.log(`\n━━ ${name}`);
  const started = Date.now();
  const res = spawnSync(cmd, args, {
    cwd: root,
    stdio: opts.capture ? ["ignore", "pipe", "inherit"] : "inherit",
    encoding: "utf8",
    env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" },
  });
  if (opts.capture) process.stdout.write(res.stdout);
  const ok = res.status === 0;
  steps.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(0) });
  return { ok, stdout: res.stdout ?? "" };
}

console.log("\n━━ checks (npm run check)");
for (const check of await runChecks()) {
  steps.push({ name: `check: ${check.name}`, ok: check.ok, seconds: check.seconds.toFixed(0) });
  if (!check.ok) failed++;
}

let failedVitest = [];
const report = join(mkdtempSync(join(tmpdir(), "rentline-vitest-")), "report.json");
const vitest = step("vitest (workerd)", "vitest", [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
]);
try {
  const json = JSON.parse(readFileSync(report, "utf8"));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  failedVitest = json.testResults.flatMap((file) =>
    file.assertionResults
      .filter((t) => t.status === "failed")
      .map((t) => {
        const why = (t.failureMessages?.[0] ?? "").split("\n")[0].slice(0, 300);
        return `${file.name.slice(root.length)} › ${t.fullName}: ${why}`;
      }),
  );
  if (json.numFailedTests === 0)
    failedVitest.push(
      ...json.testResults
        .filter((f) => f.status === "failed")
        .map((f) => `${f.name.slice(root.length)}: ${(f.message ?? "").split("\n")[0].slice(0, 300)}`),
    );
  if (!vitest.ok && json.numFailedTests === 0) failed++;
} catch {
  failed++;
}

const build = step("build", "npm", ["run", "--silent", "build"]);
const bundle = build.ok
  ? step("bundle check (wrangler deploy --dry-run)", "node", ["scripts/check-bundle.mjs"])
  : { ok: false };
if (!build.ok || !bundle.ok) failed++;
// No page ships more than 150 KiB of gzip JavaScript (issue 17 §5); reads only build/client.
const clientJs = build.ok
  ? step("client JS budget (150 KiB gzip per page)", "node", ["scripts/check-client-js.mjs"])
  : { ok: false };
if (build.ok && !clientJs.ok) failed++;

const e2e = build.ok
  ? step("browser suite (Chromium)", "playwright", ["test"], { capture: true })
  : { ok: false, stdout: "" };
const e2eCount = e2e.stdout.match(/browser suite: (\d+) passed, (\d+) failed/);
if (e2eCount) {
  passed += Number(e2eCount[1]);
  failed += Number(e2eCount[2]);
} else if (build.ok) {
  failed++;
}

console.log("\n━━ summary");
for (const s of steps) console.log(`${s.ok ? "✓" : "✗"} ${s.name} (${s.seconds}s)`);
// CI keeps only the end of the output: name what failed where it will be read.
for (const name of failedVitest) console.log(`  ✗ vitest: ${name}`);
for (const line of e2e.stdout.split("\n").filter((l) => /^\s+✘/.test(l)))
  console.log(`  ✗ browser:${line.trim().slice(1)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || steps.some((s) => !s.ok) ? 1 : 0);
