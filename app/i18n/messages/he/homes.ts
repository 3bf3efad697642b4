import type { Messages } from "../shape";

export const homes: Messages["homes"] = {
  pageTitle: "הדירות שלי",
  subtitle: "הדירות שאתם שוכרים דרך Rentline.",
  emptyTitle: "אין עדיין דירות",
  emptyBody: "כשמשכיר מצרף אתכם לחוזה, הדירה תופיע כאן.",
  address: "{address}, דירה {unit}",
  status: {
    current: "בתוקף",
    upcoming: "עתידי",
    ended: "הסתיים",
    cancelled: "בוטל",
  },
  rent: "{amount} לחודש כולל הוצאות, {due}",
  dueOn: "לתשלום ב־{day} בחודש",
  dueLast: "לתשלום ביום האחרון של החודש",
  endedOn: "הסתיים ב־{date}",
  startsOn: "מתחיל ב־{date}",
  since: "מאז {date}",
  unread: "{count, plural, one {הודעה אחת שלא נקראה} two {שתי הודעות שלא נקראו} other {# הודעות שלא נקראו}}",
  myHome: "הדירה שלי",
  rentLine: "שכר דירה {amount}, {due}",
  leaseFromTo: "חוזה מ־{start} עד {end}",
  leaseFrom: "חוזה מ־{start}, ללא תאריך סיום",
};
