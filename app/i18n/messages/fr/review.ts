/** The landlord's review cards of a listing's applications: income, ratio, documents, decision. */
export const review = {
  listing: "Annonce : {title}, {city} · {rent} par mois + {charges} de charges",
  income: "Revenus mensuels : {amount}",
  noIncome: "Revenus non indiqués",
  ratio: "Taux d’effort : {percent}",
  ratioHigh: "au-delà d’un tiers des revenus",
  guarantor: "Garant : {name} ({relationship})",
  documents: "Justificatifs",
  noDocuments: "Aucun justificatif",
  note: "Note pour le candidat (facultative)",
  accept: "Accepter",
  reject: "Refuser",
  decided: "Décision enregistrée.",
  open: "Ouvrir la candidature",
  message: "Message : « {message} »",
};
