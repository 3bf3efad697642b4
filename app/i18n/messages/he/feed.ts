import type { Messages } from "../shape";

export const feed: Messages["feed"] = {
  byline: "{author} ({side, select, landlord {משכיר} renter {שוכר} other {—}}) · {time}",
  forPeriod: "עבור {period}",
  status: {
    pending: "{side, select, landlord {ממתין לאישור המשכיר} other {ממתין לאישור השוכר}}",
    confirmed: "אושר על ידי {name} ב־{time}",
    rejected: "נדחה על ידי {name}: {reason}",
  },
  confirm: "אישור",
  rejectOpen: "דחייה…",
  reason: "סיבה",
  reject: "דחייה",
  post: {
    renterLabel: "מה קרה (למשל: שולם שכר הדירה לחודש מאי)",
    landlordLabel: "הערה או תשלום שהתקבל",
    amount: "סכום ({currency}, לא חובה)",
    period: "חודש (לא חובה)",
    askRenter: "לבקש מהשוכר לאשר",
    renterSubmit: "פרסום בפיד",
    landlordSubmit: "פרסום",
  },
};
