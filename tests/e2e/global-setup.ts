import { spawnSync } from "node:child_process";
import { freePort, startLocalWorker } from "../../scripts/local-worker.mjs";
import { publishWorker, SERVER_URL_VARIABLE, STATE_VARIABLE, STRIPE_URL_VARIABLE } from "./server";
import { startFakeStripe } from "./stripe";

/**
 * Browser suite global setup: builds the app with React's development runtime (unless RENTLINE_SKIP_BUILD=1), starts the BUILT worker under
 * `wrangler dev` on loopback against a throwaway state directory (scripts/local-worker.mjs), and hands its
 * URL to the tests. Online payments are on: a local fake Stripe (tests/e2e/stripe.ts) is started first, on
 * its own process, and the worker talks to it. The returned teardown stops the worker's process group and
 * the fake by their pids and removes the state directory; if the runner dies without tearing down, an exit
 * hook still kills them. Nothing is left running.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (process.env.RENTLINE_SKIP_BUILD !== "1") {
    // `npm run build`: the PDF fonts (public/fonts), then the app, with React's development runtime
    // (NODE_ENV=development; Vite's mode stays "production", so the CSP and everything else is what ships):
    // only that runtime reports hydration mismatches (attributes, text) and React's other warnings on the
    // console, where the fixtures fail the test on them.
    const build = spawnSync("npm", ["run", "--silent", "build"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NODE_ENV: "development" },
    });
    if (build.status !== 0) throw new Error(`npm run build exited with ${build.status}`);
  }
  const port = await freePort();
  const stripe = await startFakeStripe(`http://127.0.0.1:${port}`);
  const worker = await startLocalWorker({ port, vars: stripe.vars }).catch((error: unknown) => {
    stripe.stop();
    throw error;
  });
  const killGroup = () => {
    stripe.stop();
    if (worker.pid === undefined) return;
    try {
      process.kill(-worker.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  process.once("exit", killGroup);
  process.env[SERVER_URL_VARIABLE] = worker.url;
  process.env[STRIPE_URL_VARIABLE] = stripe.url;
  process.env[STATE_VARIABLE] = worker.state;
  publishWorker(worker);
  return async () => {
    await worker.stop();
    stripe.stop();
    process.off("exit", killGroup);
  };
}
