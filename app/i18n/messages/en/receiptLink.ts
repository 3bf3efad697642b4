import type { Messages } from "../shape";

/** A month's receipt link (app/components/money/receipt-link.tsx), on the landlord's ledger and the renter's balance card. */
export const receiptLink: Messages["receiptLink"] = {
  receipt: "Receipt",
  receiptFor: "Rent receipt for {period}",
  partialReceipt: "Partial receipt",
  partialReceiptFor: "Partial receipt for {period} (the sum received)",
  identityPrompt: "Complete the landlord’s identity",
  identityPromptFor: "Receipt for {period}: first complete the landlord’s identity in the settings",
  identityMissing: "Receipt waiting for the landlord’s identity",
  renterReceiptFor: "Receipt for {period}",
};
