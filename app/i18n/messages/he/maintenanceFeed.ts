import type { Messages } from "../shape";

export const maintenanceFeed: Messages["maintenanceFeed"] = {
  reported: "{title}: התקלה דווחה",
  triaged: "{title}: הבקשה בטיפול",
  scheduled: "{title}: ביקור נקבע ל־{date}, {from}–{to} ({zone})",
  in_progress: "{title}: העבודה בביצוע",
  resolved: "{title}: התקלה תוקנה",
  closed: "{title}: הבקשה נסגרה",
  cancelled: "{title}: הבקשה בוטלה",
  reopened: "{title}: הבקשה נפתחה מחדש",
  open: "לצפייה בבקשה",
};
