import { formatDate, formatTimeZone } from "../lib/i18n/format";
import type { Locale } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import type { EmailMessage } from "./contract";
import { layout, ownText, type RenderedEmail } from "./layout";

type Data = Extract<EmailMessage, { template: "maintenance_update" }>["data"];

/**
 * A maintenance request's news (issue 15), in the recipient's language: what happened, the urgency, the
 * visit (day and window in the org's time zone) and the actor's note; a vendor's email carries their signed
 * page link and says it needs no account.
 */
export function maintenanceEmail(locale: Locale, d: Data): RenderedEmail {
  const t = translator(locale, "maintenance");
  const place = typeof d.address === "string" ? d.address : translator(locale, "email")("place", d.address);
  const values = {
    title: ownText(locale, d.title),
    actorName: ownText(locale, d.actorName),
    address: ownText(locale, place),
  };
  const lines = [
    t(`body.${d.event}`, values),
    t("urgencyLine", { urgency: t(`urgency.${d.urgency}`) }),
    ...(d.visit
      ? [
          t("visit", {
            date: formatDate(d.visit.date, locale, "long"),
            from: d.visit.from,
            to: d.visit.to,
            timezone: formatTimeZone(d.visit.timezone, locale),
          }),
        ]
      : []),
    ...(d.note ? [t("note", { note: ownText(locale, d.note) })] : []),
    ...(d.audience === "vendor" ? [t("vendorIntro")] : []),
  ];
  return layout(locale, t(`subject.${d.event}`, values), lines, {
    label: d.audience === "vendor" ? t("vendorOpen") : t("open"),
    link: d.link,
  });
}
