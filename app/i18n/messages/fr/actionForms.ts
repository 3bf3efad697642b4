/** Form messages of the shared action helpers (leases, rent, the room's feed) in the request's language. */
export const actionForms = {
  lease: {
    renterEmail: "Saisissez l’adresse e-mail du locataire",
    startDate: "Saisissez la date de prise d’effet du bail",
    dueDayRequired: "Saisissez le jour d’échéance du loyer",
    dueDayMax: "Au plus 31 (le dernier jour de chaque mois)",
    rentRequired: "Saisissez un montant, par exemple 850,00",
    coRenterEmail: "Saisissez une adresse e-mail valide",
    endDate: "Saisissez le dernier jour du bail",
  },
  rent: {
    amountRequired: "Saisissez un montant, par exemple 25,00",
    reason: "Indiquez le motif",
  },
  room: {
    description: "Décrivez ce qui s’est passé",
    amount: "Saisissez un montant, par exemple 850,00",
    period: "Choisissez un mois",
    reasonRequired: "Indiquez un motif",
    reasonShort: "Au moins 3 caractères",
    unknownAction: "Action inconnue",
    receivedOn: "Choisissez une date qui n’est pas postérieure à aujourd’hui",
  },
};
