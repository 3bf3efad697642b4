/** A lease's rent panel (balance, periods, entries) and the dashboard's rent chart. */
export const ledger = {
  title: "Loyers",
  due: "{amount} dû",
  credit: "{amount} d’avance",
  paidUp: "À jour",
  month: "Mois",
  amountDue: "Montant appelé",
  outstanding: "Reste dû",
  status: "Statut",
  statuses: {
    paid: "Payé",
    partially_paid: "Payé en partie",
    due: "À payer",
    overdue: "En retard",
  },
  daysLate: "{count, plural, one {# jour} other {# jours}}",
  entries: "Écritures ({count, plural, one {# écriture} other {# écritures}})",
  entryAmount: "{direction, select, debit {+} other {−}}{amount} · {date}",
  kinds: {
    charge: "Loyer appelé",
    payment: "Paiement",
    adjustment: "Régularisation",
    refund: "Remboursement",
  },
  chart: {
    title: "Loyers attendus et encaissés sur 12 mois, en {currency}",
    expectedBar: "{month} : loyers attendus {amount}",
    collectedBar: "{month} : loyers encaissés {amount}",
    expected: "Loyers attendus",
    collected: "Loyers encaissés",
  },
  earlierMonths: "Mois précédents ({count})",
};
