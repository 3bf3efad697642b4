import type { Messages } from "../shape";

export const rent: Messages["rent"] = {
  title: "שכר דירה",
  subtitle: "צפוי ונגבה עבור {month}",
  month: "חודש",
  show: "הצגה",
  emptyTitle: "עדיין אין שכר דירה",
  emptyBody: "שכר הדירה יופיע כאן ברגע שיחויבו החוזים הראשונים.",
  expected: "צפוי · {currency}",
  collected: "נגבה",
  collectedShare: "נגבו {rate, number, percent}",
  overdue: "בפיגור",
  nothingOverdue: "אין תשלומים בפיגור.",
  unit: "{property}, דירה {unit}",
  late: "{amount} · {days, plural, one {יום אחד באיחור} two {יומיים באיחור} other {# ימים באיחור}}",
  history: "12 החודשים האחרונים · {currency}",
};
