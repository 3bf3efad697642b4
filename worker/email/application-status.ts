import type { EmailMessage } from "./contract";
import { layout, type RenderedEmail } from "./layout";

type ApplicationStatusData = Extract<EmailMessage, { template: "application_status" }>["data"];

const statusWords: Record<ApplicationStatusData["status"], string> = {
  pending: "pending",
  withdrawn: "withdrawn",
  rejected: "rejected",
  accepted_pending_payment: "accepted (waiting for the first payment)",
  confirmed: "confirmed",
};

/** To the landlord side: a new application, a withdrawal, or a colleague's decision. */
function toLandlord(d: ApplicationStatusData): RenderedEmail {
  const note = d.note ? [`Their note: "${d.note}"`] : [];
  const open = { label: "Open the application", link: d.link };
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

/** To the applicant: sent, accepted, confirmed, rejected or withdrawn. */
function toRenter(d: ApplicationStatusData): RenderedEmail {
  const note = d.note ? [`Their note: "${d.note}"`] : [];
  const open = { label: "Open the application", link: d.link };
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

/** One email per application transition, worded for the side that receives it. */
export function applicationStatusEmail(d: ApplicationStatusData): RenderedEmail {
  return d.audience === "landlord" ? toLandlord(d) : toRenter(d);
}
