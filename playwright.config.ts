import { defineConfig } from "@playwright/test";

/**
 * The browser suite (`npm run test:e2e`, part of `npm test`): tests/e2e/specs/*.spec.ts in Debian's
 * Chromium (never a downloaded browser), against the built worker that tests/e2e/global-setup.ts builds,
 * starts on loopback and stops. One worker: the machine has two cores and the specs share one server.
 * Failure screenshots, browser errors and traces land in tests/e2e/artifacts/results/, which Playwright empties
 * at the start of each run; the screenshots specs keep for review go to tests/e2e/artifacts/screens/, which a
 * run of other specs leaves alone (both gitignored). The last line
 * is `browser suite: N passed, N failed` (tests/e2e/count-reporter.ts), which scripts/test.mjs totals.
 */
export default defineConfig({
  testDir: "./tests/e2e/specs",
  testMatch: "*.spec.ts",
  outputDir: "./tests/e2e/artifacts/results",
  globalSetup: "./tests/e2e/global-setup.ts",
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // Whole flows with several browsers, PDF rendering and queues: minutes, not the default 30 s.
  timeout: 180_000,
  // Assertions wait for the page's own event (a revalidation, a room message); on a loaded 2-core machine that
  // can take longer than Playwright's 5 s default, so they get what actions get (fixtures.ts: 15 s).
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["./tests/e2e/count-reporter.ts"]],
  use: {
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
      ],
    },
  },
});
