import type { Messages } from "../shape";

export const actionForms: Messages["actionForms"] = {
  lease: {
    renterEmail: "הזינו את כתובת האימייל של השוכר",
    startDate: "הזינו את תאריך תחילת השכירות",
    dueDayRequired: "הזינו את יום התשלום של שכר הדירה",
    dueDayMax: "לכל היותר 31 (היום האחרון של כל חודש)",
    rentRequired: "הזינו סכום, למשל 850.00",
    coRenterEmail: "הזינו כתובת אימייל תקינה",
    endDate: "הזינו את היום האחרון של השכירות",
  },
  rent: {
    amountRequired: "הזינו סכום, למשל 25.00",
    reason: "כתבו את הסיבה",
  },
  room: {
    description: "תארו מה קרה",
    amount: "הזינו סכום, למשל 850.00",
    period: "בחרו חודש",
    reasonRequired: "כתבו סיבה",
    reasonShort: "לפחות 3 תווים",
    unknownAction: "פעולה לא מוכרת",
    receivedOn: "בחרו תאריך שאינו אחרי היום",
  },
};
