import { formatDate, formatMoney, formatPeriod } from "../lib/i18n/format";
import { translator } from "../lib/i18n/translate";
import { formatIndexValue, formatQuarter } from "../lib/i18n/rent-index";
import type { EmailMessage } from "./contract";
import { layout, type RenderedEmail } from "./layout";

type Data = Extract<EmailMessage, { template: "rent_revised" }>["data"];

/**
 * To a renter, in their language: their rent was revised on the lease's anniversary by the IRL (loi n° 89-462
 * art. 17-1): the rent before and after, from which period, and the two index values used.
 */
export function rentRevisedEmail(d: Data): RenderedEmail {
  const t = translator(d.locale, "rentRevisionDocs");
  const money = (minor: number) => formatMoney(minor, d.currency, d.locale);
  const period = formatPeriod(d.effectivePeriod, d.locale);
  return layout(
    t("email.subject", { newRent: money(d.newRent), period }),
    [
      t("email.intro", {
        landlord: d.landlord,
        address: d.address,
        anniversary: formatDate(d.anniversary, d.locale, "long"),
      }),
      t("email.amounts", { previousRent: money(d.previousRent), newRent: money(d.newRent), period }),
      t("email.indices", {
        newQuarter: formatQuarter(d.new.quarter, d.locale),
        newValue: formatIndexValue(d.new.value, d.locale),
        baseQuarter: formatQuarter(d.base.quarter, d.locale),
        baseValue: formatIndexValue(d.base.value, d.locale),
      }),
      t("email.letter"),
    ],
    { label: t("email.action"), link: d.link },
  );
}
