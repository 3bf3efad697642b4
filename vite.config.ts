import { cloudflare } from "@cloudflare/vite-plugin";
import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import compile from "icu-minify/compile";
import { defineConfig, type Plugin, runnerImport } from "vite";
import { isolateArguments } from "./app/i18n/isolate-arguments";
import { LOCALES } from "./worker/lib/i18n/locales";

/**
 * The browser's catalogues, one chunk per language and namespace (issue 17 §5: the JavaScript a page
 * ships). A page loads only the namespaces its code uses, not the language's ~2,500 messages:
 *
 * - Every client module under app/ that calls `useTranslations("<namespace>…")` gets a registration
 *   appended, `requireNamespaces("rl-ns:<a>,<b>")` (app/i18n/namespaces.ts): when the module is evaluated
 *   (a route's modules load before it renders, at hydration and on navigation; a lazy dialog's when it
 *   opens), its namespaces start loading for the page's language. The entry hydrates once they have arrived;
 *   on a navigation `useTranslations` suspends until they have (the router keeps the old page meanwhile).
 * - In the client, `use-intl` resolves to app/i18n/namespaces.ts (its `useTranslations` waits for the
 *   namespace; everything else is use-intl's own).
 * - Each chunk (`catalogue-<lang>-<namespace>-<hash>.js`, emitted by the client build) holds one namespace:
 *   Hebrew's arguments isolated (app/i18n/isolate-arguments.ts, as the server does) under the dev server and
 *   in the build alike, and in the build also compiled by icu-minify, which use-intl formats with its
 *   format-only runtime (`use-intl/format-message/format-only`, under 1 KiB) instead of the ICU parser and
 *   intl-messageformat (~10 KiB gzip on every page).
 * - Where each chunk is: the server build gets the client build's file names (`virtual:rentline-catalogue-urls`,
 *   dev-server URLs under `vite dev`) and the root layout writes the page language's map into the page as
 *   JSON in a `<meta>` (app/i18n/catalogue-map.tsx): ~1 KiB of HTML instead of every language's map (4.3 KiB gzip of
 *   JavaScript, mostly incompressible hashes) on every page.
 *
 * Whether messages are compiled follows the command (`vite build`), never NODE_ENV: the browser suite builds
 * with React's development runtime (NODE_ENV=development) and must get what ships. The server keeps the
 * plain catalogues (app/i18n/messages/all.server.ts). scripts/check-client-js.mjs reads the `rl-ns:` markers
 * of a page's files to count the namespace chunks it loads. Pages cannot use `t.raw` (use-intl refuses it on
 * compiled messages).
 */
function browserCatalogues(): Plugin[] {
  const URLS = "virtual:rentline-catalogue-urls";
  const CHUNK = /^\0catalogue-([a-z]+)-(\w+)$/;
  let building = false;
  let root = "";
  let base = "/";
  let catalogue = catalogueReader("");
  // The client build's chunk of each language's namespaces (URL paths), for the server build that follows it.
  const built: Record<string, Record<string, string>> = {};
  const namespaces = async () => Object.keys((await catalogue("fr")).messages);
  const client: Plugin = {
    name: "rentline:browser-catalogues",
    enforce: "pre",
    configResolved(config) {
      building = config.command === "build";
      root = config.root;
      base = config.base;
      catalogue = catalogueReader(root);
    },
    applyToEnvironment: (environment) => environment.name === "client",
    async buildStart() {
      if (!building) return;
      for (const lang of LOCALES)
        for (const ns of await namespaces())
          this.emitFile({ type: "chunk", id: `\0catalogue-${lang}-${ns}`, name: `catalogue-${lang}-${ns}` });
    },
    async resolveId(source, importer) {
      if (CHUNK.test(source)) return source;
      if (source === "use-intl" && !importer?.endsWith(NAMESPACES))
        return this.resolve(`${root}${NAMESPACES}`, importer, { skipSelf: true });
      if (building && source === "use-intl/format-message")
        return this.resolve("use-intl/format-message/format-only", importer, { skipSelf: true });
      return null;
    },
    async load(id) {
      const chunk = CHUNK.exec(id);
      if (!chunk) return null;
      const [, lang = "", ns = ""] = chunk;
      const { messages, dependencies } = await catalogue(lang);
      for (const file of dependencies) this.addWatchFile(file);
      const raw = messages[ns] ?? {};
      const isolated = lang === "he" ? isolateArguments(raw) : raw;
      const value = building ? compileAll(isolated) : isolated;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        const chunk = file.type === "chunk" ? CHUNK.exec(file.facadeModuleId ?? "") : null;
        if (chunk?.[1] && chunk[2]) (built[chunk[1]] ??= {})[chunk[2]] = `${base}${file.fileName}`;
      }
    },
    watchChange(id) {
      if (id.includes("/i18n/messages/")) catalogue = catalogueReader(root);
    },
    transform: (code, id) => withNamespaceRegistration(code, id.split("?")[0] ?? "", root),
  };
  const server: Plugin = {
    name: "rentline:browser-catalogue-urls",
    applyToEnvironment: (environment) => environment.name === "ssr",
    resolveId: (source) => (source === URLS ? `\0${URLS}` : null),
    async load(id) {
      if (id !== `\0${URLS}`) return null;
      const urls: Record<string, Record<string, string>> = building ? built : {};
      if (!building)
        for (const lang of LOCALES)
          for (const ns of await namespaces()) (urls[lang] ??= {})[ns] = `${base}@id/__x00__catalogue-${lang}-${ns}`;
      if (building && !Object.keys(urls).length) this.error("the client build must run before the server build");
      return `export const catalogueUrls = ${JSON.stringify(urls)};`;
    },
  };
  return [client, server];
}

const NAMESPACES = "/app/i18n/namespaces.ts";
// A namespace is the first segment of `useTranslations`'s literal argument (`"maintenance.board"`,
// `` `erasureForms.${kind}` ``): app/i18n/namespaces.ts reports, in development, any namespace used
// without having been registered (a call this pattern would miss).
const USES = /\buseTranslations\(\s*["'`]([A-Za-z]\w*)/g;

/** An app module's code with `requireNamespaces("rl-ns:<a>,<b>")` appended when it uses namespaces. */
function withNamespaceRegistration(code: string, file: string, root: string) {
  if (!file.startsWith(`${root}/app/`) || !/\.tsx?$/.test(file) || file.endsWith(NAMESPACES)) return null;
  const used = new Set([...code.matchAll(USES)].map((m) => m[1]));
  if (!used.size) return null;
  const marker = `rl-ns:${[...used].sort().join(",")}`;
  return {
    code: `${code}\nimport { requireNamespaces as __rlRequireNamespaces } from "${root}${NAMESPACES}";\n__rlRequireNamespaces(${JSON.stringify(marker)});\n`,
    // The lines above keep their places: `null` keeps the source map as it is (Rollup's rule; an empty
    // `mappings` would instead drop every mapping of the module from the client's source maps).
    map: null,
  };
}

/** Every message of a catalogue (nested namespaces) compiled by icu-minify. */
function compileAll(value: unknown): unknown {
  return typeof value === "string"
    ? compile(value)
    : Object.fromEntries(Object.entries(value as object).map(([key, inner]) => [key, compileAll(inner)]));
}

/** Reads each language's catalogue (app/i18n/messages/<lang>/index.ts) once, with the files it is made of. */
function catalogueReader(root: string) {
  const read = new Map<string, Promise<{ messages: Record<string, object>; dependencies: string[] }>>();
  return (lang: string) => {
    let catalogue = read.get(lang);
    if (!catalogue) {
      catalogue = runnerImport<Record<string, Record<string, object>>>(
        `${root}/app/i18n/messages/${lang}/index.ts`,
      ).then(({ module, dependencies }) => ({ messages: module[lang] ?? {}, dependencies }));
      read.set(lang, catalogue);
    }
    return catalogue;
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
    ...browserCatalogues(),
  ],
  resolve: { tsconfigPaths: true },
  environments: {
    // RENTLINE_CLIENT_SOURCEMAP=1: the browser's files with source maps, to see what a page's JavaScript is
    // made of (which module, which package); off by default (the maps' comments would count in the budget).
    client: { build: { sourcemap: process.env.RENTLINE_CLIENT_SOURCEMAP === "1" } },
    ssr: { build: { minify: true } },
    rentline_render: { build: { outDir: "build/render", minify: true } },
  },
});
