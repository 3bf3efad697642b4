import type { Messages } from "../shape";

export const maintenanceFeed: Messages["maintenanceFeed"] = {
  reported: "{title}: problem reported",
  triaged: "{title}: request taken in hand",
  scheduled: "{title}: visit scheduled for {date}, {from}–{to} ({zone})",
  in_progress: "{title}: work in progress",
  resolved: "{title}: problem resolved",
  closed: "{title}: request closed",
  cancelled: "{title}: request cancelled",
  reopened: "{title}: request reopened",
  open: "See the request",
};
