import type { Messages } from "../shape";

/** The first payment of a confirmed application (the card on the application and the home). */
export const firstPayment: Messages["firstPayment"] = {
  title: "מה לשלם כדי להיכנס לדירה",
  how: "איך לשלם",
  byWhen: "לתשלום עד",
  online: "באופן מקוון בכרטיס בכפתור שלמטה, או בהעברה בנקאית.",
  transfer: "בהעברה בנקאית לחשבון הזה, עם האסמכתה כדי שהמשכיר יזהה אותה:",
  intro: "הבקשה שלכם התקבלה. שלמו את הסכום הזה עד {date} כדי לשריין את הדירה: המשכיר מאשר עם קבלת התשלום.",
  rentMonth: "שכר דירה עבור {month}",
  rentProrated: "שכר דירה עבור {month}, {days} מתוך {total} ימים",
  charges: "הוצאות חודשיות",
  chargesProrated: "הוצאות, אותם ימים",
  deposit: "פיקדון",
  total: "סך הכול לתשלום",
  noBank: "המשכיר עוד לא הזין פרטי חשבון בנק: בקשו אותם בשיחה שלמטה.",
  landlordIntro: "נדרש מהמועמד עם הקבלה, לתשלום עד {date}: אתם מאשרים עם קבלתו.",
  payTotal: "תשלום {amount} אונליין (שכר דירה ראשון ופיקדון)",
};
