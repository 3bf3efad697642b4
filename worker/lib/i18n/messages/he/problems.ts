import type { ServerMessages } from "../shape";

export const problems: ServerMessages["problems"] = {
  rent_revision_not_applicable: "עדכון דמי שכירות לפי מדד IRL חל רק על חוזי שכירות של דירות בצרפת.",
  rent_revision_no_clause: "בחוזה זה אין סעיף עדכון של דמי השכירות.",
  rent_revision_not_due: "ניתן לעדכן את דמי השכירות רק החל מהמועד השנתי הראשון של החוזה.",
  rent_revision_done: "העדכון של השנה כבר אושר.",
  rent_revision_stale: "העדכון המוצע השתנה בינתיים: טען/י מחדש את הדף ואשר/י שוב.",
  rent_index_missing: "מדד דמי השכירות של רבעון הדרוש לעדכון עדיין לא נרשם.",
  no_rent_revision: "לחוזה זה עדיין אין עדכון דמי שכירות מאושר.",
};
