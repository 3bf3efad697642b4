// `npm run dev`: the Vite dev server with hot reload (workerd underneath via the Cloudflare plugin), for
// developing. Creates .dev.vars, applies the D1 migrations to the local database (.wrangler/state, shared
// with `npm start`), writes the demo accounts first and, once Vite answers, seeds the rest of the demo through
// the API (scripts/demo.mjs, idempotent). Relaxed CSP and dev error pages: to see the product as it
// ships, use `npm start`. PORT (default 5173) picks the port.
import { spawn } from "node:child_process";
import { seedDemo } from "./demo.mjs";
import { ensureDevVars, root, run, waitForHttp } from "./lib.mjs";
import { DEMO_PASSWORD, seedLocal } from "./seed.mjs";

ensureDevVars();
run("wrangler", ["d1", "migrations", "apply", "DB", "--local"], { stdio: ["ignore", "ignore", "inherit"] });
seedLocal();
const port = process.env.PORT ?? "5173";
console.log(`Demo data seeded (password: ${DEMO_PASSWORD}). Vite on http://localhost:${port}`);
const dev = spawn("react-router", ["dev", "--port", port, "--strictPort"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));
const local = `http://localhost:${port}`;
waitForHttp(`${local}/healthz`)
  .then(() => seedDemo(local))
  .then(({ ms }) => console.log(`Demo data seeded through the API in ${(ms / 1000).toFixed(1)} s.`))
  .catch((error) => console.error(`The demo data could not be seeded: ${error.message}`));
