/** What the server writes in the feed and the ledger (kinds, not sentences), in the reader's language. */
export const systemText = {
  disputes: {
    opened: "Paiement par carte contesté par la banque du locataire",
    funds_withdrawn: "Paiement contesté retiré : la somme est de nouveau due",
    lost: "Contestation de paiement perdue : la somme est de nouveau due",
    won: "Contestation de paiement gagnée",
    funds_reinstated: "Paiement contesté rétabli",
  },
  ledgerReasons: {
    stripe_payment: "Payé en ligne (Stripe)",
    stripe_refund: "Remboursé (Stripe)",
    stripe_dispute_withdrawn: "Paiement contesté retiré (Stripe)",
    stripe_dispute_reinstated: "Paiement contesté rétabli (Stripe)",
  },
  actors: { online_payment: "Paiement en ligne" },
  notes: { paid_online: "Payé en ligne (réf. {ref})" },
};
