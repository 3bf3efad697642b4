import { formatDate, formatMoney, formatPeriod } from "../lib/i18n/format";
import type { Locale } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import { formatIndexValue, formatQuarter } from "../lib/i18n/rent-index";
import type { EmailMessage } from "./contract";
import { layout, ownText, type RenderedEmail } from "./layout";

type Data = Extract<EmailMessage, { template: "rent_revised" }>["data"];

/**
 * To a renter, in their language: their rent was revised on the lease's anniversary by the IRL (loi n° 89-462
 * art. 17-1): the rent before and after, from which period, and the two index values used.
 */
export function rentRevisedEmail(locale: Locale, d: Data): RenderedEmail {
  const t = translator(locale, "rentRevisionDocs");
  const money = (minor: number) => formatMoney(minor, d.currency, locale);
  const period = formatPeriod(d.effectivePeriod, locale);
  return layout(
    locale,
    t("email.subject", { newRent: money(d.newRent), period }),
    [
      t("email.intro", {
        landlord: ownText(locale, d.landlord),
        address: ownText(locale, d.address),
        anniversary: formatDate(d.anniversary, locale, "long"),
      }),
      t("email.amounts", { previousRent: money(d.previousRent), newRent: money(d.newRent), period }),
      t("email.indices", {
        newQuarter: formatQuarter(d.new.quarter, locale),
        newValue: formatIndexValue(d.new.value, locale),
        baseQuarter: formatQuarter(d.base.quarter, locale),
        baseValue: formatIndexValue(d.base.value, locale),
      }),
      t("email.letter"),
    ],
    { label: t("email.action"), link: d.link },
  );
}
