import type { ServerMessages } from "../shape";

export const pdf: ServerMessages["pdf"] = {
  page: "עמוד {n} מתוך {total}",
  receipt: {
    title: "קבלה על תשלום שכר דירה",
    heading: "קבלה על תשלום שכר דירה — {period}",
    file: "kabala",
    landlord: "המשכיר: {name}",
    companyNumber: "מס׳ רישום {number}",
    renters: "השוכר/ים: {names}",
    property: "הנכס: {address}",
    place: "{street}, {postalCode} {city} (דירה {unit})",
    statement:
      "{landlord}, המשכיר של הנכס המפורט לעיל, מאשר/ת כי קיבל/ה מ-{renters} את הסכום של {amount} עבור שכר הדירה וההוצאות הנלוות לתקופה שמ-{from} עד {to}, מתוכו שכר דירה {rent} והוצאות נלוות {charges}.",
    amount: "הסכום שהתקבל: {amount}",
    rent: "שכר דירה (ללא הוצאות נלוות): {amount}",
    charges: "הוצאות נלוות: {amount}",
    lastPayment: "התשלום האחרון התקבל ב-{date}",
    issued: "הונפק ב-{date} · קבלה מס׳ {number}",
  },
  signatures: {
    title: "חתימות",
    certificate: "תעודת חתימה",
    intro: "תעודה זו מאשרת את החתימות האלקטרוניות שנחתמו על המסמך המזוהה להלן.",
    document: "מסמך: {title} · {id}",
    unsignedHash: "גיבוב SHA-256 של המסמך הלא חתום:",
    signer: "החותם/ת: {name} ({side}) — ״{signedName}״",
    side: { renter: "שוכר/ת", landlord: "משכיר/ה" },
    at: "מועד: {at}",
    ip: "כתובת IP: {ip}",
    userAgent: "דפדפן: {userAgent}",
    consent: "נחתם באופן אלקטרוני בהסכמה מפורשת.",
  },
  partialReceipt: {
    title: "קבלה על תשלום חלקי",
    heading: "קבלה על תשלום חלקי — {period}",
    file: "kabala-tashlum-helki",
    statement:
      "{landlord}, המשכיר של הנכס המפורט לעיל, מאשר/ת כי קיבל/ה מ-{renters} את הסכום של {amount} כתשלום חלקי של שכר הדירה וההוצאות הנלוות לתקופה שמ-{from} עד {to}, שסכומם הכולל {due}. נותר לתשלום {outstanding} עבור תקופה זו.",
    due: "הסכום לתשלום עבור התקופה: {amount}",
    received: "הסכום שהתקבל: {amount}",
    outstanding: "יתרה לתשלום: {amount}",
    days: "{count, plural, one {התשלום התקבל ב-{dates}} other {התשלומים התקבלו ב-{dates}}}",
    issued: "הונפק ב-{date} · קבלה מס׳ {number}",
  },
};
