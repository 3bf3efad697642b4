import type { Messages } from "../shape";

export const apartments: Messages["apartments"] = {
  fallbackTitle: "דירה",
  pageTitle: "דירה {unit}, {property}",
  heading: "דירה {unit}",
  summary: "{rooms, plural, one {חדר אחד} two {שני חדרים} other {# חדרים}} · {rent} לחודש ללא הוצאות נלוות",
  location: "<link>{property}</link> · {address}, {city}",
  edit: "עריכת הדירה",
  editPage: {
    title: "עריכת דירה {unit}",
    fallbackTitle: "עריכת דירה",
    back: "חזרה לנכס",
    save: "שמירה",
    deleteTitle: "מחיקת הדירה",
    deleteWarning: "מחיקת דירה {unit} מסירה אותה מהנכס. אי אפשר לבטל את הפעולה.",
    readOnly: "התפקיד שלך ({role}) מאפשר לצפות בדירה הזו אבל לא לשנות אותה.",
  },
  form: {
    unitNumber: "מספר דירה",
    unitPlaceholder: "למשל 3C",
    rooms: "חדרים",
    rent: "שכר דירה חודשי ללא הוצאות נלוות",
    rentPlaceholder: "850.00",
    currency: "מטבע",
  },
  errors: {
    unitNumber: "הזינו את מספר הדירה",
    roomsRequired: "הזינו את מספר החדרים",
    roomsMin: "לפחות חדר אחד",
    roomsMax: "לכל היותר 50 חדרים",
    rentRequired: "הזינו סכום, למשל 850.00",
    rentTooBig: "שכר הדירה הזה גבוה מדי",
    rentPlaceholder: "850.00",
    currency: "בחרו מטבע",
  },
  noRole: "ללא",
};
