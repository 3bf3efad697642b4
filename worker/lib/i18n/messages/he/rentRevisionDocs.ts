import type { ServerMessages } from "../shape";

export const rentRevisionDocs: ServerMessages["rentRevisionDocs"] = {
  quarter: "רבעון {n} {year}",
  letter: {
    title: "עדכון שנתי של דמי השכירות",
    landlord: "המשכיר: {name}",
    renters: "השוכר/ים: {names}",
    premises: "הדירה: {address}",
    subject: "הנדון: עדכון דמי השכירות במועד השנתי של החוזה, {anniversary}",
    salutation: "לכבוד השוכר/ת,",
    body: "בהתאם לסעיף העדכון בחוזה השכירות ולסעיף 17-1 של החוק הצרפתי מס' 89-462 מיום 6 ביולי 1989, דמי השכירות של דירתך (ללא הוצאות נלוות) מתעדכנים מדי שנה במועד השנתי של החוזה לפי השינוי השנתי במדד דמי השכירות (IRL) שמפרסם INSEE.",
    currentRent: "דמי השכירות הנוכחיים ללא הוצאות נלוות: {amount}",
    baseIndex: "IRL של {quarter} (מדד הבסיס): {value}",
    newIndex: "IRL של {quarter} (המדד החדש): {value}",
    computation: "חישוב: {rent} × {newValue} / {baseValue} = {newRent} (מעוגל לקרוב ביותר)",
    newRent: "דמי השכירות החדשים ללא הוצאות נלוות: {amount}",
    effective: "דמי השכירות החדשים חלים החל מתשלום {period}. תשלומים קודמים אינם משתנים; ההוצאות הנלוות אינן מושפעות.",
    closing: "בכבוד רב,",
    signed: "נערך ב-{date}, {landlord}",
    source: "מקור: INSEE, סדרה 001515333, מדד דמי השכירות (www.insee.fr).",
    page: "עמוד {n} מתוך {total}",
  },
  email: {
    subject: "דמי השכירות שלך עודכנו: {newRent} החל מ{period}",
    intro:
      "{landlord} עדכן/ה את דמי השכירות של {address} במועד השנתי של החוזה ({anniversary}), לפי מדד דמי השכירות (IRL) שמפרסם INSEE.",
    amounts: "דמי שכירות ללא הוצאות נלוות: {previousRent} ← {newRent}, החל מתשלום {period}.",
    indices: "IRL של {newQuarter}: {newValue}; IRL של {baseQuarter}: {baseValue}.",
    letter: "מכתב העדכון נמצא בדירה שלך ב-Rentline.",
    action: "לדירה שלי",
  },
};
