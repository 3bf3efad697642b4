import type { Messages } from "../shape";

export const devMail: Messages["devMail"] = {
  pageTitle: "תיבת דואר לפיתוח",
  intro: "כל המיילים ש־Rentline שלחה במחשב הזה, מהחדש לישן. הדף הזה לא קיים בסביבת הייצור.",
  recipient: "נמען",
  filter: "סינון",
  showAll: "הצגת הכול",
  emptyTitle: "אין עדיין דואר",
  emptyBody: "הירשמו, בקשו איפוס סיסמה או הזמינו מישהו, והמייל יגיע לכאן.",
  to: "אל: {to}",
  placeholder: "someone@example.co.il",
};
