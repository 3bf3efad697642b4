import type { Locale } from "../lib/i18n/locales";
import type { FontSource } from "../lib/pdf/coverage";
import type { DrawnPdf } from "../lib/pdf/text";
import type { StatementView } from "./contract";

/**
 * What the owner statement PDF prints (./statement-pdf.ts draws it, in the render worker): apart from the
 * drawing code so that the request path checks the typed text and the queue consumer builds the input without
 * loading pdf-lib. `issuedOn` is `YYYY-MM-DD` in the property's time zone.
 */
export type StatementPdfInput = { statement: StatementView; locale: Locale; ownerName: string; issuedOn: string };

/** What a person typed that the statement prints (to check before queueing a render). */
export const statementTexts = (input: StatementPdfInput) => [
  input.ownerName,
  input.statement.propertyName,
  input.statement.address,
  ...input.statement.lines.flatMap((l) => [l.note ?? "", l.unitNumber ?? "", l.vendorName ?? ""]),
];

/** What draws statements: the render worker (workers/render `RenderService`), over the RENDER service binding. */
export type StatementDrawer = { statement(input: StatementPdfInput, fonts: FontSource): Promise<DrawnPdf> };
