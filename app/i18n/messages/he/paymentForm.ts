import type { Messages } from "../shape";

/** The payment form (app/components/money/payment-form.tsx): the renter's "I've paid", the landlord's "Record a payment". */
export const paymentForm: Messages["paymentForm"] = {
  paid: {
    title: "עדכון המשכיר על העברה",
    intro: "המשכיר יאשר את התשלום ברגע שיתקבל.",
    amount: "סכום ({currency})",
    period: "חודש",
    receivedOn: "תאריך ההעברה",
    method: "אמצעי תשלום",
    submit: "שליחה למשכיר",
    sent: "נשלח: המשכיר יאשר את התשלום.",
    note: "הודעה (לא חובה)",
  },
  overpay: {
    warning: "הסכום גבוה מהחוב ({owed}): היתרה תשמש לתשלום החודשים הבאים.",
  },
  record: {
    title: "רישום תשלום שהתקבל",
    receivedOn: "התקבל ב־",
    submit: "רישום",
    recorded: "התשלום נרשם.",
  },
};
