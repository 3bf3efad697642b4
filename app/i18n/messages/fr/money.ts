/** Issue 14 « l’argent d’abord » : la carte de solde, « J’ai payé », l’enregistrement d’un paiement, l’appartement en un coup d’œil. */
export const money = {
  methods: {
    transfer: "Virement",
    card: "Carte bancaire",
    cash: "Espèces",
    cheque: "Chèque",
    other: "Autre",
  },
  feed: {
    payment: "Paiement",
    paymentBy: "Paiement par {method}",
    receivedOn: "reçu le {date}",
  },
  payOnline: {
    form: "Payer en ligne",
    what: "Montant à régler",
    wholeBalance: "La totalité du solde ({amount})",
    period: "{period} — reste {amount}",
    submit: "Payer en ligne",
  },
  balance: {
    title: "Mon loyer",
    allWaiting: "Chaque mois dû a déjà un paiement en attente de la confirmation de votre bailleur.",
    statuses: {
      paid: "Payé",
      partially_paid: "Payé en partie",
      due: "À payer",
      overdue: "En retard",
    },
    entries: "{count, plural, one {L’écriture du compte} other {Les # écritures du compte}}",
    due: "Montant à payer",
    upToDate: "Vous êtes à jour",
    credit: "{amount} d’avance",
    nextDue: "Prochain loyer : {amount} le {date}",
    noPeriods: "Aucun loyer n’a encore été appelé.",
    periods: "Mois par mois",
    payOnline: "Payer en ligne",
    paidByTransfer: "J’ai payé par virement",
    receipts: "Quittances",
    waiting: "{count, plural, one {# paiement attend} other {# paiements attendent}} la confirmation du bailleur",
  },
  record: {
    open: "Enregistrer un paiement",
  },
  pending: {
    title: "Paiements à confirmer",
    renterTitle: "En attente de confirmation",
    by: "{name} · {period}",
    confirm: "Confirmer",
    waiting:
      "{side, select, landlord {En attente de confirmation du bailleur} other {En attente de confirmation du locataire}}",
  },
  checkoutReturn: {
    success: "Paiement reçu : merci.",
    cancelled: "Paiement annulé : rien n’a été débité.",
  },
  receiptsNotice: {
    missingOwner: "Les quittances attendent la raison sociale et l’adresse de votre organisation.",
    fixLink: "Compléter les paramètres",
    missingStaff:
      "Les quittances attendent la raison sociale et l’adresse de l’organisation : demandez au propriétaire de les renseigner.",
    missingRenter:
      "Les quittances ne sont pas encore disponibles : votre bailleur doit renseigner sa raison sociale et son adresse. Demandez-le-lui.",
  },
  payByTransfer: {
    title: "Payer par virement",
    holder: "Titulaire",
    iban: "IBAN",
    bic: "BIC",
    reference: "Référence à indiquer",
    referenceHint: "Indiquez-la dans le libellé du virement pour que votre bailleur le rattache à votre bail.",
  },
};
