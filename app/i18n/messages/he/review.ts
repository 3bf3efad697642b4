import type { Messages } from "../shape";

export const review: Messages["review"] = {
  listing: "מודעה: {title}, {city} · {rent} לחודש + {charges} דמי ניהול",
  income: "הכנסה חודשית: {amount}",
  noIncome: "ההכנסה לא צוינה",
  ratio: "יחס שכר דירה להכנסה: {percent}",
  ratioHigh: "יותר משליש מההכנסה",
  guarantor: "ערב: {name} ({relationship})",
  documents: "מסמכים",
  noDocuments: "אין מסמכים",
  note: "הערה למגיש הבקשה (לא חובה)",
  accept: "אישור",
  reject: "דחייה",
  decided: "ההחלטה נשמרה.",
  open: "פתיחת הבקשה",
  message: "הודעה: „{message}”",
};
