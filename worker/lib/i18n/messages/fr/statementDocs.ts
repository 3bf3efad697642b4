/**
 * The words of the owner statement (issue 15 §7): its PDF and its CSV export. Values arrive formatted
 * (worker/lib/i18n/format.ts); the property's name and address arrive as bidi isolates.
 */
export const statementDocs = {
  title: "Relevé de gestion",
  heading: "Relevé de gestion — {month}",
  property: "Bien : {name}, {address}",
  owner: "Propriétaire : {name}",
  income: "Loyers encaissés : {amount}",
  expenses: "Dépenses : {amount}",
  net: "Résultat net : {amount}",
  lines: "Mouvements du mois",
  none: "Aucun mouvement ce mois-ci.",
  line: "{date} · {kind} · {label} · {amount}",
  unit: "lot {unit}",
  issued: "Établi le {date} d’après le registre des loyers et les dépenses enregistrées.",
  page: "Page {n} sur {total}",
  file: "releve-de-gestion",
  kind: { rent: "Loyer encaissé", refund: "Remboursement", expense: "Dépense" },
  category: {
    repairs_maintenance: "Travaux de réparation et d’entretien",
    insurance: "Primes d’assurance",
    property_tax: "Taxe foncière",
    coownership_charges: "Charges de copropriété",
    management_fees: "Frais de gestion",
    utilities: "Eau et énergie",
    loan_interest: "Intérêts d’emprunt",
    other: "Autre",
  },
  csv: {
    date: "Date",
    kind: "Type",
    unit: "Lot",
    category: "Catégorie",
    vendor: "Fournisseur",
    note: "Libellé",
    period: "Période",
    amount: "Montant",
    currency: "Devise",
  },
  summary: "Synthèse du mois",
};
