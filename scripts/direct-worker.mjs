// Starts the BUILT worker (build/server) on workerd DIRECTLY, through Miniflare's Node API, for benchmarks:
// no `wrangler dev` in front (its proxy worker, a second workerd hop for every request and WebSocket frame,
// and its inspector proxy are left out). The options come from the same wrangler config that `wrangler dev`
// reads (wrangler's `unstable_getMiniflareWorkerOptions`: bindings, Durable Objects with SQLite, D1, R2,
// Queues, assets, compatibility date and flags); state lives in a throwaway directory laid out as
// `wrangler dev --persist-to` lays it out (`<state>/v3`), with the D1 migrations applied by
// `wrangler d1 migrations apply --local` first. Secrets are fresh test secrets (scripts/lib.mjs `testVars`).
// Loopback only; `stop()` disposes Miniflare, which ends its workerd process, and removes the state.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
import { root, run, testVars } from "./lib.mjs";
import { freePort } from "./local-worker.mjs";

/** The workerd processes among the descendants of `pid` (Miniflare spawns one), from /proc. */
function workerdPids(pid) {
  const found = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift();
    let children = [];
    try {
      children = readdirSync(`/proc/${p}/task`).flatMap((task) =>
        readFileSync(`/proc/${p}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number),
      );
    } catch {
      /* gone */
    }
    for (const child of children) {
      try {
        if (readFileSync(`/proc/${child}/comm`, "utf8").trim() === "workerd") found.push(child);
      } catch {
        /* gone */
      }
      queue.push(child);
    }
  }
  return found;
}

/** The built worker's modules (the entry first): JavaScript as ES modules, WebAssembly compiled. */
function builtModules(entry) {
  const dir = dirname(entry);
  const others = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((file) => join(dir, file))
    .filter((path) => path !== entry && /\.(m?js|wasm)$/.test(path));
  return [entry, ...others].map((path) => ({ type: path.endsWith(".wasm") ? "CompiledWasm" : "ESModule", path }));
}

const SERVING = join(root, "build/server/wrangler.json");
/** A build's render worker config, beside its serving worker's (build/render next to build/server, or a copy). */
const renderOf = (config) => resolve(dirname(config), "../render/wrangler.json");
/** Whether `config` runs with a render worker: a build's serving worker config (in `server/`) whose build has one. */
const hasRender = (config) => basename(dirname(resolve(config))) === "server" && existsSync(renderOf(config));

/**
 * Starts the worker of `config` (default the built one) on workerd via Miniflare, on 127.0.0.1 and a free
 * port (or `port`). `inspectorPort` opens workerd's inspector (CPU profiles); `echo` prints the worker's logs.
 * `directSocket` gives the worker a socket of its own (Miniflare's `unsafeDirectSockets`) and answers its URL:
 * requests then skip Miniflare's entry worker (a development proxy) and meet, in front of the worker, only the
 * static-assets router, as on Cloudflare (with Miniflare's assets proxy before it). Answers `{ url, state, pid,
 * stop() }`: `pid` is the workerd process (for CPU accounting from /proc; this Node process only drives it).
 */

export async function startDirectWorker({
  config = SERVING,
  migrate = true,
  vars = {},
  port: fixedPort,
  inspectorPort,
  echo = false,
  directSocket = false,
} = {}) {
  const state = mkdtempSync(join(tmpdir(), "rentline-direct-"));
  const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };
  let mf;
  try {
    if (migrate)
      run(
        join(root, "node_modules/.bin/wrangler"),
        ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state, "-c", config],
        {
          stdio: ["ignore", "ignore", "inherit"],
          env,
        },
      );
    // Miniflare 5 takes the module list, not wrangler's module rules: every built module, as the rules type it.
    const worker = (file, name, extra = {}) => {
      const { workerOptions, main } = unstable_getMiniflareWorkerOptions(file);
      const { modulesRules: _rules, ...options } = workerOptions;
      const scriptPath = main ?? join(dirname(file), "index.js");
      return {
        ...options,
        name,
        rootPath: dirname(file),
        modules: builtModules(scriptPath),
        modulesRoot: dirname(scriptPath),
        bindings: { ...options.bindings, ...extra },
      };
    };
    const before = new Set(workerdPids(process.pid));
    const port = fixedPort ?? (await freePort());
    mf = new Miniflare(
      convertV4MiniflareOptions({
        host: "127.0.0.1",
        port,
        inspectorPort,
        resourcePersistencePath: join(state, "v3"),
        verbose: false,
        // The worker's JSON request log (one line per request and frame) would bury the bench's tables.
        handleStructuredLogs: echo ? undefined : () => {},
        // The built product runs with its render worker (the RENDER service binding: PDFs and images), as
        // `wrangler dev -c build/server/wrangler.json -c build/render/wrangler.json` runs it (a copy of a build, or
        // another config beside build/server, too: its ../render/wrangler.json); a config without one runs alone.
        workers: [
          {
            ...worker(config, "rentline", { ...testVars(), ...vars }),
            ...(directSocket ? { unsafeDirectSockets: [{ host: "127.0.0.1" }] } : {}),
          },
          ...(hasRender(config) ? [worker(renderOf(config), "rentline-render")] : []),
        ],
      }),
    );
    const { origin: url } = directSocket ? await mf.unsafeGetDirectURL("rentline") : await mf.ready;
    const pid = workerdPids(process.pid).find((p) => !before.has(p));
    return {
      url,
      state,
      pid,
      /** workerd's inspector port when one was asked for (bench/profile.mjs: CPU profiles), else undefined. */
      inspectorPort,
      /** The Miniflare instance (D1 and Durable Object stubs for tests that need them). */
      miniflare: mf,
      async stop() {
        await mf.dispose();
        rmSync(state, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await mf?.dispose().catch(() => {});
    rmSync(state, { recursive: true, force: true });
    throw error;
  }
}
