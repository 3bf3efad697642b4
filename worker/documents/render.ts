import { PDFDocument } from "pdf-lib";
import type { Side } from "../domain";
import { embedFonts, MARGIN, MUTED, numberPages, Writer } from "../lib/pdf/writer";
import type { AgreementFields } from "./fields";
import { agreementBlocks, signatureWords, type Block, type Template } from "./templates";

/**
 * Agreement PDFs, on the shared primitives of worker/lib/pdf (A4, wrapped text, pagination, page numbers,
 * the embedded DejaVu Sans subset). Two steps: `renderAgreementPdf` produces the unsigned document;
 * `renderSignedPdf` loads those exact bytes and appends the signatures page and the signature certificate,
 * so the signed text is unchanged.
 */

/** Writes one block of an agreement template. */
function writeBlock(w: Writer, block: Block) {
  switch (block.kind) {
    case "title":
      return w.text(block.text, { size: 16, bold: true, gapAfter: 12 });
    case "heading":
      w.ensure(40); // keep a heading with its first lines
      return w.text(block.text, { size: 12, bold: true, gapAfter: 4 });
    case "field":
      return w.text(`${block.label}: ${block.text}`, { gapAfter: 2 });
    case "paragraph":
      return w.text(block.text, { gapAfter: 6 });
  }
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
  for (const block of agreementBlocks(template, fields)) writeBlock(writer, block);
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
