/** Le formulaire de paiement (app/components/money/payment-form.tsx) : « J’ai payé » du locataire, « Enregistrer un paiement » du bailleur. */
export const paymentForm = {
  paid: {
    title: "Signaler un virement",
    intro: "Le bailleur confirmera le paiement dès qu’il l’aura reçu.",
    amount: "Montant ({currency})",
    period: "Mois",
    receivedOn: "Date du virement",
    method: "Moyen de paiement",
    submit: "Envoyer au bailleur",
    sent: "C’est envoyé : le bailleur va confirmer votre paiement.",
    note: "Message (facultatif)",
  },
  overpay: {
    warning: "C’est plus que ce qui est dû ({owed}) : le surplus réglera les mois suivants.",
  },
  record: {
    title: "Enregistrer un paiement reçu",
    receivedOn: "Reçu le",
    submit: "Enregistrer",
    recorded: "Paiement enregistré.",
  },
};
