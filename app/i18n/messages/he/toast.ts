import type { Messages } from "../shape";

export const toast: Messages["toast"] = {
  region: "התראות",
  dismiss: "סגירת ההתראה",
};
