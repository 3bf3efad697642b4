/** The org's rent page (app/routes/rent.tsx). */
export const rent = {
  title: "Loyers",
  subtitle: "Loyers attendus et encaissés — {month}",
  month: "Mois",
  show: "Afficher",
  emptyTitle: "Aucun loyer pour l’instant",
  emptyBody: "Les loyers apparaissent ici dès que les premiers baux sont appelés.",
  expected: "Loyers attendus · {currency}",
  collected: "Loyers encaissés",
  collectedShare: "soit {rate, number, percent} des loyers attendus",
  overdue: "Loyers impayés",
  nothingOverdue: "Aucun loyer impayé.",
  unit: "{property}, logement {unit}",
  late: "{amount} · {days, plural, one {# jour de retard} other {# jours de retard}}",
  history: "12 derniers mois · {currency}",
};
