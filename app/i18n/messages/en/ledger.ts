import type { Messages } from "../shape";

export const ledger: Messages["ledger"] = {
  title: "Rent",
  due: "{amount} due",
  credit: "{amount} in credit",
  paidUp: "All paid up",
  month: "Month",
  amountDue: "Due",
  outstanding: "Outstanding",
  status: "Status",
  statuses: {
    paid: "Paid",
    partially_paid: "Partly paid",
    due: "Due",
    overdue: "Overdue",
  },
  daysLate: "{count, plural, one {# day} other {# days}}",
  entries: "Ledger ({count, plural, one {# entry} other {# entries}})",
  entryAmount: "{direction, select, debit {+} other {−}}{amount} · {date}",
  kinds: {
    charge: "Rent charged",
    payment: "Payment",
    adjustment: "Adjustment",
    refund: "Refund",
  },
  chart: {
    title: "Expected and collected rent over 12 months, in {currency}",
    expectedBar: "{month}: expected {amount}",
    collectedBar: "{month}: collected {amount}",
    expected: "Expected",
    collected: "Collected",
  },
  earlierMonths: "Earlier months ({count})",
};
