import { formatDateTime } from "../lib/i18n/format";
import type { Locale } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import type { EmailMessage } from "./contract";
import { layout, type RenderedEmail } from "./layout";

type Data = Extract<EmailMessage, { template: "data_export_ready" }>["data"];

/**
 * To the person who asked for their data (worker/exports, GDPR art. 15 and 20), in their language: the ZIP
 * is ready, with its signed download link and the instant it stops working (`expiresAt`, shown in UTC).
 */
export function dataExportReadyEmail(locale: Locale, d: Data): RenderedEmail {
  const t = translator(locale, "dataExport");
  const date = formatDateTime(d.expiresAt, locale, "UTC");
  return layout(locale, t("email.subject"), [t("email.body"), t("email.expires", { date })], {
    label: t("email.action"),
    link: d.link,
  });
}
