import { z } from "zod";

/** Every email Rentline sends: a template name and the data it needs, validated when the queue delivers it. */
export const emailMessage = z.discriminatedUnion("template", [
  z.object({ template: z.literal("verify_email"), to: z.email(), data: z.object({ name: z.string(), link: z.url() }) }),
  z.object({
    template: z.literal("reset_password"),
    to: z.email(),
    data: z.object({ name: z.string(), link: z.url() }),
  }),
  z.object({
    template: z.literal("staff_invitation"),
    to: z.email(),
    data: z.object({ orgName: z.string(), inviterName: z.string(), role: z.string(), link: z.url() }),
  }),
  z.object({
    template: z.literal("lease_invitation"),
    to: z.email(),
    data: z.object({ orgName: z.string(), address: z.string(), startDate: z.string(), link: z.url() }),
  }),
  z.object({
    template: z.literal("confirmation_needed"),
    to: z.email(),
    data: z.object({ authorName: z.string(), description: z.string(), address: z.string(), link: z.url() }),
  }),
  z.object({
    template: z.literal("agreement_ready_to_sign"),
    to: z.email(),
    data: z.object({ landlordName: z.string(), address: z.string(), link: z.url() }),
  }),
  z.object({
    template: z.literal("agreement_signed"),
    to: z.email(),
    data: z.object({ address: z.string(), link: z.url() }),
  }),
  z.object({
    template: z.literal("rent_reminder"),
    to: z.email(),
    data: z.object({
      kind: z.enum(["before", "due", "overdue"]),
      address: z.string(),
      amount: z.number().int(),
      currency: z.string(),
      dueDate: z.string(),
      daysLate: z.number().int(),
      link: z.url(),
    }),
  }),
  z.object({
    template: z.literal("application_status"),
    to: z.email(),
    data: z.object({
      audience: z.enum(["renter", "landlord"]),
      status: z.enum(["pending", "withdrawn", "rejected", "accepted_pending_payment", "confirmed"]),
      listingTitle: z.string(),
      applicantName: z.string(),
      actorName: z.string(),
      note: z.string().nullable(),
      link: z.url(),
    }),
  }),
  z.object({
    template: z.literal("chat_digest"),
    to: z.email(),
    data: z.object({
      name: z.string(),
      rooms: z.array(z.object({ address: z.string(), unread: z.number().int(), link: z.url() })).min(1),
    }),
  }),
]);
export type EmailMessage = z.infer<typeof emailMessage>;

export type RenderedEmail = { subject: string; text: string; html: string };

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

function layout(heading: string, paragraphs: string[], action: { label: string; link: string }): RenderedEmail {
  const text = [heading, "", ...paragraphs, "", `${action.label}: ${action.link}`, "", "— Rentline"].join("\n");
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#111;max-width:560px;margin:auto">
<h1 style="font-size:20px">${escape(heading)}</h1>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}
<p><a href="${escape(action.link)}" style="display:inline-block;background:#1d4ed8;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escape(action.label)}</a></p>
<p style="color:#555;font-size:12px">If the button does not work, open ${escape(action.link)}</p>
</body></html>`;
  return { subject: heading, text, html };
}

export function renderEmail(message: EmailMessage): RenderedEmail {
  switch (message.template) {
    case "verify_email":
      return layout(
        "Confirm your email address",
        [`Hello ${message.data.name},`, "Confirm your email address to finish setting up your Rentline account."],
        { label: "Confirm my email", link: message.data.link },
      );
    case "reset_password":
      return layout(
        "Reset your Rentline password",
        [
          `Hello ${message.data.name},`,
          "Someone asked to reset your password. The link works once, for one hour. If it was not you, ignore this email.",
        ],
        { label: "Choose a new password", link: message.data.link },
      );
    case "staff_invitation":
      return layout(
        `Join ${message.data.orgName} on Rentline`,
        [
          `${message.data.inviterName} invited you to join ${message.data.orgName} as ${message.data.role}.`,
          "The invitation is valid for 7 days.",
        ],
        { label: "Accept the invitation", link: message.data.link },
      );
    case "lease_invitation":
      return layout(
        `Your new home at ${message.data.address}`,
        [
          `${message.data.orgName} added you as a renter of ${message.data.address}, from ${message.data.startDate}.`,
          "Accept to follow your rent, talk with your landlord and keep your documents in one place.",
        ],
        { label: "Accept and open my home", link: message.data.link },
      );
    case "confirmation_needed":
      return layout(
        "Your confirmation is needed",
        [
          `${message.data.authorName} posted in ${message.data.address}: "${message.data.description}".`,
          "Please confirm it, or reject it with a reason.",
        ],
        { label: "Review it", link: message.data.link },
      );
    case "agreement_ready_to_sign":
      return layout(
        "Your rental agreement is ready to sign",
        [
          `${message.data.landlordName} sent you the rental agreement for ${message.data.address}.`,
          "Read it, then sign it online: type your full name and draw your signature. Your landlord countersigns after every renter has signed.",
        ],
        { label: "Read and sign", link: message.data.link },
      );
    case "agreement_signed":
      return layout(
        "Your rental agreement is fully signed",
        [
          `Every party has signed the rental agreement for ${message.data.address}.`,
          "The final PDF carries the signatures and a signature certificate. Download it from Rentline (the download link is valid for one day each time you open the agreement).",
        ],
        { label: "Download the signed agreement", link: message.data.link },
      );
    case "application_status":
      return applicationStatusEmail(message.data);
    case "rent_reminder": {
      const d = message.data;
      const amount = new Intl.NumberFormat("en", { style: "currency", currency: d.currency }).format(d.amount / 100);
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
        { label: "Open my home", link: d.link },
      );
    }
    case "chat_digest": {
      const total = message.data.rooms.reduce((n, r) => n + r.unread, 0);
      return layout(
        `${total} unread message${total === 1 ? "" : "s"} on Rentline`,
        [
          `Hello ${message.data.name},`,
          ...message.data.rooms.map((r) => `${r.address}: ${r.unread} unread — ${r.link}`),
        ],
        { label: "Open Rentline", link: message.data.rooms[0]!.link },
      );
    }
  }
}

type ApplicationStatusData = Extract<EmailMessage, { template: "application_status" }>["data"];

/** One email per application transition, worded for the side that receives it. */
function applicationStatusEmail(d: ApplicationStatusData): RenderedEmail {
  const note = d.note ? [`Their note: "${d.note}"`] : [];
  const open = { label: "Open the application", link: d.link };
  if (d.audience === "landlord") {
    switch (d.status) {
      case "pending":
        return layout(
          `New application for ${d.listingTitle}`,
          [
            `${d.applicantName} applied for "${d.listingTitle}".`,
            "Their dossier and message are waiting for your review.",
          ],
          { label: "Review the application", link: d.link },
        );
      case "withdrawn":
        return layout(
          `${d.applicantName} withdrew their application`,
          [`${d.applicantName} withdrew their application for "${d.listingTitle}".`, ...note],
          open,
        );
      default:
        return layout(
          `Application ${statusWords[d.status]}: ${d.listingTitle}`,
          [
            `${d.actorName} marked ${d.applicantName}'s application for "${d.listingTitle}" as ${statusWords[d.status]}.`,
            ...note,
          ],
          open,
        );
    }
  }
  switch (d.status) {
    case "pending":
      return layout(
        `Your application for ${d.listingTitle} was sent`,
        [
          `Hello ${d.applicantName},`,
          `Your application for "${d.listingTitle}" is with the landlord. We will email you when they decide.`,
        ],
        open,
      );
    case "accepted_pending_payment":
      return layout(
        `Accepted: ${d.listingTitle}`,
        [
          `Good news, ${d.applicantName}: ${d.actorName} accepted your application for "${d.listingTitle}".`,
          "Your place is confirmed once the first payment is received.",
          ...note,
        ],
        open,
      );
    case "confirmed":
      return layout(
        `Welcome home: ${d.listingTitle}`,
        [
          `${d.actorName} received your first payment: your place in "${d.listingTitle}" is confirmed.`,
          "Your new home is in My homes, with its chat and rent.",
        ],
        { label: "Open My homes", link: d.link },
      );
    case "rejected":
      return layout(
        `Your application for ${d.listingTitle}`,
        [
          `Hello ${d.applicantName},`,
          `${d.actorName} did not accept your application for "${d.listingTitle}".`,
          ...note,
        ],
        open,
      );
    case "withdrawn":
      return layout(
        `You withdrew your application for ${d.listingTitle}`,
        [`Your application for "${d.listingTitle}" is withdrawn.`],
        open,
      );
  }
}

const statusWords: Record<ApplicationStatusData["status"], string> = {
  pending: "pending",
  withdrawn: "withdrawn",
  rejected: "rejected",
  accepted_pending_payment: "accepted (waiting for the first payment)",
  confirmed: "confirmed",
};
