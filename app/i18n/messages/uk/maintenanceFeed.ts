import type { Messages } from "../shape";

export const maintenanceFeed: Messages["maintenanceFeed"] = {
  reported: "{title}: про несправність повідомлено",
  triaged: "{title}: заявку взято в роботу",
  scheduled: "{title}: візит заплановано на {date}, {from}–{to} ({zone})",
  in_progress: "{title}: роботи тривають",
  resolved: "{title}: несправність усунено",
  closed: "{title}: заявку закрито",
  cancelled: "{title}: заявку скасовано",
  reopened: "{title}: заявку відкрито знову",
  open: "Переглянути заявку",
};
