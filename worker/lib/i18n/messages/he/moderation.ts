import type { ServerMessages } from "../shape";

/** Emails about platform moderation (worker/email/moderation.ts), in Hebrew. */
export const moderation: ServerMessages["moderation"] = {
  takenDown: {
    subject: "המודעה שלך „{title}” הוסרה",
    body: "צוות Rentline הסיר את המודעה שלך „{title}”: היא אינה מופיעה עוד בחיפוש והדף הציבורי שלה אינו זמין.",
    reason: "סיבה: {reason}",
    next: "לא ניתן לפרסם אותה מחדש. אם לדעתך זו טעות, השב/י למייל הזה.",
  },
  restored: {
    subject: "המודעה שלך „{title}” הוחזרה",
    body: "צוות Rentline החזיר את המודעה שלך „{title}” למצבה הקודם.",
    reason: "סיבה: {reason}",
  },
  action: "למודעות שלי",
};
