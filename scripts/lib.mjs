// Shared helpers for the Node-side scripts (start, seed, tests, bench). Run through npm scripts, so the
// project's own Node 22 (the `node` devDependency) is first on PATH.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export const root = new URL("..", import.meta.url).pathname;

export function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: "inherit", cwd: root, ...opts });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited with ${res.status}`);
  return res;
}

/** Starts a long-running process in its own process group so it can be stopped with all its children. */
export function startProcess(cmd, args, opts = {}) {
  const child = spawn(cmd, args, { cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"], ...opts });
  return child;
}

export function stopProcess(child) {
  if (!child || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    /* already gone */
  }
}

export async function waitForHttp(url, timeoutMs = 90_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** .dev.vars for local runs: copied from the example with fresh random signing keys. */
export function ensureDevVars() {
  const path = `${root}.dev.vars`;
  if (existsSync(path)) return;
  const example = readFileSync(`${root}.dev.vars.example`, "utf8");
  const filled = example
    .replace(/^JWT_SECRET=.*$/m, `JWT_SECRET=${randomBytes(32).toString("base64")}`)
    .replace(/^FILES_SIGNING_KEY=.*$/m, `FILES_SIGNING_KEY=${randomBytes(32).toString("base64")}`);
  writeFileSync(path, filled);
  console.log("Created .dev.vars with fresh local signing keys.");
}

/** Secrets for a throwaway local worker (tests, bench): never the developer's .dev.vars. */
export function testVars() {
  return {
    APP_ENV: "development",
    JWT_SECRET: randomBytes(32).toString("base64"),
    FILES_SIGNING_KEY: randomBytes(32).toString("base64"),
    GOOGLE_CLIENT_ID: "",
    GOOGLE_CLIENT_SECRET: "",
    STRIPE_SECRET_KEY: "",
    STRIPE_WEBHOOK_SECRET: "",
    STRIPE_API_BASE: "",
    EMAIL_API_KEY: "",
    EMAIL_FROM: "Rentline <no-reply@rentline.test>",
  };
}
