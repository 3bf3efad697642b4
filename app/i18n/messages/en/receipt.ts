import type { Messages } from "../shape";

export const receipt: Messages["receipt"] = {
  preparingTitle: "Preparing your receipt",
  preparing: "Preparing your rent receipt for {period}… this page reloads by itself.",
  missing: "No receipt",
};
