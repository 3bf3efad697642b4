import { PDFDocument, rgb } from "pdf-lib";
import { formatDate, formatMoney, formatPeriod } from "../lib/i18n/format";
import { type Locale, textDirection } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import { embedFonts, isolate, MARGIN, numberPages, savePdf, Writer, type FontSource } from "../lib/pdf/writer";
import type { StatementLine, StatementView } from "./contract";
import type { StatementPdfInput } from "./statement-input";

export type { StatementPdfInput } from "./statement-input";

/**
 * The owner statement as a PDF (issue 15 §7), rendered on the PDF queue in the org's language (the
 * `statementDocs` server namespace): the property, the month's rent collected, expenses and net as a chart
 * with its legend (each bar named with its amount), then every line of the month. Uses the shared PDF writer (worker/lib/pdf): names in any script.
 * Drawn in the render worker (workers/render); its input and what it prints: ./statement-input.ts.
 */

const BAR = { income: rgb(0.13, 0.55, 0.35), expenses: rgb(0.8, 0.33, 0.2), net: rgb(0.2, 0.35, 0.7) } as const;
const AXIS = rgb(0.2, 0.2, 0.2);

/** One line of the month as the PDF prints it: day · kind · category, unit, vendor and note · signed amount. */
function lineText(l: StatementLine, input: StatementPdfInput) {
  const t = translator(input.locale, "statementDocs");
  const { currency } = input.statement;
  const label = [
    l.category ? t(`category.${l.category}`) : null,
    l.unitNumber ? t("unit", { unit: isolate(l.unitNumber) }) : null,
    l.vendorName ? isolate(l.vendorName) : null,
    l.note ? isolate(l.note) : null,
  ]
    .filter(Boolean)
    .join(", ");
  return t("line", {
    date: formatDate(l.date, input.locale, "medium") ?? l.date,
    kind: t(`kind.${l.kind}`),
    label: label || "—",
    amount: formatMoney(l.amount, currency, input.locale),
  });
}

/**
 * Where the month's bars go on a line of `width` points: one scale for all three, from a zero axis at
 * `zero` (points from the start side). Values are signed minor units; positive bars grow towards the end
 * side, negative ones (a net loss, a month of refunds) towards the start side, each by its own size, so a
 * loss never reads as a gain. Without a negative value the axis is the start edge.
 */
export function summaryBars(values: readonly number[], width: number): { zero: number; bars: [number, number][] } {
  const up = Math.max(0, ...values);
  const down = Math.max(0, ...values.map((v) => -v));
  const scale = width / Math.max(1, up + down);
  const zero = down * scale;
  // [start, length] from the start side; a zero value still shows a hairline at the axis.
  const bars = values.map((v): [number, number] => {
    const length = Math.max(1, Math.abs(v) * scale);
    return [v < 0 ? zero - length : zero, length];
  });
  return { zero, bars };
}

/**
 * The month's chart with its legend: for each series (rent collected, expenses, net) its name and signed
 * amount, then its bar in the series' colour on one scale from a zero axis (`summaryBars`): a negative net
 * grows the other way from the axis, drawn as a line when some bar is negative. Bars grow from the start
 * side: the right in Hebrew.
 */
function drawSummary(w: Writer, s: StatementView, locale: Locale) {
  const t = translator(locale, "statementDocs");
  const money = (minor: number) => formatMoney(minor, s.currency, locale);
  const series = [
    [t("income", { amount: money(s.income) }), s.income, BAR.income],
    [t("expenses", { amount: money(s.expenses) }), s.expenses, BAR.expenses],
    [t("net", { amount: money(s.net) }), s.net, BAR.net],
  ] as const;
  const width = w.page.getSize().width - 2 * MARGIN;
  const rtl = textDirection(locale) === "rtl";
  const { zero, bars } = summaryBars(
    series.map(([, v]) => v),
    width,
  );
  // Points from the start side → x on the page (the start side is the right in Hebrew).
  const x = (from: number, length: number) => (rtl ? MARGIN + width - from - length : MARGIN + from);
  // The heading and the three bars stay on one page (the axis spans them).
  w.ensure(20 + series.length * 34);
  w.text(t("summary"), { bold: true, size: 12, gapAfter: 4 });
  const top = w.y;
  series.forEach(([label, , color], i) => {
    w.text(label, { bold: true, gapAfter: 3 });
    const [from, length] = bars[i]!;
    w.y -= 9;
    w.page.drawRectangle({ x: x(from, length), y: w.y, width: length, height: 9, color });
    w.y -= 8;
  });
  if (zero > 0) {
    const axis = x(zero, 0);
    w.page.drawLine({ start: { x: axis, y: top }, end: { x: axis, y: w.y + 6 }, thickness: 0.75, color: AXIS });
  }
  w.y -= 8;
}

/**
 * The statement's property and owner lines in its language: "Property: {name}, {address}", "Owner: {name}",
 * each name and address a bidi isolate (worker/lib/i18n/bidi.ts), so "Résidence Les Pins" keeps its order in
 * a Hebrew statement and a Hebrew name its own in a French one.
 */
export function statementParties({ statement: s, locale, ownerName }: StatementPdfInput): [string, string] {
  const t = translator(locale, "statementDocs");
  return [
    t("property", { name: isolate(s.propertyName), address: isolate(s.address) }),
    t("owner", { name: isolate(ownerName) }),
  ];
}

/** The statement's PDF bytes, fonts read from `fonts` (the static assets). */
export async function renderStatementPdf(input: StatementPdfInput, fonts: FontSource): Promise<Uint8Array> {
  const { statement: s, locale } = input;
  const t = translator(locale, "statementDocs");
  const money = (minor: number) => formatMoney(minor, s.currency, locale);
  const pdf = await PDFDocument.create();
  const heading = t("heading", { month: formatPeriod(s.month, locale) });
  pdf.setTitle(heading);
  pdf.setCreator("Rentline");
  const [property, owner] = statementParties(input);
  const head: [string, Parameters<Writer["text"]>[1]][] = [
    [heading, { size: 16, bold: true, gapAfter: 10 }],
    [property, {}],
    [owner, { gapAfter: 12 }],
  ];
  const body = s.lines.length ? s.lines.map((l) => lineText(l, input)) : [t("none")];
  const issued = t("issued", { date: formatDate(input.issuedOn, locale, "long") ?? input.issuedOn });
  const page = (n: number, total: number) => t("page", { n, total });
  const footer = `Rentline · ${formatPeriod(s.month, locale)}`;
  const totals = [t("income", { amount: money(s.income) }), t("expenses", { amount: money(s.expenses) })];
  const texts = [...head.map(([text]) => text), t("summary"), ...totals, t("net", { amount: money(s.net) })];
  texts.push(t("lines"), ...body, issued, page(1, 1), footer);
  const embedded = await embedFonts(pdf, fonts, texts);
  const w = new Writer(pdf, embedded);
  for (const [text, options] of head) w.text(text, options);
  drawSummary(w, s, locale);
  w.text(t("lines"), { bold: true, size: 12, gapAfter: 6 });
  for (const text of body) w.text(text, { gapAfter: 3 });
  w.text(issued, { size: 9, gapAfter: 2 });
  numberPages(pdf.getPages(), embedded, page, footer);
  return savePdf(pdf, embedded);
}
