import { formatDate } from "../lib/i18n/format";
import type { Locale } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import type { EmailMessage } from "./contract";
import { layout, ownText, type RenderedEmail } from "./layout";

type Erasure = Extract<EmailMessage, { template: "account_erased" | "org_closed" }>;

/**
 * Issue 16 §3, in the reader's language: the confirmation that an account was erased (GDPR art. 12(3) and 17;
 * what the landlords keep and why), and the notice that an org was closed (when, and until when its data is
 * kept), with a renter's lease unchanged.
 */
export function erasureEmail(locale: Locale, message: Erasure): RenderedEmail {
  const t = translator(locale, "erasure");
  if (message.template === "account_erased") {
    const d = message.data;
    const date = formatDate(d.erasedOn, locale, "long");
    return layout(
      locale,
      t("accountErased.subject"),
      [t("accountErased.body", { date }), t("accountErased.kept"), t("accountErased.notYou")],
      { label: t("accountErased.action"), link: d.link },
    );
  }
  const d = message.data;
  const orgName = ownText(locale, d.orgName);
  const lines = [
    t("orgClosed.body", { orgName, date: formatDate(d.closedOn, locale, "long") }),
    ...(d.renter ? [t("orgClosed.renter")] : []),
    t("orgClosed.kept", { purgeDate: formatDate(d.purgeOn, locale, "long") }),
  ];
  return layout(locale, t("orgClosed.subject", { orgName }), lines, { label: t("orgClosed.action"), link: d.link });
}
