// `npm run dev`: the Vite dev server with hot reload (workerd underneath via the Cloudflare plugin), for
// developing. Creates .dev.vars, applies the D1 migrations to the local database (.wrangler/state, shared
// with `npm start`) and seeds the demo data first. Relaxed CSP and dev error pages: to see the product as it
// ships, use `npm start`. PORT (default 5173) picks the port.
import { spawn } from "node:child_process";
import { ensureDevVars, root, run } from "./lib.mjs";
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
