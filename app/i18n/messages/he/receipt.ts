import type { Messages } from "../shape";

export const receipt: Messages["receipt"] = {
  preparingTitle: "מכינים את הקבלה שלך",
  preparing: "מכינים את הקבלה על שכר הדירה של {period}… העמוד ייטען מחדש מעצמו.",
  missing: "אין קבלה",
  refusedTitle: "עדיין לא ניתן להפיק קבלה זו",
  identityHint: "קבלה נושאת את שם המשכיר: בעל הארגון ממלא את השם המשפטי והכתובת הרשומה בהגדרות.",
};
