import type { Messages } from "../shape";

/** A month's receipt link (app/components/money/receipt-link.tsx), on the landlord's ledger and the renter's balance card. */
export const receiptLink: Messages["receiptLink"] = {
  receipt: "Квитанція",
  receiptFor: "Квитанція за {period}",
  partialReceipt: "Квитанція про часткову оплату",
  partialReceiptFor: "Квитанція про часткову оплату за {period}",
  identityPrompt: "Заповнити дані орендодавця",
  identityPromptFor: "Квитанція за {period}: спершу заповнити дані орендодавця в налаштуваннях",
  identityMissing: "Квитанція очікує даних орендодавця",
  renterReceiptFor: "Квитанція за {period}",
};
