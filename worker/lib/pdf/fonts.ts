import fontkit from "@pdf-lib/fontkit";
import { CustomFontSubsetEmbedder, PDFFont, type PDFDocument } from "pdf-lib";
import type { Font as FontkitFont } from "@pdf-lib/fontkit";
import { Coverage, facesFor, readManifest, type FontSource } from "./coverage";
import { describeCharacters, UndrawableTextError } from "./text";

/**
 * The fonts a PDF is drawn with: Noto Sans slices (Latin incl. Vietnamese, Greek, Cyrillic, Devanagari,
 * Hebrew, Arabic, Simplified Chinese, Japanese, Korean) then DejaVu Sans for symbols, regular and bold, built
 * by scripts/subset-fonts.mjs into public/fonts/ and read where rendering happens (the ASSETS binding), never
 * bundled. `loadFonts` reads the manifest, picks for every grapheme cluster of the document's text the first
 * face that draws all of it, embeds only those faces (pdf-lib `subset: true`: only the glyphs used end up in
 * the file) and throws `UndrawableTextError` naming every character no face can draw.
 */

/**
 * One face: the fontkit font to shape and measure with, and the pdf-lib font (same bytes) to draw with,
 * created — and so embedded in the PDF — the first time a glyph is drawn with it (`pdf`): a document that
 * writes nothing bold in a script carries no bold face for it.
 */
export type ShapedFont = { readonly pdf: PDFFont; shaper: FontkitFont };
export type Face = { id: string; regular: ShapedFont; bold: ShapedFont };

/** Kerning off: glyphs then advance by their own widths, as PDF text does (see shape.ts). */
export const LAYOUT_FEATURES = { kern: false } as const;

// Per isolate: the font files do not change within a deploy. A font is kept with its parsed
// fontkit instance (shaping is stateless, and its glyph caches then serve every document); the total is
// capped so a worker that rendered many scripts does not hold them all.
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
