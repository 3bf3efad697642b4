// Subsets DejaVu Sans (regular and bold) to the scripts our agreements print: Latin, Latin-1, Latin
// Extended-A/B, Cyrillic, general punctuation and currency symbols. The output is committed under
// worker/documents/fonts/ as `.bin` (imported as bytes by the Cloudflare Vite plugin and by the Vitest pool,
// both of which treat `*.bin` as Data modules). Run after upgrading dejavu-fonts-ttf: `node scripts/subset-fonts.mjs`.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import subsetFont from "subset-font";
import { root } from "./lib.mjs";

const require = createRequire(import.meta.url);
const ttfDir = join(require.resolve("dejavu-fonts-ttf/package.json"), "..", "ttf");
const ranges = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement
  [0x0100, 0x017f], // Latin Extended-A
  [0x0180, 0x024f], // Latin Extended-B
  [0x0400, 0x04ff], // Cyrillic
  [0x2010, 0x2044], // General punctuation: dashes, quotes, bullets, ellipsis
  [0x20a0, 0x20bf], // Currency symbols (€, ₴, ₽, …)
  [0x2116, 0x2116], // Numero sign
  [0x2122, 0x2122], // Trade mark
  [0x2713, 0x2714], // Check marks (consent box)
];
const text = ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join("");

for (const [source, target] of [
  ["DejaVuSans.ttf", "dejavu-sans.bin"],
  ["DejaVuSans-Bold.ttf", "dejavu-sans-bold.bin"],
]) {
  const full = readFileSync(join(ttfDir, source));
  const subset = await subsetFont(full, text, { targetFormat: "truetype" });
  writeFileSync(join(root, "worker/documents/fonts", target), subset);
  console.log(`${source}: ${(full.length / 1024).toFixed(0)} KiB → ${target} ${(subset.length / 1024).toFixed(0)} KiB`);
}
