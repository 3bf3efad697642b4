import { formatMoney } from "../lib/money";
import { applicationStatusEmail } from "./application-status";
import { rentRevisedEmail } from "./rent-revised";
import type { EmailMessage } from "./contract";
import { layout, type RenderedEmail } from "./layout";

/**
 * Every email's wording, rendered from its queue message (email/contract.ts) by the email consumer. English
 * only for now; amounts are formatted from minor units with the message's currency.
 */

export type { RenderedEmail } from "./layout";

type DataOf<T extends EmailMessage["template"]> = Extract<EmailMessage, { template: T }>["data"];

function rentReminder(d: DataOf<"rent_reminder">): RenderedEmail {
  const amount = formatMoney(d.amount, d.currency, "en");
  const [heading, line] =
    d.kind === "before"
      ? [`Rent of ${amount} due on ${d.dueDate}`, `A reminder: your rent for ${d.address} is due on ${d.dueDate}.`]
      : d.kind === "due"
        ? [`Rent of ${amount} due today`, `Your rent for ${d.address} is due today and is not paid yet.`]
        : [
            `Rent overdue by ${d.daysLate} days`,
            `${amount} of rent for ${d.address}, due on ${d.dueDate}, is still unpaid.`,
          ];
  return layout(
    heading,
    [line, "If you have already paid, report the payment in your home so your landlord can confirm it."],
    {
      label: "Open my home",
      link: d.link,
    },
  );
}

const DISPUTE_LINES = {
  opened: "The renter's bank opened a dispute on a card payment.",
  funds_withdrawn: "The disputed amount was withdrawn: it is owed again on the lease, and no receipt is issued for it.",
  lost: "The dispute was lost: the amount stays owed on the lease.",
  won: "The dispute was won.",
  funds_reinstated: "The disputed amount was reinstated and credited to the lease again.",
} as const;

/** To the landlord side: a card payment of rent is disputed, and where the dispute stands. */
function paymentDisputed(d: DataOf<"payment_disputed">): RenderedEmail {
  const amount = formatMoney(d.amount, d.currency, "en");
  const what = d.period ? `rent for ${d.period}` : "rent";
  return layout(
    `Payment dispute: ${amount} of ${what}`,
    [`${d.address}: ${DISPUTE_LINES[d.stage]}`, "Stripe's dashboard has the dispute and its evidence deadline."],
    { label: "Open the apartment", link: d.link },
  );
}

function chatDigest(d: DataOf<"chat_digest">): RenderedEmail {
  const total = d.rooms.reduce((n, r) => n + r.unread, 0);
  return layout(
    `${total} unread message${total === 1 ? "" : "s"} on Rentline`,
    [`Hello ${d.name},`, ...d.rooms.map((r) => `${r.address}: ${r.unread} unread — ${r.link}`)],
    { label: "Open Rentline", link: d.rooms[0]!.link },
  );
}

const verifyEmail = (d: DataOf<"verify_email">) =>
  layout(
    "Confirm your email address",
    [`Hello ${d.name},`, "Confirm your email address to finish setting up your Rentline account."],
    { label: "Confirm my email", link: d.link },
  );

const signupExistingAccount = (d: DataOf<"signup_existing_account">) =>
  layout(
    "You already have a Rentline account",
    [
      "Someone just tried to create a Rentline account with this email address, which already has one.",
      `If it was you, sign in instead. Forgot your password? Reset it: ${d.resetLink}`,
      "If it was not you, ignore this email: nothing changed on your account.",
    ],
    { label: "Sign in", link: d.signInLink },
  );

const resetPassword = (d: DataOf<"reset_password">) =>
  layout(
    "Reset your Rentline password",
    [
      `Hello ${d.name},`,
      "Someone asked to reset your password. The link works once, for one hour. If it was not you, ignore this email.",
    ],
    { label: "Choose a new password", link: d.link },
  );

const staffInvitation = (d: DataOf<"staff_invitation">) =>
  layout(
    `Join ${d.orgName} on Rentline`,
    [`${d.inviterName} invited you to join ${d.orgName} as ${d.role}.`, "The invitation is valid for 7 days."],
    { label: "Accept the invitation", link: d.link },
  );

const leaseInvitation = (d: DataOf<"lease_invitation">) =>
  layout(
    `Your new home at ${d.address}`,
    [
      `${d.orgName} added you as a renter of ${d.address}, from ${d.startDate}.`,
      "Accept to follow your rent, talk with your landlord and keep your documents in one place.",
    ],
    { label: "Accept and open my home", link: d.link },
  );

const confirmationNeeded = (d: DataOf<"confirmation_needed">) =>
  layout(
    "Your confirmation is needed",
    [`${d.authorName} posted in ${d.address}: "${d.description}".`, "Please confirm it, or reject it with a reason."],
    { label: "Review it", link: d.link },
  );

const agreementReadyToSign = (d: DataOf<"agreement_ready_to_sign">) =>
  layout(
    "Your rental agreement is ready to sign",
    [
      `${d.landlordName} sent you the rental agreement for ${d.address}.`,
      "Read it, then sign it online: type your full name and draw your signature. Your landlord countersigns after every renter has signed.",
    ],
    { label: "Read and sign", link: d.link },
  );

const agreementSigned = (d: DataOf<"agreement_signed">) =>
  layout(
    "Your rental agreement is fully signed",
    [
      `Every party has signed the rental agreement for ${d.address}.`,
      "The final PDF carries the signatures and a signature certificate. Download it from Rentline (the download link is valid for one day each time you open the agreement).",
    ],
    { label: "Download the signed agreement", link: d.link },
  );

/** The subject, text and HTML of a queued email. */
export function renderEmail(message: EmailMessage): RenderedEmail {
  switch (message.template) {
    case "verify_email":
      return verifyEmail(message.data);
    case "reset_password":
      return resetPassword(message.data);
    case "signup_existing_account":
      return signupExistingAccount(message.data);
    case "staff_invitation":
      return staffInvitation(message.data);
    case "lease_invitation":
      return leaseInvitation(message.data);
    case "confirmation_needed":
      return confirmationNeeded(message.data);
    case "agreement_ready_to_sign":
      return agreementReadyToSign(message.data);
    case "agreement_signed":
      return agreementSigned(message.data);
    case "application_status":
      return applicationStatusEmail(message.data);
    case "rent_reminder":
      return rentReminder(message.data);
    case "chat_digest":
      return chatDigest(message.data);
    case "payment_disputed":
      return paymentDisputed(message.data);
    case "rent_revised":
      return rentRevisedEmail(message.data);
  }
}
