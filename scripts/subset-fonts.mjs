// Builds the PDF fonts into public/fonts/ (and, through scripts/password-dictionary.mjs, the password
// dictionary into public/zxcvbn/) (static assets: never part of the Worker bundle). The renderer
// (worker/lib/pdf/fonts.ts) fetches them through the ASSETS binding where it renders and embeds only the
// glyphs a document uses (pdf-lib `subset: true`).
//
// Sources: Noto Sans from fontsource (Latin incl. Vietnamese, Greek, Cyrillic; Hebrew; Arabic;
// Simplified Chinese, Japanese, Korean), regular (400) and bold (700), and DejaVu Sans as the last fallback
// for symbols (✓, arrows, box drawing…). fontsource ships WOFF2 files split by unicode-range; pdf-lib's
// fontkit cannot subset WOFF2 (its glyf table is lost: pages come out blank), so each file is converted to
// TrueType here with harfbuzz (subset-font), keeping every glyph and the layout tables Arabic shaping needs.
// Writes public/fonts/manifest.json: the faces in fallback order, each with its files per weight and the code
// points its cmap covers (flat [first, last, first, last, …] pairs).
//
// Run by `npm run build`, `npm run dev`, the Vitest config and the bench; does nothing when the fonts are
// already built for the same sources (the manifest records their versions).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fontkit from "@pdf-lib/fontkit";
import subsetFont from "subset-font";
import { buildPasswordDictionary } from "./password-dictionary.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const modules = join(root, "node_modules");
export const FONTS_DIR = join(root, "public/fonts");
const SCRIPT_VERSION = 2; // 2: no Devanagari (fontkit's Indic shaper needs regeneratorRuntime, absent in workerd)
const WEIGHTS = [400, 700];

/** fontsource families in fallback order, and the unicode-range subsets taken from each (null: numbered CJK slices). */
const FAMILIES = [
  ["noto-sans", ["latin", "latin-ext", "vietnamese", "greek", "greek-ext", "cyrillic", "cyrillic-ext"]],
  ["noto-sans-hebrew", ["hebrew"]],
  ["noto-sans-arabic", ["arabic", "symbols", "math"]],
  ["noto-sans-sc", null],
  ["noto-sans-jp", null],
  ["noto-sans-kr", null],
];

const version = (pkg) => JSON.parse(readFileSync(join(modules, pkg, "package.json"), "utf8")).version;

/** Every face (one unicode-range slice of one family), in fallback order. */
function faces() {
  const list = [];
  for (const [family, subsets] of FAMILIES) {
    const ranges = JSON.parse(readFileSync(join(modules, "@fontsource", family, "unicode.json"), "utf8"));
    const names = subsets ?? Object.keys(ranges).filter((k) => /^\[\d+\]$/.test(k));
    for (const name of names) {
      const slice = name.replace(/[[\]]/g, "");
      list.push({
        id: `${family}-${slice}`,
        source: (w) => join(modules, "@fontsource", family, "files", `${family}-${slice}-${w}-normal.woff2`),
      });
    }
  }
  list.push({
    id: "dejavu-sans",
    source: (w) => join(modules, "dejavu-fonts-ttf/ttf", w === 700 ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf"),
  });
  return list;
}

/** Code points of a font's cmap as flat [first, last, …] pairs. */
function rangesOf(codePoints) {
  const sorted = [...codePoints].sort((a, b) => a - b);
  const out = [];
  for (const cp of sorted) {
    if (out.length && out[out.length - 1] === cp - 1) out[out.length - 1] = cp;
    else out.push(cp, cp);
  }
  return out;
}

export async function buildFonts({ force = false } = {}) {
  // The other static asset the Worker reads at run time (scripts/password-dictionary.mjs).
  await buildPasswordDictionary();
  const stamp = {
    script: SCRIPT_VERSION,
    sources: ["@fontsource/noto-sans", "@fontsource/noto-sans-sc", "dejavu-fonts-ttf"].map((p) => `${p}@${version(p)}`),
  };
  const manifestPath = join(FONTS_DIR, "manifest.json");
  if (!force && existsSync(manifestPath)) {
    const current = JSON.parse(readFileSync(manifestPath, "utf8"));
    if (JSON.stringify(current.stamp) === JSON.stringify(stamp)) return { built: false };
  }
  rmSync(FONTS_DIR, { recursive: true, force: true });
  mkdirSync(FONTS_DIR, { recursive: true });
  const out = [];
  let bytes = 0;
  for (const face of faces()) {
    const files = {};
    let ranges = [];
    for (const weight of WEIGHTS) {
      const source = readFileSync(face.source(weight));
      const font = fontkit.create(source);
      const text = font.characterSet.map((cp) => String.fromCodePoint(cp)).join("");
      // DejaVu is TrueType already; the fontsource slices are WOFF2 and become TrueType.
      const ttf = face.id === "dejavu-sans" ? source : await subsetFont(source, text, { targetFormat: "sfnt" });
      const file = `${face.id}-${weight}.ttf`;
      writeFileSync(join(FONTS_DIR, file), ttf);
      files[weight] = file;
      bytes += ttf.length;
      if (weight === 400) ranges = rangesOf(fontkit.create(ttf).characterSet);
    }
    out.push({ id: face.id, files, ranges });
  }
  writeFileSync(manifestPath, JSON.stringify({ stamp, faces: out }));
  return { built: true, faces: out.length, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  const result = await buildFonts({ force: process.argv.includes("--force") });
  console.log(
    result.built
      ? `pdf fonts: ${result.faces} faces, ${(result.bytes / 1048576).toFixed(1)} MiB in public/fonts (${((Date.now() - started) / 1000).toFixed(0)} s)`
      : "pdf fonts: up to date",
  );
}
