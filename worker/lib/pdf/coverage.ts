import { z } from "zod";
import { cleanText, clustersOf } from "./text";

/**
 * Which font draws which character, from public/fonts/manifest.json alone (built by scripts/subset-fonts.mjs:
 * each face's covered code points): no font file is read and neither pdf-lib nor fontkit is loaded, so the
 * serving worker checks typed text at the door (`undrawableCharacters`) while the PDFs themselves are drawn
 * by the render worker (workers/render, with ./fonts.ts). ./fonts.ts builds the document's faces on the same
 * `Coverage`, so what passes here draws there.
 */

/** Reads one file of public/fonts/ (`manifest.json`, `noto-sans-latin-400.ttf`, …). */
export type FontSource = (file: string) => Promise<Uint8Array>;

/** The font files served by the Worker's static assets (wrangler.toml `[assets]`, binding ASSETS). */
export function assetFonts(assets: Fetcher): FontSource {
  return async (file) => {
    const res = await assets.fetch(`https://assets.local/fonts/${file}`);
    if (!res.ok) throw new Error(`font file ${file}: HTTP ${res.status} (run scripts/subset-fonts.mjs)`);
    return new Uint8Array(await res.arrayBuffer());
  };
}

const manifestSchema = z.object({
  faces: z.array(
    z.object({
      id: z.string(),
      files: z.object({ 400: z.string(), 700: z.string() }),
      /** Covered code points as flat [first, last, first, last, …] pairs, ascending. */
      ranges: z.array(z.number().int()),
    }),
  ),
});
export type Manifest = z.infer<typeof manifestSchema>;

// Per isolate: the manifest does not change within a deploy.
let manifestCache: Promise<Manifest> | undefined;

export function readManifest(source: FontSource): Promise<Manifest> {
  manifestCache ??= source("manifest.json")
    .then((bytes) => manifestSchema.parse(JSON.parse(new TextDecoder().decode(bytes))))
    .catch((error: unknown) => {
      manifestCache = undefined;
      throw error;
    });
  return manifestCache;
}

/** Whether the flat range list covers `cp` (binary search). */
function covers(ranges: number[], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < (ranges[2 * mid] ?? 0)) hi = mid - 1;
    else if (cp > (ranges[2 * mid + 1] ?? 0)) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Code points that need no glyph and take no width: the assigned default-ignorable ones (ZWJ, ZWNJ, zero
 * width space, word joiner, BOM, soft hyphen, bidi marks, variation selectors, …). Unassigned code points in
 * default-ignorable ranges (U+FFF0, U+E0080) are not among them: they are unprintable, see `UNPRINTABLE`.
 */
export const IGNORABLE = /^(?!\p{Cn})\p{Default_Ignorable_Code_Point}$/u;
/** Joiners that steer Arabic (and other) shaping: kept for the shaper when the face has them, then not drawn. */
const JOINERS = new Set(["\u200c", "\u200d"]);
/**
 * Noncharacters (U+FFFF, U+FDD0–U+FDEF, …) and unassigned code points: whatever a font's cmap claims (a
 * .notdef box, a blank), they print nothing a reader can trust, so they are undrawable (`unprintable_text`).
 */
const UNPRINTABLE = /\p{Cn}/u;

const codePointsToDraw = (cluster: string) =>
  [...cluster].filter((ch) => !IGNORABLE.test(ch)).map((ch) => ch.codePointAt(0) ?? 0);

const HAN_LIKE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Which CJK family a paragraph's Chinese characters should come from: Japanese when it has kana, Korean when it
 * has Hangul (the same code point has a different glyph in each), else "" (Simplified Chinese, first in order).
 */
export function cjkPreference(paragraph: string): string {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(paragraph)) return "noto-sans-jp-";
  if (/\p{Script=Hangul}/u.test(paragraph)) return "noto-sans-kr-";
  return "";
}

/**
 * Which face draws which cluster: `faceOf(cluster, prefer)` answers the index (into the manifest's fallback
 * order) of the first face drawing every non-ignorable code point of the cluster, or -1; for a Chinese
 * character or kana, faces whose id starts with `prefer` (see `cjkPreference`) come first.
 * @public (part of `FontSet`, which layout.ts reads)
 */
export class Coverage {
  private readonly memo = new Map<string, number>();
  constructor(readonly manifest: Manifest) {}

  faceOf(cluster: string, prefer = ""): number {
    const key = prefer && HAN_LIKE.test(cluster) ? `${prefer}\u0000${cluster}` : cluster;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    const cps = codePointsToDraw(cluster);
    const printable = !UNPRINTABLE.test(cluster);
    const draws = (face: Manifest["faces"][number]) => printable && cps.every((cp) => covers(face.ranges, cp));
    let index = cps.length || !printable ? -1 : 0;
    if (cps.length && key !== cluster)
      index = this.manifest.faces.findIndex((face) => face.id.startsWith(prefer) && draws(face));
    if (index < 0 && (cps.length || !printable)) index = this.manifest.faces.findIndex(draws);
    this.memo.set(key, index);
    return index;
  }

  /**
   * `cluster` as it is shaped: without its ignorable code points (they take no width and draw nothing),
   * except ZWJ and ZWNJ where face `index` has them, for the shaper to join or not join by (shape.ts then
   * gives them no width and does not draw them).
   */
  drawable(index: number, cluster: string): string {
    if (cluster.length === 1 && cluster > "\u001f" && cluster < "\u00ad") return cluster; // ASCII and Latin-1 letters
    const ranges = this.rangesOf(index);
    return [...cluster]
      .filter((ch) => !IGNORABLE.test(ch) || (JOINERS.has(ch) && covers(ranges, ch.codePointAt(0) ?? 0)))
      .join("");
  }

  /** Whether face `index` draws every non-ignorable code point of `cluster`. */
  drawsAll(index: number, cluster: string): boolean {
    const ranges = this.rangesOf(index);
    return codePointsToDraw(cluster).every((cp) => covers(ranges, cp));
  }

  private rangesOf(index: number): number[] {
    return this.manifest.faces[index]?.ranges ?? [];
  }
}

/** The faces `texts` need (always the first, for labels) and the characters no face draws. */
export function facesFor(coverage: Coverage, texts: string[]): { needed: Set<number>; missing: string[] } {
  const needed = new Set<number>([0]);
  const missing = new Set<string>();
  for (const text of texts)
    for (const paragraph of cleanText(text).split("\n")) {
      const prefer = cjkPreference(paragraph);
      for (const cluster of clustersOf(paragraph)) {
        const whole = coverage.faceOf(cluster, prefer);
        if (whole >= 0) needed.add(whole);
        else
          for (const ch of cluster) {
            const face = coverage.faceOf(ch, prefer);
            if (face >= 0) needed.add(face);
            else missing.add(ch);
          }
      }
    }
  return { needed, missing: [...missing] };
}

/**
 * The characters of `texts` that no font can draw (none: every one prints), read from the manifest only:
 * cheap enough to check typed text at the door (a signature's typed name, which nobody can edit afterwards).
 */
export async function undrawableCharacters(source: FontSource, texts: string[]): Promise<string[]> {
  return facesFor(new Coverage(await readManifest(source)), texts).missing;
}
