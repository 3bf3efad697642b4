import type { Messages } from "../shape";

/** החלק "הנתונים שלך" בדף החשבון (app/components/data-export-card.tsx), בעברית. */
export const accountExport: Messages["accountExport"] = {
  title: "הנתונים שלך",
  description:
    "הורדת עותק של כל מה ש-Rentline שומרת עליך (GDPR, סעיפים 15 ו-20): ארכיון ZIP של קובצי JSON והמסמכים שלך. הוא מוכן ברקע; יישלח אליך מייל עם קישור שתקף 7 ימים. בקשה אחת ביום.",
  request: "להורדת הנתונים שלי",
  inProgress: "ארכיון נמצא בהכנה: יישלח אליך מייל.",
  listLabel: "בקשות הייצוא שלך",
  requestedAt: "התבקש ב-{date}",
  status: {
    requested: "ממתין",
    building: "בהכנה",
    ready: "מוכן",
    failed: "נכשל",
  },
  validUntil: "הקישור תקף עד {date}",
  expired: "תוקף הקישור פג",
  failed: "לא ניתן היה להכין את הארכיון. אפשר לבקש שוב.",
  download: "הורדה",
  requested: "הבקשה התקבלה: יישלח אליך מייל כשהארכיון יהיה מוכן.",
};
