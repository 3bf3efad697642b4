import type { Messages } from "../shape";

export const onboarding: Messages["onboarding"] = {
  pageTitle: "הקמת הארגון שלכם",
  another: "יצירת ארגון נוסף",
  welcome: "ברוכים הבאים, {name}",
  intro: "ארגון מרכז את הנכסים, הדירות והצוות שלכם. בהמשך תוכלו להזמין אליו מנהלים ואנשי תחזוקה.",
  name: "שם הארגון",
  nameHint: "שם העסק שלכם, או השם שלכם אם אתם משכירים בעצמכם.",
  nameMissing: "הזינו את שם העסק, או את שמכם",
  submit: "יצירת הארגון",
  submitting: "יוצרים…",
};
