import bidiFactory from "bidi-js";
import { degrees, drawText, PDFHexString, type Color, type PDFName, type PDFPage } from "pdf-lib";
import type { Glyph, GlyphPosition } from "@pdf-lib/fontkit";
import { IGNORABLE } from "./coverage";
import { LAYOUT_FEATURES, type ShapedFont } from "./fonts";

/**
 * Shaping and drawing one run of text in one font and one direction. fontkit shapes (Arabic joining forms,
 * mark placement) and, for a right-to-left script, returns the glyphs in visual order; pdf-lib's
 * `encodeText` gives the same glyphs' ids in the document's font subset. pdf-lib's own `drawText` drops
 * fontkit's glyph offsets (an Arabic letter's dots drawn beside it), so glyphs are placed here: runs of
 * glyphs that sit at their natural advance go out as one text-showing operator; a glyph with an offset is
 * placed on its own; a glyph that stands for no character (dots Noto Sans Arabic adds as separate marks) is
 * drawn as a vector path, so text extraction and copy-paste still read the characters and nothing else.
 * Lengths are PDF points unless named `units` (the font's design units).
 */

const bidi = bidiFactory();
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

export type Shaped = { font: ShapedFont; text: string; glyphs: Glyph[]; positions: GlyphPosition[]; units: number };

/** Mirrors brackets and the like for right-to-left display (Unicode Bidi_Mirrored). */
function mirrored(text: string): string {
  let out = "";
  for (const ch of text) out += bidi.getMirroredCharacter(ch) ?? ch;
  return out;
}

const reversedClusters = (text: string) =>
  Array.from(graphemes.segment(text), (s) => s.segment)
    .reverse()
    .join("");

/**
 * Shapes `text` (logical order) in `font`; `rtl` for a run at an odd bidi level. fontkit reverses the runs
 * of right-to-left scripts itself; a right-to-left run without such letters (punctuation between Hebrew
 * words) is reversed here by grapheme clusters.
 */
export function shapeRun(font: ShapedFont, text: string, rtl: boolean): Shaped {
  let drawn = rtl ? mirrored(text) : text;
  let run = font.shaper.layout(drawn, LAYOUT_FEATURES);
  // fontkit orders glyphs by the run's script, the bidi level orders them here: a right-to-left run without
  // right-to-left letters, or a left-to-right run of a right-to-left script — Arabic-Indic digits (U+0660–
  // U+0669, U+06F0–U+06F9) sit at an even level inside Arabic text, numbers read left to right (UAX #9) —
  // is laid out from its clusters reversed, so fontkit's own reversal puts them back in reading order.
  if ((run.direction === "rtl") !== rtl) {
    drawn = reversedClusters(drawn);
    run = font.shaper.layout(drawn, LAYOUT_FEATURES);
  }
  // Glyphs that stand only for ignorable code points (ZWJ, ZWNJ kept for the shaper) take no width.
  const positions = run.positions.map((p, i) =>
    ignorableGlyph(run.glyphs[i], p) ? { ...p, xAdvance: 0, xOffset: 0, yOffset: 0 } : p,
  );
  let units = 0;
  for (const p of positions) units += p.xAdvance;
  return { font, text: drawn, glyphs: run.glyphs, positions, units };
}

/**
 * Whether a glyph stands only for default-ignorable code points, drawn as nothing: its code points are
 * ignorable, or it is the zero-advance space fontkit substitutes for one (its layout hides default
 * ignorables that way; drawn, it would extract as a space between letters).
 */
function ignorableGlyph(glyph: Glyph | undefined, position: GlyphPosition | undefined): boolean {
  if (!glyph?.codePoints.length) return false;
  if (glyph.codePoints.every((cp) => IGNORABLE.test(String.fromCodePoint(cp)))) return true;
  return position?.xAdvance === 0 && glyph.codePoints.every((cp) => cp === 0x20);
}

/** The advance width of a shaped run at `size` points. */
export const widthOf = (s: Shaped, size: number) => (s.units * size) / s.font.shaper.unitsPerEm;

const fontKeys = new WeakMap<PDFPage, Map<ShapedFont, PDFName>>();
/** The page's resource name for `font`, added once per page. */
function fontKey(page: PDFPage, font: ShapedFont): PDFName {
  let keys = fontKeys.get(page);
  if (!keys) fontKeys.set(page, (keys = new Map<ShapedFont, PDFName>()));
  let key = keys.get(font);
  if (!key) keys.set(font, (key = page.node.newFontDictionary(font.pdf.name, font.pdf.ref)));
  return key;
}

/** A glyph outline in SVG path syntax with y pointing down, as pdf-lib's `drawSvgPath` expects. */
function svgOfGlyph(glyph: Glyph): string {
  return glyph.path.toSVG().replace(/([MLQCZ])([^MLQCZ]*)/g, (_, cmd: string, args: string) => {
    const nums = args.trim()
      ? args
          .trim()
          .split(/[\s,]+/)
          .map(Number)
      : [];
    return cmd + nums.map((n, i) => (i % 2 ? -n : n)).join(" ");
  });
}

/** Draws a shaped run with its left edge at `x` and baseline at `y`; answers its width. */
export function drawShaped(page: PDFPage, s: Shaped, x: number, y: number, size: number, color: Color): number {
  const hex = s.font.pdf.encodeText(s.text).asString();
  const scale = size / s.font.shaper.unitsPerEm;
  const key = fontKey(page, s.font);
  const show = (ids: string, at: number, dy = 0) =>
    page.pushOperators(
      ...drawText(PDFHexString.of(ids), {
        x: at,
        y: y + dy,
        size,
        font: key,
        color,
        rotate: degrees(0),
        xSkew: degrees(0),
        ySkew: degrees(0),
      }),
    );
  let pen = x;
  let group = "";
  let groupX = x;
  const flush = () => {
    if (group) show(group, groupX);
    group = "";
  };
  s.glyphs.forEach((glyph, i) => {
    const p = s.positions[i] ?? { xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 };
    const id = hex.slice(4 * i, 4 * i + 4);
    if (ignorableGlyph(glyph, p)) {
      flush(); // a joiner: no ink, no width
    } else if (!glyph.codePoints.length) {
      flush();
      page.drawSvgPath(svgOfGlyph(glyph), { x: pen + p.xOffset * scale, y: y + p.yOffset * scale, scale, color });
    } else if (p.xOffset || p.yOffset || p.xAdvance !== glyph.advanceWidth) {
      flush();
      show(id, pen + p.xOffset * scale, p.yOffset * scale);
    } else {
      if (!group) groupX = pen;
      group += id;
    }
    pen += p.xAdvance * scale;
  });
  flush();
  return pen - x;
}
