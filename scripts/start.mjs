// `npm start`: Rentline as it ships, locally, with no Cloudflare account. Builds the production bundle
// (`npm run build`: the PDF fonts, then `react-router build`; RENTLINE_SKIP_BUILD=1 reuses the last one), applies the D1 migrations to the local
// database (.wrangler/state, kept between runs and shared with `npm run dev`), writes the demo accounts and org
// (scripts/seed.mjs), serves the BUILT worker under `wrangler dev` (scripts/local-worker.mjs, the same way the
// browser suite serves it: the real CSP, production error pages, simulated D1/R2/Durable Objects/Queues and
// the local cron trigger), then seeds the rest of the demo through its API (scripts/demo.mjs: idempotent, so
// a restart adds nothing) and prints the demo logins.
// PORT (default 5173) picks the port. For hot reload while developing, use `npm run dev` (Vite).
import { join } from "node:path";
import { ensureDevVars, root, run } from "./lib.mjs";
import { startLocalWorker } from "./local-worker.mjs";
import { seedDemo } from "./demo.mjs";
import { DEMO_PASSWORD, DEMO_USERS, seedLocal } from "./seed.mjs";

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
ensureDevVars();
if (process.env.RENTLINE_SKIP_BUILD !== "1") {
  console.log("Building the production bundle…");
  run("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
  console.log(`Built in ${seconds()} s.`);
}
const config = join(root, "build/server/wrangler.json");
const port = Number(process.env.PORT ?? 5173);
const worker = await startLocalWorker({
  config,
  state: join(root, ".wrangler/state"),
  envFile: join(root, ".dev.vars"),
  port,
  echo: process.env.RENTLINE_QUIET !== "1",
  seed: (state) => seedLocal(["--persist-to", state, "-c", config]),
});

// The demo through the API (the worker is up). A failure is printed, and the product keeps running.
let seeded;
try {
  const { ms } = await seedDemo(worker.url);
  seeded = `Demo data seeded through the API in ${(ms / 1000).toFixed(1)} s.`;
} catch (error) {
  seeded = `The demo data could not be seeded: ${error instanceof Error ? error.message : String(error)}`;
}

const url = `http://localhost:${port}`;
console.log(`
Rentline is up on ${url} (started in ${seconds()} s). ${seeded}

Demo logins (password: ${DEMO_PASSWORD})
${DEMO_USERS.filter((u) => u.login)
  .map((u) => `  ${u.email.padEnd(28)}${u.login}`)
  .join("\n")}

Dev mailbox: ${url}/dev/mail   API docs: ${url}/api-docs
Cron jobs:   curl "${url}/cdn-cgi/handler/scheduled?cron=0+6+*+*+*"   (daily; hourly: 30+*+*+*+*)
`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void worker.stop());
process.exit((await worker.exited) ?? 0);
