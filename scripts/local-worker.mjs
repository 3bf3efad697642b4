// Starts the BUILT worker (build/server) under `wrangler dev` on loopback, against a throwaway local
// state directory with the D1 migrations applied. Used by the e2e suite and the benchmarks; the caller
// stops it with `stop()` (kills the process group it started, by pid).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
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

export async function startLocalWorker({
  config = join(root, "build/server/wrangler.json"),
  migrate = true,
  vars = {},
  seed,
} = {}) {
  const state = mkdtempSync(join(tmpdir(), "rentline-state-"));
  const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };
  if (migrate)
    run("wrangler", ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state, "-c", config], {
      stdio: ["ignore", "ignore", "inherit"],
      env,
    });
  if (seed) seed(state);
  const envFile = join(state, "secrets.env");
  writeFileSync(
    envFile,
    Object.entries({ ...testVars(), ...vars })
      .map(([k, v]) => `${k}=${v}`)
      .join("\n"),
  );
  const port = await freePort();
  const args = [
    "dev",
    "-c",
    config,
    "--port",
    String(port),
    "--ip",
    "127.0.0.1",
    "--persist-to",
    state,
    "--env-file",
    envFile,
    "--show-interactive-dev-session=false",
    "--test-scheduled",
    "--inspector-port",
    String(await freePort()),
  ];
  const child = startProcess("wrangler", args, { env });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/healthz`);
  } catch (error) {
    stopProcess(child);
    console.error(output);
    throw error;
  }
  return {
    url,
    pid: child.pid,
    output: () => output,
    async stop() {
      stopProcess(child);
      await new Promise((r) => (child.exitCode !== null ? r() : child.once("exit", r)));
      rmSync(state, { recursive: true, force: true });
    },
  };
}
