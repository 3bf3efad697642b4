import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

// Storage is isolated per test file; applyD1Migrations only applies what is missing.
if (!env.TEST_MIGRATIONS?.length) throw new Error("TEST_MIGRATIONS binding is missing: see vitest.config.ts");
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
