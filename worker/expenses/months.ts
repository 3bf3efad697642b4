import { nextPeriod, type Period } from "../lib/calendar";

/** The 12 months ending with `month`, oldest first. */
export function monthsEnding(month: Period, count = 12): Period[] {
  const months: Period[] = [];
  let m = month;
  for (let i = 0; i < count - 1; i++) m = previous(m);
  for (let i = 0; i < count; i++, m = nextPeriod(m)) months.push(m);
  return months;
}

function previous(period: Period): Period {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}
