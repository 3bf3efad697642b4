import { enqueueEmail, type EmailMessage } from "../email/contract";
import type { Ports } from "../lib/ports";

/**
 * Application emails: every status change tells the renter and, when the renter acted, the org's
 * reviewers. Each recipient gets a link to the page their side uses.
 */
type StatusEmail = Extract<EmailMessage, { template: "application_status" }>["data"];
export type Recipient = Pick<StatusEmail, "audience" | "link"> & { to: string };

/** Queues one `application_status` email per recipient; `orgId` is the listing's org (its language is the fallback). */
export async function notify(
  { queues }: Pick<Ports, "queues">,
  orgId: string,
  recipients: Recipient[],
  data: Omit<StatusEmail, "audience" | "link">,
) {
  await Promise.all(
    recipients.map((r) =>
      enqueueEmail(queues.email, {
        template: "application_status",
        to: r.to,
        orgId,
        data: { ...data, audience: r.audience, link: r.link },
      }),
    ),
  );
}

/** The org's reviewers as recipients, each linked to the application. */
export const reviewerRecipients = (reviewers: { email: string }[], link: string): Recipient[] =>
  reviewers.map((r) => ({ to: r.email, audience: "landlord", link }));
