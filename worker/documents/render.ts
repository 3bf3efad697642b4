import { PDFDocument } from "pdf-lib";
import type { Side } from "../domain";
import { embedFonts, isolate, MARGIN, MUTED, numberPages, Writer, type FontSource } from "../lib/pdf/writer";
import type { AgreementFields } from "./fields";
import { agreementBlocks, signatureWords, type Block, type Template } from "./templates";

/**
 * Agreement PDFs, on the shared primitives of worker/lib/pdf (A4, wrapped text, pagination, page numbers,
 * fonts for every script read from `fonts`, the static assets). Two steps: `renderAgreementPdf` produces the
 * unsigned document; `renderSignedPdf` loads those exact bytes and appends the signatures page and the
 * signature certificate, so the signed text is unchanged. Both throw `UndrawableTextError` (naming the
 * characters) when some text cannot be drawn with any font; the PDF jobs then mark the document failed.
 */

/** Every string of a block, as drawn (a field's label carries its language's colon: "Loyer mensuel :"). */
const blockText = (b: Block) => (b.label ? `${b.label} ${b.text}` : b.text);

/** Writes one block of an agreement template. */
function writeBlock(w: Writer, block: Block) {
  switch (block.kind) {
    case "title":
      return w.text(block.text, { size: 16, bold: true, gapAfter: 12 });
    case "heading":
      w.ensure(40); // keep a heading with its first lines
      return w.text(block.text, { size: 12, bold: true, gapAfter: 4 });
    case "field":
      return w.text(blockText(block), { gapAfter: 2 });
    case "paragraph":
      return w.text(block.text, { gapAfter: 6 });
  }
}

export type RenderInput = { documentId: string; template: Template; fields: AgreementFields; fonts: FontSource };

/** The unsigned agreement. */
export async function renderAgreementPdf({ documentId, template, fields, fonts }: RenderInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(template.title);
  pdf.setCreator("Rentline");
  pdf.setProducer("Rentline (pdf-lib)");
  pdf.setSubject(`Rentline document ${documentId}`);
  const blocks = agreementBlocks(template, fields);
  const footer = `Rentline · ${documentId}`;
  const f = await embedFonts(pdf, fonts, [
    ...blocks.map(blockText),
    footer,
    signatureWords[template.locale].page(1, 1),
  ]);
  const writer = new Writer(pdf, f);
  for (const block of blocks) writeBlock(writer, block);
  numberPages(pdf.getPages(), f, signatureWords[template.locale].page, footer);
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
  fonts: FontSource;
}): Promise<Uint8Array> {
  const w = signatureWords[input.template.locale];
  const pdf = await PDFDocument.load(input.unsignedPdf);
  const firstAdded = pdf.getPageCount();
  const footer = `Rentline · ${input.documentId} · ${w.certificate}`;
  const words = [w.signatures, w.consent, w.intro, w.certificate, input.template.title, w.page(1, 1), footer];
  const f = await embedFonts(pdf, input.fonts, [
    ...words,
    ...Object.values(w.side),
    ...input.signers.flatMap((s) => [s.name, s.signedName, s.userAgent.slice(0, 500), s.ip]),
    `${w.document} ${w.unsignedHash} ${w.signer} ${w.at} ${w.ip} ${w.userAgent} “”—·`,
  ]);
  const writer = new Writer(pdf, f);
  writer.text(w.signatures, { size: 16, bold: true, gapAfter: 12 });
  for (const signer of input.signers) {
    const image = await pdf.embedPng(signer.signaturePng);
    const scale = Math.min(200 / image.width, 70 / image.height, 1);
    writer.ensure(130);
    writer.text(`${isolate(signer.name)} (${w.side[signer.side]})`, { bold: true, gapAfter: 4 });
    writer.y -= image.height * scale;
    writer.page.drawImage(image, { x: MARGIN, y: writer.y, width: image.width * scale, height: image.height * scale });
    writer.y -= 6;
    writer.text(`${isolate(signer.signedName)} · ${signer.signedAt.replace("T", " ").slice(0, 19)} UTC`, {
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
    writer.text(`${w.signer}: ${isolate(signer.name)} (${w.side[signer.side]}) — “${isolate(signer.signedName)}”`, {
      bold: true,
      gapAfter: 2,
    });
    writer.text(`${w.at}: ${signer.signedAt}`, { size: 9, indent: 12, gapAfter: 1 });
    writer.text(`${w.ip}: ${signer.ip}`, { size: 9, indent: 12, gapAfter: 1 });
    writer.text(`${w.userAgent}: ${signer.userAgent.slice(0, 500)}`, { size: 9, indent: 12, gapAfter: 10 });
  }
  numberPages(pdf.getPages().slice(firstAdded), f, w.page, footer);
  return pdf.save();
}
