import type { ServerMessages } from "../shape";

/** Emails about erasure (worker/email/erasure.ts; issue 16 §3, GDPR art. 17), in Hebrew. */
export const erasure: ServerMessages["erasure"] = {
  accountErased: {
    subject: "חשבון ה-Rentline שלך נמחק",
    body: "כפי שביקשת, חשבון ה-Rentline שלך נמחק ב-{date}. המידע האישי שלך, התיק שלך וקבציו נמחקו, וכל ההתחברויות נותקו.",
    kept: "מה שהחוק מחייב את המשכירים שלך לשמור (חוזי שכירות, רישומי שכר דירה, תשלומים, קבלות, חוזים חתומים) נשמר לתקופה הקבועה בחוק, תחת השם „משתמש לשעבר” בכל מקום שאינו מסמך משפטי (GDPR סעיף 17(3)(b)).",
    notYou: "אם לא ביקשת זאת, יש להשיב למייל זה.",
    action: "מעבר ל-Rentline",
  },
  orgClosed: {
    subject: "הארגון „{orgName}” נסגר",
    body: "{orgName} סגר את המרחב שלו ב-Rentline ב-{date}. לא ניתן עוד להשתמש בו והמודעות שלו אינן מפורסמות עוד.",
    renter: "חוזה השכירות שלך אינו משתנה: לגבי ההמשך יש לפנות ישירות למשכיר.",
    kept: "המידע שלו נשמר עד {purgeDate} (תקופת השמירה הקבועה בחוק לחוזי שכירות ולרישומים חשבונאיים), ולאחר מכן נמחק.",
    action: "מעבר ל-Rentline",
  },
};
