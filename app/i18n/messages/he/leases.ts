import type { Messages } from "../shape";

export const leases: Messages["leases"] = {
  title: "שוכרים וחוזי שכירות",
  none: "עדיין אין חוזה שכירות.",
  period: "מ-{start} עד {end}",
  openEnded: "מ-{start}, ללא תאריך סיום",
  dueDay: "לתשלום {day, plural, =31 {ביום האחרון של החודש} other {ב-# בחודש}}",
  invited: "{name} (הוזמן)",
  status: {
    upcoming: "עתידי",
    current: "בתוקף",
    ended: "הסתיים",
    cancelled: "בוטל",
  },
  coRenter: {
    formLabel: "הוספת שותף לחוזה שמתחיל ב-{start}",
    email: "דוא״ל השותף",
    submit: "הזמנת שותף",
  },
  invitationSent: "ההזמנה נשלחה.",
  add: {
    formLabel: "הוספת שוכר",
    renterEmail: "דוא״ל השוכר",
    startDate: "תחילת השכירות",
    endDate: "סיום השכירות (לא חובה)",
    dueDay: "יום תשלום שכר הדירה (31: היום האחרון בכל חודש)",
    rent: "שכר דירה ללא הוצאות ({currency})",
    deposit: "פיקדון (לא חובה)",
    firstMonth: "החודש הראשון, כולל הוצאות (לא חובה; אחרת לפי מספר הימים)",
    lastMonth: "החודש האחרון, כולל הוצאות (לא חובה; אחרת לפי מספר הימים)",
    submit: "הוספת שוכר",
    charges: "הוצאות חודשיות: מקדמה או סכום קבוע ({currency}, לא חובה)",
  },
  rentAndCharges: "{total} לחודש ({rent} שכר דירה + {charges} הוצאות)",
  cancelledOn: "היה אמור להתחיל ב־{start}; בוטל ב־{date}",
  cancelledAgreed: "סוכם מ-{start} עד {end}; בוטל ב־{date}",
};
