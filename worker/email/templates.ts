import { formatDate, formatMoney, formatPeriod } from "../lib/i18n/format";
import type { Locale } from "../lib/i18n/locales";
import { translator } from "../lib/i18n/translate";
import { applicationStatusEmail } from "./application-status";
import type { EmailMessage, EmailPlace } from "./contract";
import { maintenanceEmail } from "./maintenance";
import { rentRevisedEmail } from "./rent-revised";
import { layout, ownText, type RenderedEmail } from "./layout";

/**
 * Every email's wording, rendered from its queue message (email/contract.ts) by the email consumer, in the
 * recipient's language (the `email` namespace of worker/lib/i18n/messages). Amounts are formatted from
 * minor units with the message's currency, dates and periods by the language (worker/lib/i18n/format.ts).
 */

export type { RenderedEmail } from "./layout";
import { listingModeratedEmail } from "./moderation";
import { dataExportReadyEmail } from "./data-export";
import { erasureEmail } from "./erasure";

type DataOf<T extends EmailMessage["template"]> = Extract<EmailMessage, { template: T }>["data"];
type EmailText = ReturnType<typeof translator<"email">>;

/**
 * A home in the recipient's words: "12 Rue des Lilas, Lyon — logement 4C" (fr). In a right-to-left email the
 * address is a bidi isolate, so "12 rue des Tilleuls" keeps its order inside a Hebrew sentence.
 */
function placeText(t: EmailText, place: EmailPlace | null, locale: Locale): string {
  if (place === null) return t("yourHome");
  return ownText(locale, typeof place === "string" ? place : t("place", place));
}

/** "Hello {name}," with the person's name isolated from the sentence's direction. */
const hello = (t: EmailText, locale: Locale, name: string) => t("hello", { name: ownText(locale, name) });

function rentReminder(locale: Locale, d: DataOf<"rent_reminder">): RenderedEmail {
  const t = translator(locale, "email");
  const values = {
    amount: formatMoney(d.amount, d.currency, locale),
    dueDate: formatDate(d.dueDate, locale, "long"),
    address: placeText(t, d.address, locale),
    days: d.daysLate,
  };
  const [heading, line] =
    d.kind === "before"
      ? [t("rentReminder.beforeSubject", values), t("rentReminder.beforeBody", values)]
      : d.kind === "due"
        ? [t("rentReminder.dueSubject", values), t("rentReminder.dueBody", values)]
        : [t("rentReminder.overdueSubject", values), t("rentReminder.overdueBody", values)];
  return layout(locale, heading, [line, t("rentReminder.alreadyPaid")], {
    label: t("rentReminder.action"),
    link: d.link,
  });
}

/** To the landlord side: a card payment of rent is disputed, and where the dispute stands. */
function paymentDisputed(locale: Locale, d: DataOf<"payment_disputed">): RenderedEmail {
  const t = translator(locale, "email");
  const amount = formatMoney(d.amount, d.currency, locale);
  const heading = d.period
    ? t("paymentDisputed.subjectPeriod", { amount, period: formatPeriod(d.period, locale) })
    : t("paymentDisputed.subject", { amount });
  return layout(
    locale,
    heading,
    [t(`paymentDisputed.${d.stage}`, { address: placeText(t, d.address, locale) }), t("paymentDisputed.stripe")],
    { label: t("paymentDisputed.action"), link: d.link },
  );
}

function chatDigest(locale: Locale, d: DataOf<"chat_digest">): RenderedEmail {
  const t = translator(locale, "email");
  const count = d.rooms.reduce((n, r) => n + r.unread, 0);
  const rooms = d.rooms.map((r) =>
    t("chatDigest.room", { address: placeText(t, r.address, locale), count: r.unread, link: r.link }),
  );
  return layout(locale, t("chatDigest.subject", { count }), [hello(t, locale, d.name), ...rooms], {
    label: t("chatDigest.action"),
    link: d.rooms[0]!.link,
  });
}

function accountEmail(locale: Locale, message: EmailMessage): RenderedEmail | null {
  const t = translator(locale, "email");
  switch (message.template) {
    case "verify_email": {
      const d = message.data;
      return layout(locale, t("verifyEmail.subject"), [hello(t, locale, d.name), t("verifyEmail.body")], {
        label: t("verifyEmail.action"),
        link: d.link,
      });
    }
    case "signup_existing_account": {
      const d = message.data;
      const lines = [
        t("signupExistingAccount.tried"),
        t("signupExistingAccount.ifYou", { resetLink: d.resetLink }),
        t("signupExistingAccount.notYou"),
      ];
      return layout(locale, t("signupExistingAccount.subject"), lines, {
        label: t("signupExistingAccount.action"),
        link: d.signInLink,
      });
    }
    case "reset_password": {
      const d = message.data;
      return layout(locale, t("resetPassword.subject"), [hello(t, locale, d.name), t("resetPassword.body")], {
        label: t("resetPassword.action"),
        link: d.link,
      });
    }
    case "staff_invitation": {
      const d = message.data;
      const role =
        d.role === "owner" || d.role === "manager" || d.role === "maintenance" ? t(`roles.${d.role}`) : d.role;
      const names = { orgName: ownText(locale, d.orgName), inviterName: ownText(locale, d.inviterName) };
      return layout(
        locale,
        t("staffInvitation.subject", names),
        [t("staffInvitation.body", { ...d, ...names, role }), t("staffInvitation.validity")],
        { label: t("staffInvitation.action"), link: d.link },
      );
    }
    default:
      return null;
  }
}

function homeEmail(locale: Locale, message: EmailMessage): RenderedEmail | null {
  const t = translator(locale, "email");
  switch (message.template) {
    case "lease_invitation": {
      const d = message.data;
      const address = placeText(t, d.address, locale);
      const startDate = formatDate(d.startDate, locale, "long");
      return layout(
        locale,
        t("leaseInvitation.subject", { address }),
        [
          t("leaseInvitation.body", { orgName: ownText(locale, d.orgName), address, startDate }),
          t("leaseInvitation.why"),
        ],
        { label: t("leaseInvitation.action"), link: d.link },
      );
    }
    case "confirmation_needed": {
      const d = message.data;
      const body = t("confirmationNeeded.body", {
        ...d,
        authorName: ownText(locale, d.authorName),
        description: ownText(locale, d.description),
        address: placeText(t, d.address, locale),
      });
      return layout(locale, t("confirmationNeeded.subject"), [body, t("confirmationNeeded.ask")], {
        label: t("confirmationNeeded.action"),
        link: d.link,
      });
    }
    case "agreement_ready_to_sign": {
      const d = message.data;
      const names = { landlordName: ownText(locale, d.landlordName), address: ownText(locale, d.address) };
      const lines = [t("agreementReadyToSign.body", { ...d, ...names }), t("agreementReadyToSign.how")];
      return layout(locale, t("agreementReadyToSign.subject"), lines, {
        label: t("agreementReadyToSign.action"),
        link: d.link,
      });
    }
    case "agreement_signed": {
      const d = message.data;
      const lines = [
        t("agreementSigned.body", { ...d, address: ownText(locale, d.address) }),
        t("agreementSigned.download"),
      ];
      return layout(locale, t("agreementSigned.subject"), lines, {
        label: t("agreementSigned.action"),
        link: d.link,
      });
    }
    default:
      return null;
  }
}

/** The subject, text and HTML of a queued email, in `locale` (the recipient's language). */
export function renderEmail(message: EmailMessage, locale: Locale): RenderedEmail {
  switch (message.template) {
    case "application_status":
      return applicationStatusEmail(locale, message.data);
    case "rent_reminder":
      return rentReminder(locale, message.data);
    case "chat_digest":
      return chatDigest(locale, message.data);
    case "payment_disputed":
      return paymentDisputed(locale, message.data);
    case "rent_revised":
      return rentRevisedEmail(locale, message.data);
    case "maintenance_update":
      return maintenanceEmail(locale, message.data);
    case "listing_moderated":
      return listingModeratedEmail(locale, message.data);
    case "data_export_ready":
      return dataExportReadyEmail(locale, message.data);
    case "account_erased":
    case "org_closed":
      return erasureEmail(locale, message);
    default: {
      const rendered = accountEmail(locale, message) ?? homeEmail(locale, message);
      if (!rendered) throw new Error(`No email template for ${message.template}`);
      return rendered;
    }
  }
}
