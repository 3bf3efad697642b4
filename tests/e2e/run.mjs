// Browser end-to-end suite: builds the app, starts the built worker on loopback (scripts/local-worker.mjs),
// drives Debian's Chromium with playwright-core, stops everything it started, and ends with the line
// "N passed, N failed". Usage: node tests/e2e/run.mjs [name-filter]
import { mkdirSync, readdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { run } from "../../scripts/lib.mjs";
import { startLocalWorker } from "../../scripts/local-worker.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const artifacts = new URL("./artifacts/", import.meta.url).pathname;
mkdirSync(artifacts, { recursive: true });

if (process.env.RENTLINE_SKIP_BUILD !== "1") run("react-router", ["build"], { stdio: ["ignore", "ignore", "inherit"] });

const filter = process.argv[2];
const specs = [];
for (const file of readdirSync(new URL("./specs/", import.meta.url))
  .filter((f) => f.endsWith(".mjs"))
  .sort()) {
  const mod = await import(new URL(`./specs/${file}`, import.meta.url));
  for (const [name, fn] of Object.entries(mod.tests))
    if (!filter || name.includes(filter)) specs.push({ name: `${file}: ${name}`, fn });
}

const worker = await startLocalWorker();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
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
});
let passed = 0;
let failed = 0;
try {
  for (const spec of specs) {
    const contexts = [];
    const pageErrors = [];
    const newContext = async (options = {}) => {
      const context = await browser.newContext({ baseURL: worker.url, ...options });
      context.setDefaultTimeout(15_000);
      context.on("page", (page) => {
        page.on("pageerror", (error) => pageErrors.push(`[page ${contexts.indexOf(context)}] ${error.message}`));
        page.on(
          "console",
          (message) =>
            message.type() === "error" && pageErrors.push(`[console ${contexts.indexOf(context)}] ${message.text()}`),
        );
      });
      contexts.push(context);
      return context;
    };
    const started = Date.now();
    try {
      await spec.fn({ newContext, baseURL: worker.url, artifacts });
      passed++;
      console.log(`✓ ${spec.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`✗ ${spec.name}\n  ${error?.stack ?? error}`);
      if (pageErrors.length) console.log(`  browser errors:\n  ${pageErrors.slice(-10).join("\n  ")}`);
      const errors = worker
        .output()
        .split("\n")
        .filter((line) => /"level":"(error|warn)"|Error|✘/.test(line));
      if (errors.length) console.log(`  worker errors:\n  ${errors.slice(-15).join("\n  ")}`);
      for (const [i, context] of contexts.entries()) {
        for (const [j, page] of context.pages().entries()) {
          await page
            .screenshot({ path: `${artifacts}${spec.name.replace(/[^a-z0-9]+/gi, "-")}-${i}-${j}.png`, fullPage: true })
            .catch(() => {});
        }
      }
    } finally {
      for (const context of contexts) await context.close().catch(() => {});
    }
  }
} finally {
  await browser.close();
  await worker.stop();
}
console.log(`\nbrowser suite: ${passed} passed, ${failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
