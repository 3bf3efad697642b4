/** The apartment feed (app/components/activity-feed.tsx): entries, confirmations and the post form. */
export const feed = {
  byline: "{author} ({side, select, landlord {bailleur} renter {locataire} other {—}}) · {time}",
  forPeriod: "pour {period}",
  status: {
    pending:
      "{side, select, landlord {En attente de confirmation du bailleur} other {En attente de confirmation du locataire}}",
    confirmed: "Confirmé par {name} le {time}",
    rejected: "Refusé par {name} : {reason}",
  },
  confirm: "Confirmer",
  rejectOpen: "Refuser…",
  reason: "Motif",
  reject: "Refuser",
  post: {
    renterLabel: "Ce qui s’est passé (ex. : virement du loyer de mai effectué)",
    landlordLabel: "Note ou paiement reçu",
    amount: "Montant ({currency}, facultatif)",
    period: "Mois concerné (facultatif)",
    askRenter: "Demander confirmation au locataire",
    renterSubmit: "Publier dans le fil",
    landlordSubmit: "Publier",
  },
};
