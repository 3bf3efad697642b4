// `npm run check`: the static checks, run side by side as far as the machine's cores allow, each reported with
// pass/fail and seconds. `npm test` runs them first (scripts/test.mjs). `node scripts/check.mjs lint deps` runs
// only the named checks. Lint reads the worker's declarations that `tsc -b` writes, so it waits for typecheck.
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { root } from "./lib.mjs";

/** @typedef {{ name: string, cmd: string, args: string[], after?: string[] }} Check */
/** @type {Check[]} In start order: the long chain (typecheck, then lint) first. */
export const CHECKS = [
  { name: "typecheck", cmd: "npm", args: ["run", "--silent", "typecheck"] },
  { name: "env", cmd: "node", args: ["scripts/check-env-types.mjs"] },
  { name: "format", cmd: "prettier", args: ["--check", "--log-level", "warn", "."] },
  { name: "deps", cmd: "npm", args: ["run", "--silent", "check:deps"] },
  { name: "openapi", cmd: "npm", args: ["run", "--silent", "check:openapi"] },
  { name: "knip", cmd: "npm", args: ["run", "--silent", "check:knip"] },
  { name: "lint", cmd: "eslint", args: ["."], after: ["typecheck"] },
];

const env = {
  ...process.env,
  PATH: `${root}node_modules/.bin:${process.env.PATH}`,
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
  ...(process.stdout.isTTY ? { FORCE_COLOR: "1" } : {}),
};

/** Runs one check, its output buffered so that parallel checks do not interleave. */
function runOne(check) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(check.cmd, check.args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const done = (ok, extra = "") => {
      const seconds = (Date.now() - started) / 1000;
      console.log(`\n━━ check: ${check.name} ${ok ? "passed" : "FAILED"} (${seconds.toFixed(0)}s)`);
      if (output.trim() || extra) console.log(`${output.trimEnd()}${extra}`);
      resolve({ name: check.name, ok, seconds });
    };
    child.on("error", (error) => done(false, `\n${error.message}`));
    child.on("close", (code) => done(code === 0));
  });
}

/**
 * Runs the checks (all, or those named) with at most `jobs` at once.
 * @returns {Promise<{ name: string, ok: boolean, seconds: number }[]>} in the order of CHECKS
 */
export async function runChecks(names = [], jobs = Math.min(availableParallelism(), 4)) {
  const unknown = names.filter((n) => !CHECKS.some((c) => c.name === n));
  if (unknown.length) throw new Error(`unknown check(s): ${unknown.join(", ")}; known: ${CHECKS.map((c) => c.name)}`);
  const selected = CHECKS.filter((c) => !names.length || names.includes(c.name));
  const results = new Map();
  const finished = new Set();
  const pending = [...selected];
  const running = new Set();
  const ready = (c) => (c.after ?? []).every((a) => finished.has(a) || !selected.some((s) => s.name === a));
  await new Promise((resolve) => {
    const pump = () => {
      while (running.size < jobs) {
        const next = pending.find(ready);
        if (!next) break;
        pending.splice(pending.indexOf(next), 1);
        const run = runOne(next).then((result) => {
          results.set(next.name, result);
          finished.add(next.name);
          running.delete(run);
          pump();
        });
        running.add(run);
      }
      if (!running.size && !pending.length) resolve();
    };
    pump();
  });
  return selected.map((c) => results.get(c.name));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const results = await runChecks(process.argv.slice(2));
  console.log("\n━━ checks");
  for (const r of results) console.log(`${r.ok ? "✓" : "✗"} ${r.name} (${r.seconds.toFixed(0)}s)`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(
    `checks: ${results.length - failed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(0)}s`,
  );
  process.exit(failed ? 1 : 0);
}
