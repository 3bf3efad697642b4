import type { ServerMessages } from "../shape";

export const maintenance: ServerMessages["maintenance"] = {
  subject: {
    reported: "קריאת שירות חדשה: {title}",
    triaged: "הקריאה התקבלה: {title}",
    scheduled: "נקבע ביקור: {title}",
    in_progress: "העבודה התחילה: {title}",
    resolved: "העבודה הסתיימה: {title}",
    closed: "הקריאה נסגרה: {title}",
    cancelled: "הקריאה בוטלה: {title}",
    reopened: "הקריאה נפתחה מחדש: {title}",
    comment: "הודעה חדשה: {title}",
    assigned: "הזמנת עבודה חדשה: {title}",
    escalated: "ללא מענה: {title}",
  },
  body: {
    reported: "{actorName} דיווח/ה על תקלה: {address}.",
    triaged: "{actorName} קיבל/ה את הקריאה עבור {address}.",
    scheduled: "נקבע ביקור: {address}.",
    in_progress: "{actorName} התחיל/ה בעבודה: {address}.",
    resolved:
      "{actorName} מודיע/ה שהתקלה תוקנה: {address}. אפשר לדרג את העבודה, או לפתוח את הקריאה מחדש בתוך 14 יום אם התקלה נמשכת.",
    closed: "הקריאה נסגרה: {address}.",
    cancelled: "{actorName} ביטל/ה את הקריאה: {address}.",
    reopened: "{actorName} פתח/ה את הקריאה מחדש: {address}.",
    comment: "{actorName} כתב/ה על הקריאה: {address}.",
    assigned: "{actorName} הקצה/תה לך עבודה: {address}.",
    escalated: "הקריאה לא טופלה בזמן שדחיפותה מחייבת: {address}.",
  },
  urgency: { low: "נמוכה", normal: "רגילה", urgent: "דחופה", emergency: "חירום" },
  urgencyLine: "דחיפות: {urgency}",
  visit: "ביקור ב־{date}, בין {from} ל־{to} ({timezone}).",
  note: "הודעה: „{note}”",
  open: "לצפייה בקריאה",
  vendorOpen: "לדף העבודה",
  vendorIntro: "הקישור האישי הזה בתוקף 30 יום; אין צורך בחשבון כדי לעדכן ולשלוח תמונות.",
};
