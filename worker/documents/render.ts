import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import boldFontBase64 from "./fonts/dejavu-sans-bold";
import regularFontBase64 from "./fonts/dejavu-sans";
import type { Side } from "../lib/domain";
import type { AgreementFields } from "./fields";
import { agreementBlocks, signatureWords, type Block, type Template } from "./templates";

/**
 * Agreement PDFs with pdf-lib: A4, wrapped text, pagination, page numbers, and an embedded subset of
 * DejaVu Sans so that accented Latin and Cyrillic names render (the standard PDF fonts are Latin-1 only).
 * Two steps: `renderAgreementPdf` produces the unsigned document; `renderSignedPdf` loads those exact
 * bytes and appends the signatures page and the signature certificate, so the signed text is unchanged.
 */
const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - 2 * MARGIN;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.4, 0.4, 0.45);

function fromBase64(b64: string): Uint8Array {
  return Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
}
let fontBytes: { regular: Uint8Array; bold: Uint8Array } | undefined;
function fonts() {
  return (fontBytes ??= { regular: fromBase64(regularFontBase64), bold: fromBase64(boldFontBase64) });
}

export type Fonts = { regular: PDFFont; bold: PDFFont };
export async function embedFonts(pdf: PDFDocument): Promise<Fonts> {
  pdf.registerFontkit(fontkit);
  const { regular, bold } = fonts();
  // subset: only the glyphs used end up in the file (a one-page agreement stays small).
  return { regular: await pdf.embedFont(regular, { subset: true }), bold: await pdf.embedFont(bold, { subset: true }) };
}

/** Splits text into lines no wider than `width`, breaking words that are longer than a line. */
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

  ensure(height: number) {
    if (this.y - height < MARGIN + 24) this.newPage();
  }

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

  block(block: Block) {
    switch (block.kind) {
      case "title":
        return this.text(block.text, { size: 16, bold: true, gapAfter: 12 });
      case "heading":
        this.ensure(40); // keep a heading with its first lines
        return this.text(block.text, { size: 12, bold: true, gapAfter: 4 });
      case "field":
        return this.text(`${block.label}: ${block.text}`, { gapAfter: 2 });
      case "paragraph":
        return this.text(block.text, { gapAfter: 6 });
    }
  }
}

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

export type RenderInput = { documentId: string; template: Template; fields: AgreementFields };

/** The unsigned agreement. */
export async function renderAgreementPdf({ documentId, template, fields }: RenderInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(template.title);
  pdf.setCreator("Rentline");
  pdf.setProducer("Rentline (pdf-lib)");
  pdf.setSubject(`Rentline document ${documentId}`);
  const f = await embedFonts(pdf);
  const writer = new Writer(pdf, f);
  for (const block of agreementBlocks(template, fields)) writer.block(block);
  numberPages(pdf.getPages(), f.regular, signatureWords[template.locale].page, `Rentline · ${documentId}`);
  return pdf.save();
}

export type Signer = {
  name: string;
  signedName: string;
  side: Side;
  signedAt: string;
  ip: string;
  userAgent: string;
  signaturePng: Uint8Array;
};

/** The unsigned bytes, unchanged, followed by a signatures page and the signature certificate. */
export async function renderSignedPdf(input: {
  documentId: string;
  template: Template;
  unsignedPdf: Uint8Array;
  unsignedSha256: string;
  signers: Signer[];
}): Promise<Uint8Array> {
  const w = signatureWords[input.template.locale];
  const pdf = await PDFDocument.load(input.unsignedPdf);
  const firstAdded = pdf.getPageCount();
  const f = await embedFonts(pdf);
  const writer = new Writer(pdf, f);
  writer.text(w.signatures, { size: 16, bold: true, gapAfter: 12 });
  for (const signer of input.signers) {
    const image = await pdf.embedPng(signer.signaturePng);
    const scale = Math.min(200 / image.width, 70 / image.height, 1);
    writer.ensure(130);
    writer.text(`${signer.name} (${w.side[signer.side]})`, { bold: true, gapAfter: 4 });
    writer.y -= image.height * scale;
    writer.page.drawImage(image, { x: MARGIN, y: writer.y, width: image.width * scale, height: image.height * scale });
    writer.y -= 6;
    writer.text(`${signer.signedName} · ${signer.signedAt.replace("T", " ").slice(0, 19)} UTC`, {
      size: 9,
      color: MUTED,
      gapAfter: 2,
    });
    writer.text(w.consent, { size: 9, color: MUTED, gapAfter: 14 });
  }

  writer.newPage();
  writer.text(w.certificate, { size: 16, bold: true, gapAfter: 8 });
  writer.text(w.intro, { gapAfter: 10 });
  writer.text(`${w.document}: ${input.template.title} · ${input.documentId}`, { gapAfter: 2 });
  writer.text(`${w.unsignedHash}:`, { bold: true, gapAfter: 2 });
  writer.text(input.unsignedSha256, { size: 9, gapAfter: 12 });
  for (const signer of input.signers) {
    writer.ensure(90);
    writer.text(`${w.signer}: ${signer.name} (${w.side[signer.side]}) — “${signer.signedName}”`, {
      bold: true,
      gapAfter: 2,
    });
    writer.text(`${w.at}: ${signer.signedAt}`, { size: 9, indent: 12, gapAfter: 1 });
    writer.text(`${w.ip}: ${signer.ip}`, { size: 9, indent: 12, gapAfter: 1 });
    writer.text(`${w.userAgent}: ${signer.userAgent}`, { size: 9, indent: 12, gapAfter: 10 });
  }
  numberPages(pdf.getPages().slice(firstAdded), f.regular, w.page, `Rentline · ${input.documentId} · ${w.certificate}`);
  return pdf.save();
}
