import type { Messages } from "../shape";

export const rentRevision: Messages["rentRevision"] = {
  status: {
    not_applicable: "עדכון לפי מדד IRL חל רק על דירות בצרפת.",
    no_clause: "בחוזה זה אין סעיף עדכון של דמי השכירות.",
    not_due: "העדכון הבא אפשרי במועד השנתי של החוזה, {date}.",
    due: "ניתן לעדכן את דמי השכירות למועד השנתי של {date}.",
    done: "העדכון של השנה אושר. המועד השנתי הבא: {date}.",
    index_missing:
      "מדד IRL של {quarter} עדיין לא נרשם ב-Rentline. ‏INSEE מפרסם את המדד של כל רבעון כשבועיים לאחר סיומו, ואנו רושמים אותו מיד עם פרסומו: העדכון יוצע אז כאן.",
    lease_ended: "החוזה מסתיים לפני שדמי השכירות המעודכנים ייכנסו לתוקף.",
    frozen:
      "הדירה מדורגת {energyClass} בתעודת הביצועים האנרגטיים (DPE): דמי השכירות מוקפאים ולא ניתן לעדכן אותם (חוק מס׳ 89-462, סעיף 17-1, כפי שתוקן בחוק האקלים והחוסן).",
  },
  energyUnknown:
    "דירוג האנרגיה (DPE) אינו ידוע: הזינו אותו במודעה של הדירה. לא ניתן לעדכן את דמי השכירות של דירה המדורגת F או G.",
  currentRent: "דמי שכירות נוכחיים ללא הוצאות נלוות",
  baseIndex: "מדד IRL בסיס ({quarter})",
  newIndex: "מדד IRL חדש ({quarter})",
  newRent: "דמי שכירות מעודכנים ללא הוצאות נלוות",
  effectiveFrom: "בתוקף החל מתשלום {period}",
  formula: "({rent} × {newValue} / {baseValue}, מעוגל לקרוב ביותר)",
  confirm: "אישור העדכון",
  confirming: "מאשר…",
  confirmed: "העדכון אושר: השוכר/ת יקבל/תקבל הודעה בדוא״ל ואת מכתב העדכון.",
  clauseTitle: "סעיף עדכון",
  clauseEnabled: "החוזה קובע עדכון שנתי לפי מדד IRL",
  referenceQuarter: "רבעון הייחוס של מדד IRL",
  referenceQuarterHint: "מדד IRL האחרון שפורסם בעת חתימת החוזה, כפי שהוא מופיע בחוזה.",
  referenceQuarterNone: "בחרו רבעון",
  baseValuePlaceholder: "145.17",
  baseValue: "ערך מדד IRL הרשום בחוזה (לא חובה)",
  saveClause: "שמירת הסעיף",
  clauseSaved: "הסעיף נשמר.",
  history: "עדכונים שאושרו",
  historyItem: "{anniversary}: {previousRent} ← {newRent} (החל מ{period})",
  letter: "מכתב העדכון (PDF)",
  letterPreparingTitle: "מכין את המכתב — Rentline",
  letterPreparing: "מכין את מכתב העדכון… הדף ייטען מחדש מעצמו.",
  letterUnavailable: "מכתב זה אינו זמין.",
};
