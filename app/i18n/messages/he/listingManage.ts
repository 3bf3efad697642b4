import type { Messages } from "../shape";

export const listingManage: Messages["listingManage"] = {
  newTitle: "מודעה חדשה",
  newLink: "מודעה חדשה",
  newSubtitle: "בחרו דירה: שכר הדירה, דמי הניהול, השטח, החדרים והכתובת נלקחים ממנה.",
  chooseApartment: "דירה",
  choose: "שימוש בדירה הזו",
  apartmentOption: "{property} · יחידה {unit}",
  noApartment: "הוסיפו קודם דירה לנכס.",
  photos: "תמונות (כמה בבת אחת)",
  photosHint: "JPEG,‏ PNG או WebP; אפשר לשנות את הסדר אחר כך.",
  previewAlt: "תצוגה מקדימה {number}: {name}",
  create: "יצירת הטיוטה",
  creating: "יוצרים…",
  addPhotos: "הוספת תמונות",
  photosAdded: "{count, plural, one {נוספה תמונה אחת} other {נוספו # תמונות}}.",
  moveUp: "הזזת תמונה {number} למעלה",
  moveDown: "הזזת תמונה {number} למטה",
  remove: "הסרת תמונה {number}",
  dragHint: "גררו תמונה או השתמשו בחצים כדי לשנות את הסדר; הראשונה משמשת כתמונה הממוזערת.",
  position: "תמונה {number} מתוך {total}",
  publish: "פרסום",
};
