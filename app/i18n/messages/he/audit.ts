import type { Messages } from "../shape";

export const audit: Messages["audit"] = {
  title: "יומן פעילות",
  subtitle: "כל שינוי ב־{name}: מי, מה ומתי. לבעלים בלבד.",
  total: "{count, plural, =0 {אין רשומות} one {רשומה אחת} other {# רשומות}}",
  empty: "עדיין לא נרשמו שינויים.",
  emptyFiltered: "אין רשומות התואמות למסננים האלה.",
  system: "Rentline (אוטומטי)",
  vendor: "{name} (ספק)",
  object: "פריט:",
  org: "ארגון:",
  details: "פרטים",
  csv: "הורדה כ־CSV",
  verb: { created: "יצר/ה", set: "קבע/ה", changed: "שינה/תה", deleted: "מחק/ה" },
  filters: {
    title: "מסננים",
    person: "אדם",
    anyone: "כולם",
    action: "פעולה",
    anyAction: "כל הפעולות",
    object: "פריט (מזהה)",
    objectHint: "בחרו פריט ברשימה כדי למצוא אותו כאן.",
    from: "מתאריך",
    to: "עד תאריך",
    apply: "סינון",
    reset: "איפוס",
  },
};
