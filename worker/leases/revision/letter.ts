import { PDFDocument } from "pdf-lib";
import { formatDate, formatMoney, formatPeriod } from "../../lib/i18n/format";
import { formatIndexValue, formatQuarter } from "../../lib/i18n/rent-index";
import { translator } from "../../lib/i18n/translate";
import { embedFonts, isolate, numberPages, savePdf, Writer, type FontSource } from "../../lib/pdf/writer";
import type { LetterInput } from "./letter-input";

export type { LetterInput } from "./letter-input";

/**
 * The rent revision letter to the renters (loi n° 89-462 art. 17-1), rendered on the PDF queue in the
 * lease's language: who, which home, the rent before, the two IRL values (quarter and value as published),
 * the computation, the new rent and the first period it is charged for. Uses the shared PDF writer: names
 * and addresses in any script people write them in; text no font draws throws `UndrawableTextError`. Drawn in
 * the render worker (workers/render); its input and what it prints: ./letter-input.ts.
 */
/** The letter's lines in order, with their style, in the letter's language. */
function letterLines(r: LetterInput): [string, Parameters<Writer["text"]>[1]][] {
  const t = translator(r.locale, "rentRevisionDocs");
  const money = (minor: number) => formatMoney(minor, r.currency, r.locale);
  const index = (p: { quarter: string; value: string }) => ({
    quarter: formatQuarter(p.quarter, r.locale),
    value: formatIndexValue(p.value, r.locale),
  });
  const landlord = isolate(r.landlord.name);
  return [
    [t("letter.title"), { size: 16, bold: true, gapAfter: 12 }],
    [t("letter.landlord", { name: r.landlord.address ? `${landlord}, ${isolate(r.landlord.address)}` : landlord }), {}],
    [t("letter.renters", { names: r.renters.map(isolate).join(", ") }), {}],
    [t("letter.premises", { address: isolate(r.propertyAddress) }), { gapAfter: 12 }],
    [t("letter.subject", { anniversary: formatDate(r.anniversary, r.locale, "long") }), { bold: true, gapAfter: 10 }],
    [t("letter.salutation"), { gapAfter: 6 }],
    [t("letter.body"), { gapAfter: 10 }],
    [t("letter.currentRent", { amount: money(r.previousRent) }), {}],
    [t("letter.baseIndex", index(r.base)), {}],
    [t("letter.newIndex", index(r.new)), { gapAfter: 6 }],
    [
      t("letter.computation", {
        rent: money(r.previousRent),
        newValue: formatIndexValue(r.new.value, r.locale),
        baseValue: formatIndexValue(r.base.value, r.locale),
        newRent: money(r.newRent),
      }),
      { gapAfter: 6 },
    ],
    [t("letter.newRent", { amount: money(r.newRent) }), { bold: true, gapAfter: 6 }],
    [t("letter.effective", { period: formatPeriod(r.effectivePeriod, r.locale) }), { gapAfter: 10 }],
    [t("letter.closing"), { gapAfter: 10 }],
    [t("letter.signed", { date: formatDate(r.issuedOn, r.locale, "long"), landlord }), { gapAfter: 16 }],
    [t("letter.source"), { size: 8 }],
  ];
}

/** The letter's PDF bytes (numbered pages), with the fonts read from `fonts` (the static assets). */
export async function renderLetterPdf(r: LetterInput, fonts: FontSource): Promise<Uint8Array> {
  const t = translator(r.locale, "rentRevisionDocs");
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${t("letter.title")} — ${r.anniversary}`);
  pdf.setCreator("Rentline");
  pdf.setLanguage(r.locale);
  const lines = letterLines(r);
  const page = (n: number, total: number) => t("letter.page", { n: String(n), total: String(total) });
  const footer = `Rentline · ${r.letterId}`;
  const embedded = await embedFonts(pdf, fonts, [...lines.map(([text]) => text), page(1, 1), footer]);
  const w = new Writer(pdf, embedded);
  for (const [text, options] of lines) w.text(text, options);
  numberPages(pdf.getPages(), embedded, page, footer);
  return savePdf(pdf, embedded);
}
