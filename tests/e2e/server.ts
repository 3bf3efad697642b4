import type { LocalWorker } from "../../scripts/local-worker.mjs";

/**
 * How the browser suite's pieces find the worker under test. The global setup starts it in the runner
 * process; test workers (other processes) read its URL from this environment variable, and the count
 * reporter (runner process) reads its output through a global, since Playwright may load this module more
 * than once.
 */
export const SERVER_URL_VARIABLE = "RENTLINE_E2E_URL";
/** The fake Stripe's origin (tests/e2e/stripe.ts), where a renter's online checkout goes. */
export const STRIPE_URL_VARIABLE = "RENTLINE_E2E_STRIPE_URL";
/** The worker's state directory (its local D1), for what only the database can do (a platform admin). */
export const STATE_VARIABLE = "RENTLINE_E2E_STATE";

declare global {
  var rentlineE2eWorker: Pick<LocalWorker, "output"> | undefined;
}

/** The worker's origin, e.g. `http://127.0.0.1:41234`; throws outside a run started by the global setup. */
export function serverUrl(): string {
  const url = process.env[SERVER_URL_VARIABLE];
  if (!url) throw new Error(`${SERVER_URL_VARIABLE} is not set: run the suite with \`npm run test:e2e\``);
  return url;
}

export function publishWorker(worker: Pick<LocalWorker, "output">): void {
  globalThis.rentlineE2eWorker = worker;
}

/** The worker's last error and warning lines (structured logs, wrangler's ✘ lines), for a failed test. */
export function workerErrors(limit = 15): string[] {
  const output = globalThis.rentlineE2eWorker?.output() ?? "";
  return output
    .split("\n")
    .filter((line) => /"level":"(error|warn)"|Error|✘/.test(line))
    .slice(-limit);
}
