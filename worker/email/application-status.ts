import type { Locale } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import type { EmailMessage } from "./contract";
import { layout, ownText, type RenderedEmail } from "./layout";

type ApplicationStatusData = Extract<EmailMessage, { template: "application_status" }>["data"];
type Text = ReturnType<typeof translator<"email">>;

/** The landlord-side subject and body keys of a colleague's decision, by the status it led to. */
const DECIDED = {
  rejected: ["application.landlord.rejectedSubject", "application.landlord.rejectedBody"],
  accepted_pending_payment: ["application.landlord.acceptedSubject", "application.landlord.acceptedBody"],
  confirmed: ["application.landlord.confirmedSubject", "application.landlord.confirmedBody"],
} as const;

// People's text is isolated from the sentence's direction (worker/lib/i18n/bidi.ts): a Hebrew applicant's
// name in a French email, "Studio Les Pins" in a Hebrew one.
const noteOf = (t: Text, d: ApplicationStatusData, locale: Locale) =>
  d.note ? [t("note", { note: ownText(locale, d.note) })] : [];
const namesOf = (d: ApplicationStatusData, locale: Locale) => ({
  listingTitle: ownText(locale, d.listingTitle),
  applicantName: ownText(locale, d.applicantName),
  actorName: ownText(locale, d.actorName),
});

/** To the landlord side: a new application, a withdrawal, or a colleague's decision. */
function toLandlord(locale: Locale, t: Text, d: ApplicationStatusData): RenderedEmail {
  const open = { label: t("application.open"), link: d.link };
  const v = namesOf(d, locale);
  switch (d.status) {
    case "pending":
      return layout(
        locale,
        t("application.landlord.pendingSubject", v),
        [t("application.landlord.pendingBody", v), t("application.landlord.pendingMore")],
        { label: t("application.review"), link: d.link },
      );
    case "withdrawn":
      return layout(
        locale,
        t("application.landlord.withdrawnSubject", v),
        [t("application.landlord.withdrawnBody", v), ...noteOf(t, d, locale)],
        open,
      );
    default: {
      const [subject, body] = DECIDED[d.status];
      return layout(locale, t(subject, v), [t(body, v), ...noteOf(t, d, locale)], open);
    }
  }
}

/** To the applicant: sent, accepted, confirmed, rejected or withdrawn. */
function toRenter(locale: Locale, t: Text, d: ApplicationStatusData): RenderedEmail {
  const open = { label: t("application.open"), link: d.link };
  const v = namesOf(d, locale);
  const hello = t("hello", { name: v.applicantName });
  switch (d.status) {
    case "pending":
      return layout(
        locale,
        t("application.renter.pendingSubject", v),
        [hello, t("application.renter.pendingBody", v)],
        open,
      );
    case "accepted_pending_payment":
      return layout(
        locale,
        t("application.renter.acceptedSubject", v),
        [t("application.renter.acceptedBody", v), t("application.renter.acceptedMore"), ...noteOf(t, d, locale)],
        open,
      );
    case "confirmed":
      return layout(
        locale,
        t("application.renter.confirmedSubject", v),
        [t("application.renter.confirmedBody", v), t("application.renter.confirmedMore")],
        { label: t("application.openHomes"), link: d.link },
      );
    case "rejected":
      return layout(
        locale,
        t("application.renter.rejectedSubject", v),
        [hello, t("application.renter.rejectedBody", v), ...noteOf(t, d, locale)],
        open,
      );
    case "withdrawn":
      return layout(
        locale,
        t("application.renter.withdrawnSubject", v),
        [t("application.renter.withdrawnBody", v)],
        open,
      );
  }
}

/** One email per application transition, worded for the side that receives it, in `locale`. */
export function applicationStatusEmail(locale: Locale, d: ApplicationStatusData): RenderedEmail {
  const t = translator(locale, "email");
  return d.audience === "landlord" ? toLandlord(locale, t, d) : toRenter(locale, t, d);
}
