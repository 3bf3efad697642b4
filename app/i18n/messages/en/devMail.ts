import type { Messages } from "../shape";

export const devMail: Messages["devMail"] = {
  pageTitle: "Dev mailbox",
  intro: "Every email Rentline sent on this machine, newest first. This page does not exist in production.",
  recipient: "Recipient",
  filter: "Filter",
  showAll: "Show all",
  emptyTitle: "No mail yet",
  emptyBody: "Sign up, ask for a password reset or invite someone, and the email lands here.",
  to: "To: {to}",
  placeholder: "someone@example.com",
};
