import type { Messages } from "../shape";

export const receipt: Messages["receipt"] = {
  preparingTitle: "Preparing your receipt",
  preparing: "Preparing your rent receipt for {period}… this page reloads by itself.",
  missing: "No receipt",
  refusedTitle: "This receipt cannot be issued yet",
  identityHint:
    "A receipt names the landlord: the org's owner completes its legal name and registered address in Settings.",
};
