import { scopedTo, type OrgReader } from "../db/scoped";
import { todayIn, type Period } from "../lib/calendar";
import { csvText } from "../lib/csv";
import { Conflict } from "../lib/errors";
import { isLocale, type Locale } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import { minorToInput } from "../lib/money-input";
import { undrawableCharacters } from "../lib/pdf/coverage";
import { describeCharacters, pdfBytes, UndrawableTextError } from "../lib/pdf/text";
import type { Ports } from "../lib/ports";
import type { StatementPdfJob, StatementView } from "./contract";
import { statementReads } from "./queries";
import { assembleStatement } from "./statement";
import { statementTexts, type StatementDrawer, type StatementPdfInput } from "./statement-input";

/**
 * The owner statement's files: the CSV export (built on request) and the PDF (rendered on the PDF queue,
 * kept in R2 at `orgs/<org>/statements/<property>/<month>.pdf`; while it renders, a marker object
 * `….pending` says so). Asking for the PDF again (POST) drops the stored one and renders it afresh, since a
 * month's statement changes as payments and expenses are recorded.
 */

const pdfKey = (orgId: string, propertyId: string, month: Period) =>
  `orgs/${orgId}/statements/${propertyId}/${month}.pdf`;
const pendingKey = (orgId: string, propertyId: string, month: Period) => `${pdfKey(orgId, propertyId, month)}.pending`;

/**
 * How a spreadsheet set to `locale` reads a CSV: its decimal mark (Intl's), and `;` between fields where the
 * decimal mark is a comma (French, Ukrainian Excel), `,` elsewhere.
 */
export function csvConventions(locale: Locale): { separator: string; decimal: string } {
  const decimal = minorToInput(150, "EUR", locale).charAt(1);
  return { separator: decimal === "," ? ";" : ",", decimal };
}

/**
 * The statement as CSV in the statement's language (RFC 4180 but for the separator: CRLF line ends, a header
 * line in the org's language), one row per line of the month: date, kind, unit, category, vendor, note, rent period,
 * amount as a plain decimal in the language's mark (`-120,50` in French, `-120.50` in English; signed: money
 * in positive) and the currency (ISO 4217). Fields are separated by `;` where the decimal mark is a comma
 * (`csvConventions`), so French Excel opens it in columns. UTF-8 with a byte order mark, so it reads accents.
 */
export function statementCsv(s: StatementView, locale: Locale): string {
  const t = translator(locale, "statementDocs");
  const { separator } = csvConventions(locale);
  const header = (["date", "kind", "unit", "category", "vendor", "note", "period", "amount", "currency"] as const).map(
    (k) => t(`csv.${k}`),
  );
  const rows = s.lines.map((l) => [
    l.date,
    t(`kind.${l.kind}`),
    l.unitNumber ?? "",
    l.category ? t(`category.${l.category}`) : "",
    l.vendorName ?? "",
    l.note ?? "",
    l.period ?? "",
    minorToInput(l.amount, s.currency, locale),
    s.currency,
  ]);
  return csvText([header, ...rows], separator);
}

/** The file name of a statement download: `releve-de-gestion-2026-03.csv` in French. */
export function statementFileName(locale: Locale, month: Period, extension: "csv" | "pdf") {
  return `${translator(locale, "statementDocs")("file")}-${month}.${extension}`;
}

/** The org's language as a `Locale` (French when it holds none we speak). */
export const localeOf = (value: string): Locale => (isLocale(value) ? value : "fr");

/**
 * Queues the rendering of a statement PDF (dropping any stored one) and marks it pending. Errors: 409
 * `unprintable_text` when a name, address or note holds characters no PDF font draws (named).
 */
export async function queueStatementPdf(
  ports: Pick<Ports, "docs" | "queues" | "fonts">,
  job: StatementPdfJob,
  input: StatementPdfInput,
) {
  const unprintable = await undrawableCharacters(ports.fonts, statementTexts(input));
  if (unprintable.length)
    throw new Conflict(
      `This statement cannot be printed: ${describeCharacters(unprintable)} in a name, address or note. Edit it and ask again.`,
      "unprintable_text",
    );
  await ports.docs.delete(pdfKey(job.orgId, job.propertyId, job.month));
  await startRendering(ports, job);
}

/** Marks the statement PDF pending and queues its rendering. */
export async function startRendering(ports: Pick<Ports, "docs" | "queues">, job: StatementPdfJob) {
  await ports.docs.put(pendingKey(job.orgId, job.propertyId, job.month), new Uint8Array(0));
  await ports.queues.pdf.send(job, { contentType: "json" });
}

/**
 * The stored statement PDF, or whether it is being rendered: `{ pdf }`, `{ pending: true }` or `{}` (never
 * asked for).
 */
export async function storedStatementPdf({ docs }: Pick<Ports, "docs">, job: StatementPdfJob) {
  const pdf = await docs.get(pdfKey(job.orgId, job.propertyId, job.month));
  if (pdf) return { pdf };
  return { pending: (await docs.head(pendingKey(job.orgId, job.propertyId, job.month))) !== null };
}

/**
 * The PDF queue job: reads the statement as it is now, has `draw` (the render worker) render it, stores it,
 * then clears the marker.
 */
export async function renderStatementJob(
  ports: Pick<Ports, "db" | "docs" | "fonts">,
  job: StatementPdfJob,
  draw: StatementDrawer,
) {
  const reader: OrgReader = { ...scopedTo(ports.db, { orgId: job.orgId }), scope: { orgId: job.orgId, userId: "" } };
  const [property, moneyIn, moneyOut] = await ports.db.batch([...statementReads(reader, job.propertyId, job.month)]);
  const statement = assembleStatement(property, moneyIn, moneyOut, job.month);
  const done = () => ports.docs.delete(pendingKey(job.orgId, job.propertyId, job.month));
  if (!statement || !property[0]) return done().then(() => null);
  const locale = localeOf(property[0].locale);
  const input = { statement, locale, ownerName: property[0].orgName, issuedOn: todayIn(property[0].timezone) };
  try {
    const bytes = pdfBytes(await draw.statement(input, ports.fonts));
    await ports.docs.put(pdfKey(job.orgId, job.propertyId, job.month), bytes, {
      httpMetadata: { contentType: "application/pdf" },
    });
  } catch (error) {
    if (!(error instanceof UndrawableTextError)) throw error;
  }
  await done();
  return null;
}
