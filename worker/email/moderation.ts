import type { Locale } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import type { EmailMessage } from "./contract";
import { layout, ownText, type RenderedEmail } from "./layout";

type Data = Extract<EmailMessage, { template: "listing_moderated" }>["data"];

/**
 * To a landlord, in their language: Rentline took their listing down (it left search, the sitemap and its
 * public page; it cannot be republished), with the platform admin's reason as written; or put it back.
 */
export function listingModeratedEmail(locale: Locale, d: Data): RenderedEmail {
  const t = translator(locale, "moderation");
  const title = ownText(locale, d.title);
  const reason = ownText(locale, d.reason);
  const lines =
    d.event === "taken_down"
      ? [t("takenDown.body", { title }), t("takenDown.reason", { reason }), t("takenDown.next")]
      : [t("restored.body", { title }), t("restored.reason", { reason })];
  return layout(locale, t(`${d.event === "taken_down" ? "takenDown" : "restored"}.subject`, { title }), lines, {
    label: t("action"),
    link: d.link,
  });
}
