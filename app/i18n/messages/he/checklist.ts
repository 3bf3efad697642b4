import type { Messages } from "../shape";

export const checklist: Messages["checklist"] = {
  title: "התיק שלכם עבור המודעה הזו",
  ready: "התיק שלכם עומד בכל הדרישות של המודעה הזו.",
  notReady: "{count, plural, one {חסר פריט אחד} other {חסרים # פריטים}} לפני שתוכלו להגיש בקשה:",
  met: "הושלם",
  missing: "חסר",
  profileField: "פרופיל: {field}",
  document: "מסמך: {kind}",
  guarantors: "{count, plural, one {נדרש ערב אחד} other {נדרשים # ערבים}}",
  guarantorDocuments: "מסמך עבור הערב שלכם {name}",
  fix: "פתיחת התיק שלי להשלמה",
  signIn: "<link>התחברו</link> כדי לבדוק את התיק שלכם לפני הגשת בקשה.",
  durationRange: "משך חוקי למודעה הזו: {min} עד {max} חודשים.",
  income: "הכנסה חודשית נטו (לא חובה)",
  incomeHint: "המשכיר רואה אותה יחד עם יחס שכר הדירה להכנסה (שכר דירה ודמי ניהול ÷ הכנסה).",
  applied: "כבר הגשת מועמדות למודעה הזו. סטטוס: {status}.",
  appliedOpen: "לפתיחת המועמדות שלי",
};
