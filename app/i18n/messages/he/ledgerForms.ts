import type { Messages } from "../shape";

export const ledgerForms: Messages["ledgerForms"] = {
  adjust: {
    form: "הוספת התאמה",
    direction: "התאמה",
    credit: "זיכוי (השוכר חייב פחות)",
    debit: "חיוב (השוכר חייב יותר)",
    amount: "סכום ({currency})",
    reason: "סיבה",
    submit: "הוספת ההתאמה",
  },
  reminders: {
    title: "תזכורות תשלום",
    on: "פעילות: 3 ימים לפני מועד התשלום, ביום עצמו אם לא שולם, ומדי שבוע כל עוד יש פיגור.",
    off: "כבויות בחוזה הזה.",
    switchOff: "כיבוי התזכורות",
    switchOn: "הפעלת התזכורות",
  },
  lease: {
    label: "חוזה השכירות",
    hint: "בדירה הזו יש כמה חוזים בתוקף: לתשלום או לבקשת אישור, יש לבחור את החוזה הרלוונטי.",
    option: "{renters} — חוזה מ־{start}",
    from: "חוזה מ־{start}",
    noRenter: "ללא שוכר",
  },
};
