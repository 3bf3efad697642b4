import type { Messages } from "../shape";

export const shell: Messages["shell"] = {
  skipToContent: "דילוג לתוכן",
  mainNavigation: "ניווט ראשי",
  nav: {
    dashboard: "לוח בקרה",
    rent: "שכר דירה",
    listings: "מודעות",
    team: "צוות",
    homes: "הדירות שלי",
    documents: "המסמכים שלי",
    applications: "הבקשות שלי",
    dossier: "התיק שלי",
    profile: "הפרטים שלי",
    account: "חשבון",
  },
  signOut: "התנתקות",
  language: "שפה",
  changeLanguage: "החלפת שפה",
  apply: "החלה",
  pageTitle: "{title} — Rentline",
};
