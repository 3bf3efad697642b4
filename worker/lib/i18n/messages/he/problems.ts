import type { ServerMessages } from "../shape";

export const problems: ServerMessages["problems"] = {
  invalid_iban: "מספר ה-IBAN אינו תקין: בדקו אותו ספרה אחר ספרה (לדוגמה FR76 3000 6000 0112 3456 7890 189).",
  invalid_bic: "קוד ה-BIC אינו תקין: הוא מורכב מ-8 או 11 תווים, לדוגמה AGRIFRPP.",
  invalid_siret: "מספר ה-SIRET אינו תקין: הוא מורכב מ-14 ספרות, כולל ספרת ביקורת.",
  invalid_postcode: "מיקוד צרפתי מורכב מ-5 ספרות.",
  invalid_country: "בחרו מדינה מהרשימה.",
  invalid_currency: "בחרו מטבע מהרשימה.",
  invalid_timezone: "בחרו אזור זמן מהרשימה.",
  org_identity_missing: "עדיין לא ניתן להנפיק קבלה על שכר הדירה: השם המשפטי והכתובת של המשכיר לא הוזנו.",
};
