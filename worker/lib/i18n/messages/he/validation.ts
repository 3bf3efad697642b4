import type { ServerMessages } from "../shape";

export const validation: ServerMessages["validation"] = {
  required: "יש למלא שדה זה",
  wholeNumber: "יש להזין מספר שלם",
  number: "יש להזין מספר",
  minLength: "{minimum, plural, one {לפחות תו אחד} other {לפחות # תווים}}",
  maxLength: "{maximum, plural, one {לכל היותר תו אחד} other {לכל היותר # תווים}}",
  minNumber: "לפחות {minimum}",
  maxNumber: "לכל היותר {maximum}",
  format: "הפורמט של ערך זה אינו מזוהה",
  email: "יש להזין כתובת דוא״ל תקינה",
  dateRange: "יש להזין תאריך בין 1900 ל־2200",
  date: "יש להזין תאריך",
  choose: "יש לבחור אחת מהאפשרויות",
  amount: "יש להזין סכום, לדוגמה {example}",
  placeName: "יש להזין שם מקום: לפחות אות אחת",
  minAmount: "לפחות {amount}",
  maxAmount: "לכל היותר {amount}",
  datePast: "בחרו תאריך שעוד לא עבר",
  windowOrder: "שעת הסיום צריכה לבוא אחרי שעת ההתחלה",
};
