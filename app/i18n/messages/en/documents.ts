import type { Messages } from "../shape";

export const documents: Messages["documents"] = {
  pageTitle: "My documents",
  subtitle: "Your rental agreements, to complete, sign and download.",
  emptyTitle: "No documents yet",
  emptyBody: "When a landlord prepares a rental agreement for one of your homes, it appears here.",
  where: "{address}, unit {unit} · {org}",
};
