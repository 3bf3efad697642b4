import fontkit from "@pdf-lib/fontkit";
import { CustomFontSubsetEmbedder, PDFFont, type PDFDocument } from "pdf-lib";
import type { Font as FontkitFont } from "@pdf-lib/fontkit";
import { z } from "zod";
import { cleanText, clustersOf, describeCharacters, UndrawableTextError } from "./text";

/**
 * The fonts a PDF is drawn with: Noto Sans slices (Latin incl. Vietnamese, Greek, Cyrillic, Devanagari,
 * Hebrew, Arabic, Simplified Chinese, Japanese, Korean) then DejaVu Sans for symbols, regular and bold, built
 * by scripts/subset-fonts.mjs into public/fonts/ and read where rendering happens (the ASSETS binding), never
 * bundled. `loadFonts` reads the manifest, picks for every grapheme cluster of the document's text the first
 * face that draws all of it, embeds only those faces (pdf-lib `subset: true`: only the glyphs used end up in
 * the file) and throws `UndrawableTextError` naming every character no face can draw.
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
type Manifest = z.infer<typeof manifestSchema>;

/**
 * One face: the fontkit font to shape and measure with, and the pdf-lib font (same bytes) to draw with,
 * created — and so embedded in the PDF — the first time a glyph is drawn with it (`pdf`): a document that
 * writes nothing bold in a script carries no bold face for it.
 */
export type ShapedFont = { readonly pdf: PDFFont; shaper: FontkitFont };
export type Face = { id: string; regular: ShapedFont; bold: ShapedFont };

/** Kerning off: glyphs then advance by their own widths, as PDF text does (see shape.ts). */
export const LAYOUT_FEATURES = { kern: false } as const;

// Per isolate: the manifest and font files do not change within a deploy. A font is kept with its parsed
// fontkit instance (shaping is stateless, and its glyph caches then serve every document); the total is
// capped so a worker that rendered many scripts does not hold them all.
let manifestCache: Promise<Manifest> | undefined;
const fontCache = new Map<string, { bytes: Uint8Array; shaper: FontkitFont }>();
let cachedBytes = 0;
const CACHE_LIMIT = 24 * 1024 * 1024;

async function readFont(source: FontSource, file: string): Promise<{ bytes: Uint8Array; shaper: FontkitFont }> {
  const hit = fontCache.get(file);
  if (hit) return hit;
  const bytes = await source(file);
  const font = { bytes, shaper: keepCodePoints(fontkit.create(bytes)) };
  if (cachedBytes + bytes.length <= CACHE_LIMIT) {
    fontCache.set(file, font);
    cachedBytes += bytes.length;
  }
  return font;
}

/**
 * fontkit caches one glyph object per glyph id and font, with the code points of the call that created it;
 * pdf-lib's subsetter creates the components of composite glyphs without any (É is E + acute in Noto Sans,
 * Й is И + breve, Ї is І + dieresis). Since fonts are shared across documents here, the next document would
 * lay out "Entre" with an E that stands for no character: drawn as a bare outline (shape.ts) and missing
 * from the ToUnicode map, so copying the text gave "ntre". A glyph reached again through a character gets
 * that character; a glyph already mapped keeps its first one (`codePoints`, `isMark`, `isLigature` as
 * fontkit's Glyph constructor sets them).
 */
function keepCodePoints(font: FontkitFont): FontkitFont {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id: number, characters: number[] = []) => {
    const glyph = getGlyph(id, characters);
    if (glyph && !glyph.codePoints.length && characters.length) {
      const named = glyph as typeof glyph & { isMark: boolean; isLigature: boolean };
      named.codePoints = [...characters];
      named.isMark = characters.every((cp) => /\p{M}/u.test(String.fromCodePoint(cp)));
      named.isLigature = characters.length > 1;
    }
    return glyph;
  };
  return font;
}

function readManifest(source: FontSource): Promise<Manifest> {
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

/**
 * The faces of one document and how its text maps onto them. `embedUsed` writes the faces that were drawn
 * with into the PDF (subset to the glyphs used): call it before `pdf.save()` (writer.ts `savePdf` does).
 */
export type FontSet = { coverage: Coverage; faces: Map<number, Face>; embedUsed(): Promise<void> };

/** A face whose pdf-lib font is created on first use (see `ShapedFont`) and recorded in `used`. */
function lazyFont(doc: PDFDocument, embedder: CustomFontSubsetEmbedder, shaper: FontkitFont, used: PDFFont[]) {
  let font: PDFFont | undefined;
  return {
    shaper,
    get pdf() {
      if (!font) {
        font = PDFFont.of(doc.context.nextRef(), doc, embedder);
        used.push(font);
      }
      return font;
    },
  };
}

/** The faces `texts` need (always the first, for labels) and the characters no face draws. */
function facesFor(coverage: Coverage, texts: string[]): { needed: Set<number>; missing: string[] } {
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

/**
 * Loads the faces that `texts` (every string the document will draw, NFC) need, regular and bold, for `pdf`:
 * each is embedded only once something is drawn with it (`ShapedFont`; `embedUsed` before saving). Errors: `UndrawableTextError` listing the characters no face can draw; a font file that cannot be read
 * (a deploy without public/fonts) throws a plain Error, which the queue retries.
 */
export async function loadFonts(pdf: PDFDocument, source: FontSource, texts: string[]): Promise<FontSet> {
  const coverage = new Coverage(await readManifest(source));
  const { needed, missing } = facesFor(coverage, texts);
  if (missing.length) throw new UndrawableTextError(missing, describeCharacters(missing));
  const used: PDFFont[] = [];
  const load = async (file: string): Promise<ShapedFont> => {
    const { bytes, shaper } = await readFont(source, file);
    // The embedder gets the already parsed (isolate-cached) font, not a second parse of the same bytes.
    const embedder = await CustomFontSubsetEmbedder.for({ create: () => shaper }, bytes, undefined, LAYOUT_FEATURES);
    return lazyFont(pdf, embedder, shaper, used);
  };
  const faces = new Map<number, Face>();
  for (const index of [...needed].sort((a, b) => a - b)) {
    const face = coverage.manifest.faces[index];
    if (face)
      faces.set(index, { id: face.id, regular: await load(face.files[400]), bold: await load(face.files[700]) });
  }
  const embedUsed = async () => {
    for (const font of used) await font.embed();
  };
  return { coverage, faces, embedUsed };
}
