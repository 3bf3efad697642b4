import type { Messages } from "../shape";

export const documentsPanel: Messages["documentsPanel"] = {
  title: "מסמכים",
  none: "עדיין אין חוזה שכירות.",
  signedOn: "נחתם ב־{date}",
  createdOn: "נוצר ב־{date}",
  needsLease: "חוזה דורש שכירות פעילה שהשוכר שלה כבר הצטרף.",
  newAgreement: "חוזה חדש",
  lease: "שכירות",
  leaseOption: "{start} ← {end}",
  openEnded: "ללא תאריך סיום",
  template: "תבנית",
  /** A template by what it is (the agreement's own title is in its language, not the reader's). */
  templateTitle:
    "{furnished, select, yes {שכירות דירה מרוהטת} other {שכירות דירה לא מרוהטת}}{earlyExit, select, yes {, עם סעיף יציאה מוקדמת} other {}}",
  templateOption: "{title} ({language})",
  templateFr: "בצרפתית",
  templateEn: "באנגלית",
  draftAgreement: "ניסוח חוזה",
};
