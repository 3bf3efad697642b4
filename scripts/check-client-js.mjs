// The client JavaScript budget (issue 17 §5): no page ships more than 150 KiB of gzip JavaScript to a
// renter's phone. Reads only the build (build/client): React Router's route manifest
// (build/client/assets/manifest-*.js, `window.__reactRouterManifest`) names, per route, the module and the
// static imports the server-rendered page lists as <link rel="modulepreload"> / imports; a page loads the
// entry's files plus those of every route from the root down to the page's own. Each file is counted once per
// page, gzip level 9 (what a CDN serves, within a few per cent of brotli's ranking). Lazy chunks
// (`import()`, `React.lazy`) are not counted: they load only when the dialog or tab that needs them opens.
// The catalogue is: each module's `rl-ns:` marker (vite.config.ts `browserCatalogues`) names the namespaces
// it loads before the page hydrates, and each namespace counts with its heaviest language's chunk
// (`catalogue-<lang>-<namespace>-<hash>.js`): the figure is what a phone in that language downloads.
// Every page route is checked (the simplest honest rule: a renter or a visitor can open any of them).
// Any page over 150 KiB fails (until 2026-12-04 the pages still over were listed with a ceiling each; every
// page is within the budget since, and the list is gone).
// Exits 1 on a failure; prints the heaviest pages either way. Usage: node scripts/check-client-js.mjs
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { root } from "./lib.mjs";

export const BUDGET_BYTES = 150 * 1024;
const client = join(root, "build/client");

/** React Router's route manifest of the build: `{ entry: { module, imports }, routes: { [id]: route } }`. */
export function readRouteManifest(dir = client) {
  const name = readdirSync(join(dir, "assets")).find((f) => /^manifest-[\w-]+\.js$/.test(f));
  if (!name) throw new Error(`no React Router manifest in ${dir}/assets (run npm run build)`);
  const text = readFileSync(join(dir, "assets", name), "utf8");
  return JSON.parse(text.slice(text.indexOf("=") + 1).replace(/;\s*$/, ""));
}

const gzipCache = new Map();
/** The gzip size (bytes) of a built client file, by its URL path (`/assets/x.js`). */
export function gzipBytes(url, dir = client) {
  if (!gzipCache.has(url)) gzipCache.set(url, gzipSync(readFileSync(join(dir, url)), { level: 9 }).length);
  return gzipCache.get(url);
}

/** The JavaScript files (URL paths) a page of route `id` loads: the entry's, then each route's from the root. */
export function routeFiles(manifest, id) {
  const files = new Set([manifest.entry.module, ...manifest.entry.imports]);
  const chain = [];
  for (let r = manifest.routes[id]; r; r = manifest.routes[r.parentId]) chain.unshift(r);
  for (const r of chain) for (const f of [r.module, ...(r.imports ?? [])]) files.add(f);
  return [...files].filter((f) => f.endsWith(".js"));
}

/** The catalogue namespaces the files ask for before the page renders (their `rl-ns:` markers). */
function namespacesOf(files, dir) {
  const names = new Set();
  for (const f of files)
    for (const m of readFileSync(join(dir, f), "utf8").matchAll(/rl-ns:([\w,]+)/g))
      for (const ns of m[1].split(",")) names.add(ns);
  return names;
}

/** Per namespace, the URL path of its heaviest language's chunk. */
function catalogueChunks(dir) {
  const heaviest = new Map();
  for (const f of readdirSync(join(dir, "assets"))) {
    const m = /^catalogue-[a-z]+-(\w+)-[\w-]+\.js$/.exec(f);
    if (!m) continue;
    const url = `/assets/${f}`;
    const known = heaviest.get(m[1]);
    if (!known || gzipBytes(url, dir) > gzipBytes(known, dir)) heaviest.set(m[1], url);
  }
  return heaviest;
}

/**
 * Per page route (one with a default export: resource routes ship no JS), its files (the route modules' and
 * the catalogue namespaces' they load) and their gzip total.
 */
export function pagesJs(dir = client) {
  const manifest = readRouteManifest(dir);
  const catalogue = catalogueChunks(dir);
  return Object.values(manifest.routes)
    .filter((r) => r.hasDefaultExport && r.id !== "root" && !isLayout(manifest, r.id))
    .map((r) => {
      const code = routeFiles(manifest, r.id);
      const namespaces = [...namespacesOf(code, dir)].map((ns) => {
        const chunk = catalogue.get(ns);
        if (!chunk) throw new Error(`${r.id} asks for the catalogue namespace "${ns}", which has no chunk`);
        return chunk;
      });
      const files = [...code, ...namespaces];
      return { id: r.id, files, gzip: files.reduce((sum, f) => sum + gzipBytes(f, dir), 0) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/** A layout route (the app shell) is never a page on its own: its children carry its files. */
function isLayout(manifest, id) {
  return Object.values(manifest.routes).some((r) => r.parentId === id);
}

export const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = pagesJs();
  const failing = pages.filter((p) => p.gzip > BUDGET_BYTES);
  console.log(
    `client JavaScript per page (gzip): ${pages.length - failing.length} of ${pages.length} pages within ${kib(BUDGET_BYTES)}. The heaviest:`,
  );
  for (const p of [...new Set([...pages.slice(0, 8), ...failing])]) {
    const mark = p.gzip > BUDGET_BYTES ? "✗" : "✓";
    console.log(`  ${mark} ${kib(p.gzip).padStart(10)}  ${p.id} (${p.files.length} files)`);
  }
  if (failing.length) {
    const heaviest = new Map();
    for (const p of failing) for (const f of p.files) heaviest.set(f, gzipBytes(f));
    console.error(`${failing.length} page(s) over the client JavaScript budget; their largest files:`);
    for (const [f, n] of [...heaviest].sort((a, b) => b[1] - a[1]).slice(0, 8))
      console.error(`    ${kib(n).padStart(10)}  ${f}`);
    process.exit(1);
  }
}
