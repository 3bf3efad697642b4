import { PDFDocument, rgb } from "pdf-lib";
import { formatDate, formatMoney, formatPeriod } from "../lib/i18n/format";
import { type Locale, textDirection } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import { embedFonts, isolate, MARGIN, numberPages, savePdf, Writer, type FontSource } from "../lib/pdf/writer";
import type { StatementLine, StatementView } from "./contract";

/**
 * The owner statement as a PDF (issue 15 §7), rendered on the PDF queue in the org's language (the
 * `statementDocs` server namespace): the property, the month's rent collected, expenses and net as a chart
 * with its legend (each bar named with its amount), then every line of the month. Uses the shared PDF writer (worker/lib/pdf): names in any script.
 */
export type StatementPdfInput = { statement: StatementView; locale: Locale; ownerName: string; issuedOn: string };

const BAR = { income: rgb(0.13, 0.55, 0.35), expenses: rgb(0.8, 0.33, 0.2), net: rgb(0.2, 0.35, 0.7) } as const;

/** One line of the month as the PDF prints it: day · kind · unit or category (and note) · signed amount. */
function lineText(l: StatementLine, input: StatementPdfInput) {
  const t = translator(input.locale, "statementDocs");
  const { currency } = input.statement;
  const label = [
    l.category ? t(`category.${l.category}`) : null,
    l.unitNumber ? t("unit", { unit: isolate(l.unitNumber) }) : null,
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
 * The month's chart with its legend: for each series (rent collected, expenses, net) its name and amount,
 * then its bar in the series' colour, scaled to the largest (a negative net is drawn by its size and says
 * its sign in the amount). Bars grow from the start side: the right in Hebrew.
 */
function drawSummary(w: Writer, s: StatementView, locale: Locale) {
  const t = translator(locale, "statementDocs");
  const money = (minor: number) => formatMoney(minor, s.currency, locale);
  const series = [
    [t("income", { amount: money(s.income) }), s.income, BAR.income],
    [t("expenses", { amount: money(s.expenses) }), s.expenses, BAR.expenses],
    [t("net", { amount: money(s.net) }), s.net, BAR.net],
  ] as const;
  const largest = Math.max(1, ...series.map(([, v]) => Math.abs(v)));
  const width = w.page.getSize().width - 2 * MARGIN;
  const rtl = textDirection(locale) === "rtl";
  w.text(t("summary"), { bold: true, size: 12, gapAfter: 4 });
  for (const [label, value, color] of series) {
    w.ensure(34);
    w.text(label, { bold: true, gapAfter: 3 });
    const bar = Math.max(1, (Math.abs(value) / largest) * width);
    w.y -= 9;
    w.page.drawRectangle({ x: rtl ? MARGIN + width - bar : MARGIN, y: w.y, width: bar, height: 9, color });
    w.y -= 8;
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

/** What a person typed that the statement prints (to check before queueing a render). */
export const statementTexts = (input: StatementPdfInput) => [
  input.ownerName,
  input.statement.propertyName,
  input.statement.address,
  ...input.statement.lines.flatMap((l) => [l.note ?? "", l.unitNumber ?? ""]),
];
