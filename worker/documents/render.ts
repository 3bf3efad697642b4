import { PDFDocument } from "pdf-lib";
import type { Side } from "../domain";
import { formatDateTime } from "../lib/i18n/format";
import { textDirection, type Locale } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import { embedFonts, isolate, MARGIN, MUTED, numberPages, savePdf, Writer, type FontSource } from "../lib/pdf/writer";
import type { AgreementFields } from "./fields";
import type { Block } from "./blocks";
import { agreementBlocks, titleFor, type Template } from "./templates";

/**
 * Agreement PDFs, on the shared primitives of worker/lib/pdf (A4, wrapped text, pagination, page numbers,
 * fonts for every script read from `fonts`, the static assets). Two steps: `renderAgreementPdf` produces the
 * unsigned document; `renderSignedPdf` loads those exact bytes and appends the signatures page and the
 * signature certificate, so the signed text is unchanged. Page numbers, the signatures page and the
 * certificate take their words from the `pdf` namespace (worker/lib/i18n/messages) in the agreement's
 * language; the agreement's own text is its template's. Both throw `UndrawableTextError` (naming the
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
  pdf.setTitle(titleFor(template, fields));
  pdf.setCreator("Rentline");
  pdf.setProducer("Rentline (pdf-lib)");
  pdf.setSubject(`Rentline document ${documentId}`);
  const blocks = agreementBlocks(template, fields);
  const footer = `Rentline · ${documentId}`;
  const t = translator(template.locale, "pdf");
  const page = (n: number, total: number) => t("page", { n, total });
  const f = await embedFonts(pdf, fonts, [...blocks.map(blockText), footer, page(1, 1)]);
  const writer = new Writer(pdf, f);
  for (const block of blocks) writeBlock(writer, block);
  numberPages(pdf.getPages(), f, page, footer);
  return savePdf(pdf, f);
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

/** What `renderSignedPdf` draws: the unsigned agreement's bytes, its signers, where and in which language. */
export type SignedInput = {
  documentId: string;
  template: Template;
  /** The language of the signatures page and certificate: the agreement's (`template.locale`). */
  locale: Locale;
  /** The org's IANA time zone: signing times read in it, labelled with their offset ("UTC+1"). */
  timeZone: string;
  unsignedPdf: Uint8Array;
  unsignedSha256: string;
  signers: Signer[];
  fonts: FontSource;
};

/** The unsigned bytes, unchanged, followed by a signatures page and the signature certificate. */
export async function renderSignedPdf(input: SignedInput): Promise<Uint8Array> {
  const t = translator(input.locale, "pdf");
  const pdf = await PDFDocument.load(input.unsignedPdf);
  const firstAdded = pdf.getPageCount();
  const page = (n: number, total: number) => t("page", { n, total });
  const footer = `Rentline · ${input.documentId} · ${t("signatures.certificate")}`;
  const lines = certificateLines(input, t);
  const f = await embedFonts(pdf, input.fonts, [
    t("signatures.title"),
    t("signatures.consent"),
    page(1, 1),
    footer,
    ...lines.map(([text]) => text),
    ...input.signers.map((s) => `${signerOf(t, s)} ${signedLine(input.locale, input.timeZone, s)}`),
  ]);
  const writer = new Writer(pdf, f);
  writer.text(t("signatures.title"), { size: 16, bold: true, gapAfter: 12 });
  for (const signer of input.signers) {
    const image = await pdf.embedPng(signer.signaturePng);
    const scale = Math.min(200 / image.width, 70 / image.height, 1);
    writer.ensure(130);
    writer.text(signerOf(t, signer), { bold: true, gapAfter: 4 });
    writer.y -= image.height * scale;
    const width = image.width * scale;
    // Right to left (Hebrew), the signature sits under its name at the right margin.
    const x = textDirection(input.locale) === "rtl" ? writer.page.getWidth() - MARGIN - width : MARGIN;
    writer.page.drawImage(image, { x, y: writer.y, width, height: image.height * scale });
    writer.y -= 6;
    writer.text(signedLine(input.locale, input.timeZone, signer), { size: 9, color: MUTED, gapAfter: 2 });
    writer.text(t("signatures.consent"), { size: 9, color: MUTED, gapAfter: 14 });
  }

  writer.newPage();
  for (const [text, options] of lines) {
    if (options.keep) writer.ensure(options.keep);
    writer.text(text, options);
  }
  numberPages(pdf.getPages().slice(firstAdded), f, page, footer);
  return savePdf(pdf, f);
}

type PdfText = ReturnType<typeof translator<"pdf">>;
type Line = [string, Parameters<Writer["text"]>[1] & { keep?: number }];

/** "Олена Коваленко (орендар)": a signer and their side, the name isolated from the sentence's direction. */
const signerOf = (t: PdfText, s: Signer) => `${isolate(s.name)} (${t(`signatures.side.${s.side}`)})`;

/** Under a drawn signature: the typed name and when, in the org's time zone (labelled), in the agreement's language. */
const signedLine = (locale: Locale, timeZone: string, s: Signer) =>
  `${isolate(s.signedName)} · ${formatDateTime(s.signedAt, locale, timeZone)}`;

/**
 * The certificate's lines: the document, the unsigned file's SHA-256, then per signer who, when (the time in
 * the org's zone with its UTC offset, then the exact ISO-8601 UTC instant as recorded: evidence keeps its precision), from which
 * IP address and browser.
 */
function certificateLines(input: Parameters<typeof renderSignedPdf>[0], t: PdfText): Line[] {
  const lines: Line[] = [
    [t("signatures.certificate"), { size: 16, bold: true, gapAfter: 8 }],
    [t("signatures.intro"), { gapAfter: 10 }],
    [t("signatures.document", { title: input.template.title, id: input.documentId }), { gapAfter: 2 }],
    [t("signatures.unsignedHash"), { bold: true, gapAfter: 2 }],
    [input.unsignedSha256, { size: 9, gapAfter: 12 }],
  ];
  for (const s of input.signers) {
    const side = t(`signatures.side.${s.side}`);
    const at = `${formatDateTime(s.signedAt, input.locale, input.timeZone)} (${s.signedAt})`;
    lines.push(
      [
        t("signatures.signer", { name: isolate(s.name), side, signedName: isolate(s.signedName) }),
        { bold: true, gapAfter: 2, keep: 90 },
      ],
      [t("signatures.at", { at }), { size: 9, indent: 12, gapAfter: 1 }],
      [t("signatures.ip", { ip: s.ip }), { size: 9, indent: 12, gapAfter: 1 }],
      [t("signatures.userAgent", { userAgent: s.userAgent.slice(0, 500) }), { size: 9, indent: 12, gapAfter: 10 }],
    );
  }
  return lines;
}
