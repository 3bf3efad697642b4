import { defineConfig } from "drizzle-kit";

// drizzle-kit only generates SQL here; `wrangler d1 migrations apply` applies it (one migration tracker).
export default defineConfig({
  dialect: "sqlite",
  schema: "./worker/schema.ts",
  out: "./migrations",
});
