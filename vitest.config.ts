import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { buildFonts } from "./scripts/subset-fonts.mjs";

/**
 * The test files that need a database of their own (see `projects` below): each asserts on what a
 * platform-wide job or list finds (every lease the daily rent run charges, every listing search or the sitemap
 * returns, every account an admin search matches, every row a retention rule purges, every overdue request the
 * escalation run takes, rendered PDF text whose fonts an earlier file's documents have not touched), or on a
 * cache another file's writes make stale (the listing search's one round trip).
 */
const FRESH_DATABASE = [
  "tests/integration/admin-takedown-integration.test.ts",
  "tests/integration/admin-users-integration.test.ts",
  "tests/integration/audit-archive-integration.test.ts",
  "tests/integration/closed-listings-integration.test.ts",
  "tests/integration/lease-cancelled-integration.test.ts",
  "tests/integration/listings-search-attack-integration.test.ts",
  "tests/integration/listings-search-plans-integration.test.ts",
  "tests/integration/maintenance-escalation-integration.test.ts",
  "tests/integration/pdf-invisible-digits-integration.test.ts",
  "tests/integration/retention-integration.test.ts",
  "tests/integration/rent-reminders-integration.test.ts",
  "tests/integration/round-trips-integration.test.ts",
];

// Vitest inside workerd: the worker under test is tests/setup/worker.ts (the API, queues, cron and the
// Durable Object, without the UI bundle), with every binding from wrangler.toml simulated locally. The
// render worker (workers/render) is the same test worker's `RenderService` entrypoint: RENDER points back at
// it, so PDFs and images cross a real service binding (RPC), as between the two deployed Workers.
export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  // The PDF fonts the ASSETS binding serves from ./public (wrangler.toml `[assets]`); a no-op once built.
  await buildFonts();
  return {
    plugins: [
      cloudflareTest(({ inject }) => ({
        main: "./tests/setup/worker.ts",
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          cf: false,
          // "rentline" is this worker's own name (wrangler.toml): a service binding to it reaches the worker
          // under test, here its RenderService entrypoint.
          serviceBindings: { RENDER: { name: "rentline", entrypoint: "RenderService" } },
          bindings: {
            TEST_MIGRATIONS: migrations,
            APP_ENV: "development",
            JWT_SECRET: "test-only-secret-0123456789abcdefghijklmnopqrstuvwxyz",
            FILES_SIGNING_KEY: "test-only-files-key-0123456789abcdefghijklmnop",
            GOOGLE_CLIENT_ID: "rentline-test-client",
            GOOGLE_CLIENT_SECRET: "rentline-test-secret",
            GOOGLE_OIDC_ISSUER: inject<string>("oidcIssuer"),
            // The real Stripe SDK, its HTTP calls answered by tests/setup/fake-stripe.ts.
            STRIPE_SECRET_KEY: "sk_test_rentline_fake",
            STRIPE_WEBHOOK_SECRET: "whsec_test_rentline_fake",
            STRIPE_API_BASE: inject<string>("stripeApi"),
            EMAIL_API_KEY: "",
            EMAIL_FROM: "Rentline <no-reply@rentline.test>",
            // Unset: error reporting is off; tests/integration/error-reporting-integration.test.ts sets a DSN
            // per call, pointing at tests/setup/fake-sentry.ts (its address is given to the test as
            // `sentryEndpoint`).
            SENTRY_DSN: "",
            SENTRY_RELEASE: "",
            SENTRY_SAMPLE_RATE: "",
            SENTRY_TRACES_SAMPLE_RATE: "",
          },
        },
      })),
    ],
    test: {
      globalSetup: [
        "./tests/setup/fake-oidc-provider.ts",
        "./tests/setup/fake-stripe.ts",
        "./tests/setup/fake-sentry.ts",
      ],
      setupFiles: ["./tests/setup/apply-migrations.ts", "./tests/setup/console.ts"],
      // Two projects on the same worker and bindings. "shared": every file in one runtime and one database,
      // one after the other (`isolate: false`): a fresh runtime per file cost ~8 s each, 20 of CI's minutes.
      // Such a file makes its own people, orgs and data and asserts on those only. "fresh": the files that
      // assert on what the whole database holds (the daily jobs, search and sitemap results, platform-wide
      // admin lists, global counts) get a runtime and a database of their own, as every file used to.
      projects: [
        {
          extends: true,
          test: {
            name: "shared",
            isolate: false,
            include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
            exclude: FRESH_DATABASE,
          },
        },
        { extends: true, test: { name: "fresh", include: FRESH_DATABASE } },
      ],
      // A hang guard, not a performance bar (that lives in bench/): the longest tests take ~30 s on a loaded
      // 2-core machine (a month's statement, the application lifecycle, a year of rent dates), so 30 s failed
      // them now and then under CI's load.
      testTimeout: 120_000,
      // Access-log lines are noise in test output; warnings and errors still show.
      onConsoleLog: (log: string) => !log.includes('"level":"info"'),
      hookTimeout: 180_000,
    },
  };
});
