import type { Messages } from "../shape";

export const profile: Messages["profile"] = {
  pageTitle: "הפרטים שלי",
  intro: "המשכירים שלכם משתמשים בפרטים האלה לחוזה השכירות.",
  saved: "נשמר.",
  save: "שמירה",
  fields: {
    firstName: "שם פרטי",
    lastName: "שם משפחה",
    phone: "טלפון",
    birthDate: "תאריך לידה",
    address: "כתובת",
    nationality: "אזרחות",
    education: "לימודים",
    budget: "תקציב חודשי ({currency})",
  },
  errors: {
    firstName: "הזינו את השם הפרטי",
    lastName: "הזינו את שם המשפחה",
    phone: "הזינו מספר טלפון",
    birthDate: "הזינו את תאריך הלידה",
    address: "הזינו את הכתובת",
    budget: "הזינו סכום, למשל {example}",
  },
};
