import type { Messages } from "../shape";

export const ledger: Messages["ledger"] = {
  pay: {
    form: "תשלום מקוון",
    what: "מה לשלם",
    wholeBalance: "כל היתרה ({amount})",
    period: "{period} — יתרה {amount}",
    submit: "לתשלום מקוון",
  },
  adjust: {
    form: "הוספת התאמה",
    direction: "התאמה",
    credit: "זיכוי (השוכר חייב פחות)",
    debit: "חיוב (השוכר חייב יותר)",
    amount: "סכום ({currency})",
    reason: "סיבה",
    submit: "הוספת ההתאמה",
    amountMissing: "יש להזין סכום, למשל 25.00",
    reasonMissing: "יש לציין סיבה",
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
    hint: "בדירה הזו יש כמה חוזים בתוקף: בחרו לאיזה מהם שייך התשלום.",
    choose: "בחירת חוזה…",
    option: "{renters} — חוזה מ־{start}",
    noRenter: "ללא שוכר",
  },
};
