import { rgb, type Color, type PDFDocument, type PDFPage } from "pdf-lib";
import type { FontSource } from "./coverage";
import { loadFonts } from "./fonts";
import { layoutText, Measurer, type Line } from "./layout";
import { drawShaped } from "./shape";

export { assetFonts, undrawableCharacters, type FontSource } from "./coverage";
export { isolate, UndrawableTextError } from "./text";

/**
 * The PDF primitives every Rentline document uses (agreements, signed agreements, rent receipts), on pdf-lib:
 * A4 pages with 56 pt margins, text in the fonts of ./fonts.ts (every script people write names and
 * addresses in, shaped and ordered right to left where it is), wrapped in linear time and flowing onto new
 * pages, and page numbers. Lengths are PDF points (1/72 inch).
 */
const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 56;
/** The text width between the margins, in points. */
const WIDTH = A4[0] - 2 * MARGIN;
const INK = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.4, 0.4, 0.45);

/** A document's fonts, ready to lay text out with. */
export type Fonts = { measurer: Measurer };

/**
 * Loads and embeds the fonts that `texts` need: pass every string the document will draw (names, addresses,
 * clauses, labels, footers). Errors: `UndrawableTextError` naming the characters no font draws.
 */
export async function embedFonts(pdf: PDFDocument, source: FontSource, texts: string[]): Promise<Fonts> {
  // Digits and ASCII punctuation for page numbers and dates, whatever the text holds.
  const base = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");
  return { measurer: new Measurer(await loadFonts(pdf, source, [base, ...texts])) };
}

/**
 * The document's bytes: embeds the faces it drew with (and only those: a face never drawn with, such as an
 * unused bold, is not in the file), then saves. Use instead of `pdf.save()` for documents written here.
 */
export async function savePdf(pdf: PDFDocument, fonts: Fonts): Promise<Uint8Array> {
  await fonts.measurer.fonts.embedUsed();
  return pdf.save();
}

/** Draws one laid-out line: runs left to right from `x`, baseline `y`. */
function drawLine(page: PDFPage, line: Line, x: number, y: number, size: number, color: Color) {
  let pen = x;
  for (const run of line.runs) pen += drawShaped(page, run, pen, y, size, color);
}

/** A cursor that writes lines down the page and starts a new page when the current one is full. */
export class Writer {
  page: PDFPage;
  /** The baseline of the last line written, in points from the bottom of the page. */
  y = A4[1] - MARGIN;
  constructor(
    readonly pdf: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.page = pdf.addPage(A4);
  }

  newPage() {
    this.page = this.pdf.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** Starts a new page unless `height` points still fit above the footer. */
  ensure(height: number) {
    if (this.y - height < MARGIN + 24) this.newPage();
  }

  /**
   * Writes wrapped text (size in points), then leaves `gapAfter` points. A paragraph whose first strong
   * character is right-to-left (Hebrew, Arabic) is aligned right.
   */
  text(text: string, { size = 10, bold = false, color = INK, gapAfter = 4, indent = 0 } = {}) {
    const lineHeight = size * 1.35;
    const max = WIDTH - indent;
    for (const line of layoutText(this.fonts.measurer, text, bold, size, max)) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      const x = MARGIN + indent + (line.rtl ? Math.max(0, max - line.width) : 0);
      drawLine(this.page, line, x, this.y, size, color);
    }
    this.y -= gapAfter;
  }
}

/** Writes `label(n, total)` at the bottom right and `footer` at the bottom left of each page. */
export function numberPages(
  pages: PDFPage[],
  fonts: Fonts,
  label: (n: number, total: number) => string,
  footer: string,
) {
  const [footerLine] = layoutText(fonts.measurer, footer, false, 8, Infinity);
  pages.forEach((page, i) => {
    const [line] = layoutText(fonts.measurer, label(i + 1, pages.length), false, 8, Infinity);
    if (line) drawLine(page, line, A4[0] - MARGIN - line.width, MARGIN / 2, 8, MUTED);
    if (footerLine) drawLine(page, footerLine, MARGIN, MARGIN / 2, 8, MUTED);
  });
}
