import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort } from "../../scripts/local-worker.mjs";

/**
 * The browser suite's Stripe (tests/e2e/fake-stripe.mjs), a process of its own started by the global setup
 * before the worker: the worker gets the keys and the fake's URL as STRIPE_API_BASE, the fake gets the
 * worker's webhook URL, so a renter pays online end to end without the internet.
 */
const STRIPE_SECRET_KEY = "sk_test_rentline_e2e";
const STRIPE_WEBHOOK_SECRET = "whsec_test_rentline_e2e";

/** Starts the fake on a free port (waits until it listens); `stop()` kills it by its pid. */
export async function startFakeStripe(workerUrl: string) {
  const port = await freePort();
  const child = spawn(process.execPath, [fileURLToPath(new URL("./fake-stripe.mjs", import.meta.url))], {
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      FAKE_STRIPE_PORT: String(port),
      FAKE_STRIPE_SECRET_KEY: STRIPE_SECRET_KEY,
      FAKE_STRIPE_WEBHOOK_SECRET: STRIPE_WEBHOOK_SECRET,
      FAKE_STRIPE_WEBHOOK_URL: `${workerUrl}/api/stripe/webhook`,
    },
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`the fake Stripe exited with ${code}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  const vars = { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_API_BASE: url };
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, "SIGTERM");
  };
  return { url, pid: child.pid, vars, stop };
}
