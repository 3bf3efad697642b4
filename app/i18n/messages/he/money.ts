import type { Messages } from "../shape";

export const money: Messages["money"] = {
  methods: {
    transfer: "העברה בנקאית",
    card: "כרטיס אשראי",
    cash: "מזומן",
    cheque: "צ׳ק",
    other: "אחר",
  },
  feed: {
    payment: "תשלום",
    paymentBy: "תשלום ב{method}",
    receivedOn: "התקבל ב־{date}",
  },
  payOnline: {
    form: "תשלום מקוון",
    what: "מה לשלם",
    wholeBalance: "כל היתרה ({amount})",
    period: "{period} — יתרה {amount}",
    submit: "לתשלום מקוון",
  },
  balance: {
    title: "שכר הדירה שלי",
    allWaiting: "לכל חודש שלתשלום כבר יש תשלום שממתין לאישור המשכיר.",
    statuses: {
      paid: "שולם",
      partially_paid: "שולם חלקית",
      due: "לתשלום",
      overdue: "באיחור",
    },
    entries: "{count, plural, one {הרישום בכרטסת} other {# הרישומים בכרטסת}}",
    due: "סכום לתשלום",
    upToDate: "אין לכם חוב",
    credit: "{amount} זכות",
    nextDue: "שכר הדירה הבא: {amount} עד {date}",
    noPeriods: "עדיין לא חויב שכר דירה.",
    periods: "חודש אחר חודש",
    payOnline: "תשלום מקוון",
    paidByTransfer: "שילמתי בהעברה בנקאית",
    receipts: "קבלות",
    waiting: "{count, plural, one {תשלום אחד ממתין} other {# תשלומים ממתינים}} לאישור המשכיר",
  },
  record: {
    open: "רישום תשלום",
  },
  pending: {
    title: "תשלומים לאישור",
    renterTitle: "ממתינים לאישור",
    by: "{name} · {period}",
    confirm: "אישור",
    waiting: "{side, select, landlord {ממתין לאישור המשכיר} other {ממתין לאישור השוכר}}",
  },
  checkoutReturn: {
    success: "התשלום התקבל: תודה.",
    cancelled: "התשלום בוטל: לא חויב דבר.",
  },
  receiptsNotice: {
    missingOwner: "כדי להנפיק קבלות נדרשים השם המשפטי והכתובת של הארגון שלכם.",
    fixLink: "להשלמת ההגדרות",
    missingStaff: "כדי להנפיק קבלות נדרשים השם המשפטי והכתובת של הארגון: בקשו מהבעלים להזין אותם.",
    missingRenter: "הקבלות עדיין אינן זמינות: המשכיר צריך להזין את שמו המשפטי ואת כתובתו. בקשו זאת ממנו.",
  },
  payByTransfer: {
    title: "תשלום בהעברה בנקאית",
    holder: "בעל החשבון",
    iban: "IBAN",
    bic: "BIC",
    reference: "אסמכתה לרישום",
    referenceHint: "רשמו אותה בתיאור ההעברה כדי שהמשכיר יוכל לשייך את התשלום לחוזה השכירות שלכם.",
  },
};
