// Starts the BUILT worker (build/server) under `wrangler dev` on loopback, with the D1 migrations applied,
// simulated D1/R2/Durable Objects/Queues and the local cron trigger (`--test-scheduled`), and the render worker
// it calls (build/render, the RENDER service binding: PDFs and images) in the same session: a second `-c`
// (wrangler dev runs every config given, the first one serving, and binds services between them by name). The one way the
// built product is served locally: `npm start` (persistent state in .wrangler/state, the developer's
// .dev.vars, a fixed port) and the e2e suite and benchmarks (a throwaway state directory, fresh test
// secrets, a free port). The caller stops it with `stop()` (kills the process group it started, by pid).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root, run, startProcess, stopProcess, testVars, waitForHttp } from "./lib.mjs";

export async function freePort() {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The secrets file: the given one (npm start: .dev.vars), else fresh test secrets in the state directory. */
function secretsFile(state, envFile, vars) {
  if (envFile) return envFile;
  const file = join(state, "secrets.env");
  writeFileSync(
    file,
    Object.entries({ ...testVars(), ...vars })
      .map(([k, v]) => `${k}=${v}`)
      .join("\n"),
  );
  return file;
}

const SERVING = join(root, "build/server/wrangler.json");
const RENDER = join(root, "build/render/wrangler.json");

export async function startLocalWorker({
  config = SERVING,
  migrate = true,
  vars = {},
  seed,
  state: keptState,
  envFile,
  port: fixedPort,
  echo = false,
} = {}) {
  const state = keptState ?? mkdtempSync(join(tmpdir(), "rentline-state-"));
  if (keptState) mkdirSync(keptState, { recursive: true });
  const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };
  if (migrate)
    run("wrangler", ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state, "-c", config], {
      stdio: ["ignore", "ignore", "inherit"],
      env,
    });
  if (seed) seed(state);
  const port = fixedPort ?? (await freePort());
  const inspectorPort = await freePort();
  const args = [
    "dev",
    "-c",
    config,
    // The built product runs with its render worker; another config (bench/render-worker) runs alone.
    ...(config === SERVING ? ["-c", RENDER] : []),
    "--port",
    String(port),
    "--ip",
    "127.0.0.1",
    "--persist-to",
    state,
    "--env-file",
    secretsFile(state, envFile, vars),
    "--show-interactive-dev-session=false",
    "--test-scheduled",
    "--inspector-port",
    String(inspectorPort),
  ];
  const child = startProcess("wrangler", args, { env });
  let output = "";
  child.stdout.on("data", (d) => {
    output += d;
    if (echo) process.stdout.write(d);
  });
  child.stderr.on("data", (d) => {
    output += d;
    if (echo) process.stderr.write(d);
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/healthz`);
  } catch (error) {
    stopProcess(child);
    if (!echo) console.error(output);
    throw error;
  }
  return {
    url,
    /** The persisted state directory (D1, R2, …), for `wrangler d1 execute --persist-to` from tests. */
    state,
    pid: child.pid,
    /** wrangler's inspector (Chrome DevTools Protocol: /json lists the worker's socket), for bench/profile.mjs. */
    inspectorPort,
    output: () => output,
    exited: new Promise((r) => (child.exitCode !== null ? r(child.exitCode) : child.once("exit", r))),
    async stop() {
      stopProcess(child);
      await new Promise((r) => (child.exitCode !== null ? r() : child.once("exit", r)));
      if (!keptState) rmSync(state, { recursive: true, force: true });
    },
  };
}
