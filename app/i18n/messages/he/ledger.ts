import type { Messages } from "../shape";

export const ledger: Messages["ledger"] = {
  title: "שכר דירה",
  due: "לתשלום: {amount}",
  credit: "יתרת זכות: {amount}",
  paidUp: "הכול שולם",
  month: "חודש",
  amountDue: "לחיוב",
  outstanding: "יתרה לתשלום",
  status: "סטטוס",
  statuses: {
    paid: "שולם",
    partially_paid: "שולם חלקית",
    due: "לתשלום",
    overdue: "באיחור",
  },
  daysLate: "{count, plural, one {יום אחד} two {יומיים} other {# ימים}}",
  entries: "רישומים ({count, plural, one {רישום אחד} other {# רישומים}})",
  entryAmount: "{direction, select, debit {+} other {−}}{amount} · {date}",
  kinds: {
    charge: "חיוב שכר דירה",
    payment: "תשלום",
    adjustment: "התאמה",
    refund: "החזר",
  },
  chart: {
    title: "שכר דירה צפוי ושנגבה ב־12 חודשים, ב־{currency}",
    expectedBar: "{month}: צפוי {amount}",
    collectedBar: "{month}: נגבה {amount}",
    expected: "צפוי",
    collected: "נגבה",
  },
  earlierMonths: "חודשים קודמים ({count})",
};
