import type { Messages } from "../shape";

export const dossier: Messages["dossier"] = {
  pageTitle: "התיק שלי",
  intro: "בונים אותו פעם אחת ומגישים איתו מועמדות לכל מודעה. משכירים רואים אותו רק כשאתם מגישים להם מועמדות.",
  profile: "פרופיל",
  saveProfile: "שמירת הפרופיל",
  documents: "המסמכים שלי",
  guarantors: "ערבים",
  guarantorsDescription: "אנשים שערבים לשכר הדירה שלכם, כל אחד עם המסמכים שלו.",
  remove: "הסרה",
  noDocuments: "אין עדיין מסמכים.",
  delete: "מחיקה",
  kinds: {
    id_card: "תעודת זהות או דרכון",
    proof_of_income: "אישור הכנסה",
    proof_of_study: "אישור לימודים",
    rib: "פרטי חשבון בנק (RIB)",
    visa: "ויזה",
    other: "אחר",
  },
  upload: {
    kind: "סוג המסמך",
    file: "קובץ — PDF, JPEG, PNG או DOCX, עד 100 מ״ב",
    submit: "העלאה",
  },
  guarantor: {
    name: "שם הערב/ה",
    relationship: "קשר אליכם",
    relationshipPlaceholder: "אמא, מעסיק…",
    email: "דוא״ל (לא חובה)",
    submit: "הוספת ערב/ה",
    nameMissing: "הזינו את השם",
    relationshipMissing: "ציינו מה הקשר שלכם לאדם הזה",
  },
};
