import type { ServerMessages } from "../shape";

export const problems: ServerMessages["problems"] = {
  lease_too_short:
    "חוזה השכירות קצר מהתקופה המינימלית שבחוק: 3 שנים בדירה לא מרוהטת (6 שנים אם המשכיר הוא חברה), שנה אחת בדירה מרוהטת.",
  student_lease_duration: "חוזה שכירות מרוהט לסטודנט נמשך 9 חודשים בדיוק, עם תאריך סיום.",
  mobility_duration: "חוזה bail mobilité נמשך בין חודש אחד ל־10 חודשים, עם תאריך סיום.",
  deposit_above_cap:
    "הפיקדון חורג מהתקרה שבחוק: שכר דירה של חודש אחד ללא הוצאות נלוות בדירה לא מרוהטת, חודשיים בדירה מרוהטת.",
  mobility_deposit: "אסור לדרוש פיקדון בחוזה bail mobilité.",
  flat_charges_unfurnished: "בדירה לא מרוהטת ההוצאות הנלוות משולמות כמקדמות עם התחשבנות שנתית, ולא כסכום קבוע.",
  mobility_flat_charges: "בחוזה bail mobilité ההוצאות הנלוות הן סכום קבוע בלבד, ללא התחשבנות.",
};
