/** An apartment: the landlord's page header, the apartment form, its edit page. */
export const apartments = {
  fallbackTitle: "Logement",
  pageTitle: "Lot {unit}, {property}",
  heading: "Lot {unit}",
  summary: "{rooms, plural, one {# pièce} other {# pièces}} · {rent} par mois hors charges",
  edit: "Modifier le logement",
  editPage: {
    title: "Modifier le lot {unit}",
    fallbackTitle: "Modifier le logement",
    back: "Retour au bien",
    save: "Enregistrer",
    deleteTitle: "Supprimer le logement",
    deleteWarning: "Supprimer le lot {unit} le retire du bien. Cette action est définitive.",
    readOnly: "Votre rôle ({role}) permet de consulter ce logement, pas de le modifier.",
  },
  form: {
    unitNumber: "Numéro de lot",
    unitPlaceholder: "ex. 3C",
    rooms: "Pièces",
    rent: "Loyer mensuel hors charges",
    currency: "Devise",
  },
  errors: {
    unitNumber: "Saisissez le numéro de lot",
    roomsRequired: "Saisissez le nombre de pièces",
    roomsMin: "Au moins 1 pièce",
    roomsMax: "Au plus 50 pièces",
    rentRequired: "Saisissez un montant, par exemple 850,00",
    rentTooBig: "Ce loyer est trop élevé",
    currency: "Choisissez une devise",
  },
  noRole: "aucun",
};
