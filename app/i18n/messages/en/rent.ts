import type { Messages } from "../shape";

export const rent: Messages["rent"] = {
  title: "Rent",
  subtitle: "Expected and collected for {month}",
  month: "Month",
  show: "Show",
  emptyTitle: "No rent yet",
  emptyBody: "Rent appears here once leases are charged.",
  expected: "Expected · {currency}",
  collected: "Collected",
  collectedShare: "{rate, number, percent} collected",
  overdue: "Overdue",
  nothingOverdue: "Nothing overdue.",
  unit: "{property}, unit {unit}",
  late: "{amount} · {days, plural, one {# day late} other {# days late}}",
  history: "Last 12 months · {currency}",
};
