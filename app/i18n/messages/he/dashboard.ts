import type { Messages } from "../shape";

export const dashboard: Messages["dashboard"] = {
  title: "לוח בקרה",
  heading: "נכסים",
  subtitle: "{org} · {count, plural, =0 {אין נכסים} one {נכס אחד} other {# נכסים}}",
  place: "{postalCode} {city}, {country}",
  addProperty: "הוספת נכס",
  emptyPage: "אין כלום בעמוד הזה",
  empty: "עדיין אין נכסים",
  firstPage: "חזרה לעמוד הראשון",
  emptyEditor: "הוסיפו את הבניין או הבית הראשון שלכם, ואחר כך את הדירות שבו.",
  emptyViewer: "כשבעלים או מנהל יוסיפו נכסים, הם יופיעו כאן.",
  unread: "{count, plural, one {הודעה אחת שלא נקראה} other {# שלא נקראו}}",
  pages: "עמודי הנכסים",
};
