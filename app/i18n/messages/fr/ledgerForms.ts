/** The rent panel's forms (app/components/ledger-forms.tsx) and the lease picker (app/components/lease-picker.tsx). */
export const ledgerForms = {
  adjust: {
    form: "Ajouter une régularisation",
    direction: "Régularisation",
    credit: "Crédit (en faveur du locataire)",
    debit: "Débit (à la charge du locataire)",
    amount: "Montant ({currency})",
    reason: "Motif",
    submit: "Enregistrer la régularisation",
  },
  reminders: {
    title: "Relances de loyer",
    on: "Activées : 3 jours avant l’échéance, le jour même en cas d’impayé, puis chaque semaine tant que le loyer reste dû.",
    off: "Désactivées pour ce bail.",
    switchOff: "Désactiver les relances",
    switchOn: "Activer les relances",
  },
  lease: {
    label: "Bail concerné",
    hint: "Plusieurs baux sont en cours dans ce logement : pour un paiement ou une demande de confirmation, précisez le bail concerné.",
    option: "{renters} — bail à compter du {start}",
    from: "Bail à compter du {start}",
    noRenter: "Sans locataire",
  },
};
