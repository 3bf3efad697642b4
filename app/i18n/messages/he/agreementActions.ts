import type { Messages } from "../shape";

/** The agreement's editor's buttons and what blocks sending (app/components/agreement-actions.tsx). */
export const agreementActions: Messages["agreementActions"] = {
  buttons: {
    retry: "ניסיון הפקה חוזר",
    again: "הפקה מחדש",
    generate: "הפקת PDF",
    send: "שליחה לחתימה",
    duplicate: "שכפול לחידוש",
  },
  beforeSending: "לפני השליחה לחתימה:",
  missing: {
    date: "חובה למלא את תאריך החוזה",
    landlordName: "חובה למלא את שם המשכיר",
    landlordAddress: "חובה למלא את כתובת המשכיר",
    renterName: "חובה למלא את שם השוכר {number}",
    renterId: "חובה למלא את מספר תעודת הזהות של השוכר {number}",
    propertyAddress: "חובה למלא את כתובת הנכס",
    startDate: "חובה למלא את תאריך ההתחלה",
    rent: "חובה למלא את שכר הדירה",
    deposit: "חובה למלא את סכום הפיקדון",
    guarantor: "חובה למלא את שם הערב",
    endDate: "תאריך הסיום חייב להיות אחרי תאריך ההתחלה",
    landlordRepresentative: "חובה למלא את נציג החברה המשכירה",
  },
};
