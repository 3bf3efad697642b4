import { PDFDocument } from "pdf-lib";
import { formatDate, formatMoney, formatPeriod } from "../lib/i18n/format";
import { translator, type Translator } from "../lib/i18n/translate";
import { embedFonts, isolate, MARGIN, numberPages, savePdf, Writer, type FontSource } from "../lib/pdf/writer";
import type { ReceiptInput } from "./receipt-input";

export type { ReceiptInput } from "./receipt-input";

/**
 * A rent receipt for one fully paid period, rendered on the PDF queue in the lease's language (its org's):
 * a "quittance de loyer" in French (the wording French law expects, loi n° 89-462 art. 21: received from,
 * for the period — the days of the month the lease covers — the rent and the charges told apart), the same receipt in English, Ukrainian or Hebrew otherwise (the `pdf`
 * namespace; dates, the period and money through worker/lib/i18n/format.ts). Uses the shared PDF writer
 * (worker/lib/pdf): names and addresses in any script people write them in render, Hebrew right to left;
 * text no font draws throws `UndrawableTextError`.
 * The input and what it prints: ./receipt-input.ts.
 */

/** "SCI Les Tilleuls (SCI), SIRET 732 829 320 00074, 1 Place Bellecour, 69002 Lyon": the landlord block. */
export function landlordLine(
  { name, legalForm, companyNumber, address }: ReceiptInput["landlord"],
  t: Translator<"pdf">,
) {
  const siret = companyNumber && /^\d{14}$/.test(companyNumber);
  const number = companyNumber
    ? siret
      ? `SIRET ${companyNumber.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, "$1 $2 $3 $4")}`
      : t("receipt.companyNumber", { number: isolate(companyNumber) })
    : null;
  const form = legalForm && !name.includes(legalForm) ? ` (${isolate(legalForm)})` : "";
  return [`${isolate(name)}${form}`, number, isolate(address)].filter(Boolean).join(", ");
}

/**
 * The receipt's PDF bytes (one page, numbered, titled "Quittance de loyer — janvier 2026" in French), with
 * the fonts read from `fonts` (the static assets).
 */
export async function renderReceiptPdf(r: ReceiptInput, fonts: FontSource): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const t = translator(r.locale, "pdf");
  const heading = t("receipt.heading", { period: formatPeriod(r.period, r.locale) });
  pdf.setTitle(heading);
  pdf.setCreator("Rentline");
  const money = (minor: number) => formatMoney(minor, r.currency, r.locale);
  const amount = money(r.amount);
  const [rent, charges] = [money(r.rent), money(r.charges)];
  const [from, to] = [r.from, r.to].map((d) => formatDate(d, r.locale, "long"));
  // Names and addresses as bidi isolates: a Hebrew name does not reorder the words around it.
  const renters = new Intl.ListFormat(r.locale, { type: "conjunction" }).format(r.renters.map(isolate));
  const landlord = isolate(r.landlord.name);
  const lines: ReceiptLine[] = [
    [heading, { size: 16, bold: true, gapAfter: 12 }],
    [t("receipt.landlord", { name: landlordLine(r.landlord, t) }), {}],
    [t("receipt.renters", { names: renters }), {}],
    [t("receipt.property", { address: isolate(r.propertyAddress) }), { gapAfter: 12 }],
    [
      t("receipt.statement", { landlord, renters, amount, rent, charges, from: from ?? "", to: to ?? "" }),
      { gapAfter: 10 },
    ],
    [t("receipt.rent", { amount: rent }), { gapAfter: 2 }],
    [t("receipt.charges", { amount: charges }), { gapAfter: 2 }],
    [t("receipt.amount", { amount }), { bold: true, gapAfter: 2 }],
    [t("receipt.lastPayment", { date: formatDate(r.paidOn, r.locale, "long") }), { gapAfter: 12 }],
    [
      t("receipt.issued", { date: formatDate(r.issuedOn, r.locale, "long"), number: r.receiptId }),
      { size: 9, gapAfter: 2 },
    ],
  ];
  return writeReceiptLines(pdf, fonts, lines, t, r);
}

/** A receipt line: its text and how the writer sets it. */
export type ReceiptLine = [string, Parameters<Writer["text"]>[1]];

/**
 * Writes a receipt's `lines` (quittance or reçu) on `pdf` with the fonts they need, numbers its pages with the
 * receipt's id in the footer, draws the org's logo, and answers the PDF's bytes.
 */
export async function writeReceiptLines(
  pdf: PDFDocument,
  fonts: FontSource,
  lines: ReceiptLine[],
  t: Translator<"pdf">,
  r: Pick<ReceiptInput, "receiptId" | "logo">,
): Promise<Uint8Array> {
  const page = (n: number, total: number) => t("page", { n, total });
  const footer = `Rentline · ${r.receiptId}`;
  const embedded = await embedFonts(pdf, fonts, [...lines.map(([text]) => text), page(1, 1), footer]);
  const w = new Writer(pdf, embedded);
  for (const [text, options] of lines) w.text(text, options);
  numberPages(pdf.getPages(), embedded, page, footer);
  if (r.logo) await drawLogo(pdf, r.logo);
  return savePdf(pdf, embedded);
}

/** The logo in the top margin of page 1, right-aligned, at most 120 × 40 pt, never enlarged. */
async function drawLogo(pdf: PDFDocument, logo: NonNullable<ReceiptInput["logo"]>) {
  const image = logo.type === "image/png" ? await pdf.embedPng(logo.bytes) : await pdf.embedJpg(logo.bytes);
  const scale = Math.min(1, 120 / image.width, 40 / image.height);
  const [first] = pdf.getPages();
  if (!first) return;
  const { width, height } = first.getSize();
  const w = image.width * scale;
  const h = image.height * scale;
  first.drawImage(image, { x: width - MARGIN - w, y: height - MARGIN + 6, width: w, height: h });
}
