import fontkit from "@pdf-lib/fontkit";
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import boldFontBase64 from "./fonts/dejavu-sans-bold";
import regularFontBase64 from "./fonts/dejavu-sans";

/**
 * The PDF primitives every Rentline document uses (agreements, signed agreements, rent receipts), on pdf-lib:
 * A4 pages with 56 pt margins, an embedded subset of DejaVu Sans (accented Latin and Cyrillic render; the
 * standard PDF fonts are Latin-1 only), wrapped text that flows onto new pages, and page numbers.
 * Lengths are PDF points (1/72 inch).
 */
const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 56;
/** The text width between the margins, in points. */
const WIDTH = A4[0] - 2 * MARGIN;
const INK = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.4, 0.4, 0.45);

function fromBase64(b64: string): Uint8Array {
  return Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
}
let fontBytes: { regular: Uint8Array; bold: Uint8Array } | undefined;
function fonts() {
  return (fontBytes ??= { regular: fromBase64(regularFontBase64), bold: fromBase64(boldFontBase64) });
}

export type Fonts = { regular: PDFFont; bold: PDFFont };

/** Embeds DejaVu Sans regular and bold in `pdf`, subset to the glyphs used (a one-page document stays small). */
export async function embedFonts(pdf: PDFDocument): Promise<Fonts> {
  pdf.registerFontkit(fontkit);
  const { regular, bold } = fonts();
  return { regular: await pdf.embedFont(regular, { subset: true }), bold: await pdf.embedFont(bold, { subset: true }) };
}

/** Splits text into lines no wider than `width` (points), breaking words that are longer than a line. */
function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r/g, "").split("\n")) {
    let line = "";
    for (const word of paragraph.replace(/\t/g, " ").split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > width) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
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

  /** Writes wrapped text (size in points), then leaves `gapAfter` points. */
  text(text: string, { size = 10, bold = false, color = INK, gapAfter = 4, indent = 0 } = {}) {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    const lineHeight = size * 1.35;
    for (const line of wrapText(text, font, size, WIDTH - indent)) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color });
    }
    this.y -= gapAfter;
  }
}

/** Writes `label(n, total)` at the bottom right and `footer` at the bottom left of each page. */
export function numberPages(
  pages: PDFPage[],
  font: PDFFont,
  label: (n: number, total: number) => string,
  footer: string,
) {
  pages.forEach((page, i) => {
    const text = label(i + 1, pages.length);
    page.drawText(text, {
      x: A4[0] - MARGIN - font.widthOfTextAtSize(text, 8),
      y: MARGIN / 2,
      size: 8,
      font,
      color: MUTED,
    });
    page.drawText(footer, { x: MARGIN, y: MARGIN / 2, size: 8, font, color: MUTED });
  });
}
