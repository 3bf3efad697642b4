// `npm start`: local Rentline with no Cloudflare account. Creates .dev.vars, applies the D1 migrations to
// the local database, seeds demo data, then serves the app with the Vite dev server (workerd underneath).
import { spawn } from "node:child_process";
import { ensureDevVars, root, run } from "./lib.mjs";
import { DEMO_PASSWORD, DEMO_USERS, seedLocal } from "./seed.mjs";

ensureDevVars();
run("wrangler", ["d1", "migrations", "apply", "DB", "--local"], { stdio: ["ignore", "ignore", "inherit"] });
seedLocal();

const port = process.env.PORT ?? "5173";
console.log(`
Rentline is starting on http://localhost:${port}

Demo logins (password: ${DEMO_PASSWORD})
${DEMO_USERS.map((u) => `  ${u.role ?? "renter"}`.padEnd(12) + u.email).join("\n")}

Dev mailbox: http://localhost:${port}/dev/mail   API docs: http://localhost:${port}/api-docs
`);
run("node", ["scripts/subset-fonts.mjs"]);
const dev = spawn("react-router", ["dev", "--port", port, "--strictPort"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));
