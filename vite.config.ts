import { cloudflare } from "@cloudflare/vite-plugin";
import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import compile from "icu-minify/compile";
import { defineConfig, type Plugin, runnerImport } from "vite";
import { isolateArguments } from "./app/i18n/isolate-arguments";

/**
 * The browser's catalogues (issue 17 §5: the JavaScript a page ships). Each language's catalogue module
 * (app/i18n/messages/<lang>/index.ts, loaded on demand by ../load.ts) reaches the browser from here only:
 * Hebrew's arguments isolated (app/i18n/isolate-arguments.ts, as the server does) under the dev server and in
 * the build alike, and in the build also compiled by icu-minify, which use-intl formats with its format-only
 * runtime (`use-intl/format-message/format-only`, under 1 KiB) instead of the ICU parser and
 * intl-messageformat (~10 KiB gzip on every page). Whether messages are compiled follows the command
 * (`vite build`), never NODE_ENV: the browser suite builds with React's development runtime
 * (NODE_ENV=development) and must get what ships. The server keeps the plain catalogues. Pages cannot use
 * `t.raw` (use-intl refuses it on compiled messages).
 */
function browserCatalogues(): Plugin {
  const catalogue = /\/app\/i18n\/messages\/(en|fr|he|uk)\/index\.ts$/;
  const compileAll = (value: unknown): unknown =>
    typeof value === "string"
      ? compile(value)
      : Object.fromEntries(Object.entries(value as object).map(([key, inner]) => [key, compileAll(inner)]));
  let building = false;
  return {
    name: "rentline:browser-catalogues",
    enforce: "pre",
    configResolved(config) {
      building = config.command === "build";
    },
    applyToEnvironment: (environment) => environment.name === "client",
    async resolveId(source, importer) {
      if (!building || source !== "use-intl/format-message") return null;
      return this.resolve("use-intl/format-message/format-only", importer, { skipSelf: true });
    },
    async load(id) {
      const lang = catalogue.exec(id.split("?")[0] ?? "")?.[1];
      if (!lang) return null;
      const { module, dependencies } = await runnerImport<Record<string, object>>(id);
      for (const file of dependencies) this.addWatchFile(file);
      const messages = lang === "he" ? isolateArguments(module[lang]) : module[lang];
      return `export const ${lang} = JSON.parse(${JSON.stringify(JSON.stringify(building ? compileAll(messages) : messages))});`;
    },
  };
}

// Two Workers, one Vite: the entry Worker (wrangler.toml: pages and the API) and the render Worker
// (workers/render: PDFs and images, issue 17 §1) as an auxiliary Worker, which `vite dev` runs next to it
// (the RENDER service binding reaches it) and `vite build` writes to its own folder (build/render/).
// Both Workers' builds are minified (Vite leaves server builds readable by default): smaller to upload and,
// above all, less to parse when an isolate starts (scripts/check-bundle.mjs measures both); the source maps
// (wrangler.toml `upload_source_maps`) keep stack traces readable.
export default defineConfig({
  plugins: [
    cloudflare({
      viteEnvironment: { name: "ssr" },
      auxiliaryWorkers: [{ configPath: "./workers/render/wrangler.toml" }],
    }),
    tailwindcss(),
    reactRouter(),
    browserCatalogues(),
  ],
  resolve: { tsconfigPaths: true },
  environments: {
    ssr: { build: { minify: true } },
    rentline_render: { build: { outDir: "build/render", minify: true } },
  },
});
