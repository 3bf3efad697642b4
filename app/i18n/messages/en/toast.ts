import type { Messages } from "../shape";

export const toast: Messages["toast"] = {
  region: "Notifications",
  dismiss: "Dismiss notification",
};
