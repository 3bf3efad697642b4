import type { Messages } from "../shape";

export const errors: Messages["errors"] = {
  accessPaused: "Access paused",
  status: "Error {status}",
  orgDisabled: {
    title: "This organization is disabled",
    body: "Rentline has disabled this organization. Contact support to restore access.",
    note: "Your data is kept safe while the organization is disabled. If you belong to other organizations, switch to one of them above.",
  },
  banned: { title: "Account suspended", body: "This account has been suspended." },
  noOrg: {
    title: "No organization yet",
    body: "This account does not belong to an organization. Create one, or ask an owner to invite you.",
  },
  notFound: { title: "Not found", body: "This page does not exist, or it belongs to another organization." },
  forbidden: { title: "Not allowed", body: "Your role does not allow this." },
  tooMany: { title: "Slow down", body: "Too many attempts. Try again in a minute." },
  server: { title: "Something went wrong", body: "Something went wrong on our side. Try again in a moment." },
  other: { title: "That did not work", body: "The request could not be completed." },
  back: "Back to Rentline",
  contact: "Contact support",
};
