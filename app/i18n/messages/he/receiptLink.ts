import type { Messages } from "../shape";

/** A month's receipt link (app/components/money/receipt-link.tsx), on the landlord's ledger and the renter's balance card. */
export const receiptLink: Messages["receiptLink"] = {
  receipt: "קבלה",
  receiptFor: "קבלה על שכר הדירה של {period}",
  partialReceipt: "קבלה חלקית",
  partialReceiptFor: "קבלה חלקית עבור {period} (הסכום שהתקבל)",
  identityPrompt: "השלמת פרטי המשכיר",
  identityPromptFor: "קבלה עבור {period}: השלמת פרטי המשכיר בהגדרות",
  identityMissing: "הקבלה ממתינה לפרטי המשכיר",
  renterReceiptFor: "קבלה עבור {period}",
};
