/** Le lien vers la quittance ou le reçu d’un mois (app/components/money/receipt-link.tsx), côté bailleur et côté locataire. */
export const receiptLink = {
  receipt: "Quittance",
  receiptFor: "Quittance de {period}",
  partialReceipt: "Reçu partiel",
  partialReceiptFor: "Reçu partiel de {period} (la somme reçue)",
  identityPrompt: "Compléter l’identité du bailleur",
  identityPromptFor: "Reçu de {period} : compléter l’identité du bailleur dans les paramètres",
  identityMissing: "Reçu en attente de l’identité du bailleur",
  renterReceiptFor: "Quittance de {period}",
};
