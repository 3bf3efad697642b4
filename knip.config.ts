// Dead files, exports and dependencies (`npm run check:knip`). The react-router, vite, vitest, wrangler,
// eslint and prettier plugins find their own entries (app/routes.ts and its route modules, root.tsx,
// entry.server.tsx, worker/index.ts from wrangler.toml, the Vitest files and setup); the rest is listed here.
import type { KnipConfig } from "knip";

const config: KnipConfig = {
  entry: [
    // The worker Vitest runs inside workerd (vitest.config.ts `main`), and the bench workers (their wrangler.json).
    "tests/setup/worker.ts",
    // The render worker (workers/render/wrangler.toml `main`, an auxiliary worker in vite.config.ts).
    "workers/render/index.ts",
    "bench/*/index.ts",
    // Node-side drivers started by npm scripts or by each other.
    "tests/e2e/specs/**/*.spec.ts",
    "scripts/*.mjs",
    "bench/*.mjs",
  ],
  project: [
    "worker/**/*.ts",
    "workers/**/*.ts",
    "app/**/*.{ts,tsx,css}",
    "durable-objects/**/*.ts",
    "tests/**/*.{ts,mjs}",
    "scripts/**/*.mjs",
    "bench/**/*.{ts,mjs}",
    "*.config.{ts,js,cjs}",
  ],
  ignoreDependencies: [
    // Read as files (node_modules/dejavu-fonts-ttf/ttf/…, node_modules/@fontsource/*/files/…) by
    // scripts/subset-fonts.mjs, which builds the PDF fonts into public/fonts; not imported.
    "dejavu-fonts-ttf",
    "@fontsource/noto-sans",
    "@fontsource/noto-sans-arabic",
    "@fontsource/noto-sans-hebrew",
    "@fontsource/noto-sans-jp",
    "@fontsource/noto-sans-kr",
    "@fontsource/noto-sans-sc",
  ],
  // A Debian package the browser suite shells out to (poppler-utils, installed by .ci/run).
  ignoreBinaries: ["pdftoppm"],
};

export default config;
