import { addDays, monthsEndingAt, periodBounds } from "../lib/calendar";

/**
 * The dashboard's pure parts: from the org's apartments and leases, as of `today` (`YYYY-MM-DD`, the org's
 * time zone), which apartments stand empty, which will soon, which leases end soon, and how many apartments
 * were let month by month. Dates are inclusive (`endDate` is a lease's last day); a cancelled lease ends
 * the day before it starts, so it covers no day.
 */

/** How far ahead "ending soon" looks, in days. */
const ENDING_WITHIN_DAYS = 60;

export type PlaceRow = { apartmentId: string; unitNumber: string; propertyName: string; createdAt: string };
export type LeaseRow = {
  leaseId: string;
  apartmentId: string;
  startDate: string;
  endDate: string | null;
  renters: string | null;
};

/** Whether `lease` covers the day `day`. */
function covers(lease: Pick<LeaseRow, "startDate" | "endDate">, day: string): boolean {
  return lease.startDate <= day && (lease.endDate === null || lease.endDate >= day);
}

const placeOf = (p: PlaceRow) => ({
  apartmentId: p.apartmentId,
  unitNumber: p.unitNumber,
  propertyName: p.propertyName,
});

/**
 * Vacancies (no lease covers today; `nextStart` the first lease starting later, if any), leases ending
 * within `ENDING_WITHIN_DAYS` days (soonest first), and among them the upcoming vacancies (no later lease
 * starts on the apartment), with the count of apartments let today.
 */
export function vacancyFigures(places: PlaceRow[], leases: LeaseRow[], today: string) {
  const horizon = addDays(today, ENDING_WITHIN_DAYS);
  const byApartment = new Map<string, LeaseRow[]>();
  for (const l of leases) byApartment.set(l.apartmentId, [...(byApartment.get(l.apartmentId) ?? []), l]);
  const place = new Map(places.map((p) => [p.apartmentId, p]));
  const vacancies = [];
  let occupied = 0;
  for (const p of places) {
    const own = byApartment.get(p.apartmentId) ?? [];
    if (own.some((l) => covers(l, today))) {
      occupied++;
      continue;
    }
    const next = own.filter((l) => l.startDate > today && covers(l, l.startDate)).map((l) => l.startDate);
    vacancies.push({ ...placeOf(p), nextStart: next.sort()[0] ?? null });
  }
  const leasesEnding = leases
    .filter((l) => l.endDate !== null && covers(l, today) && l.endDate <= horizon && place.has(l.apartmentId))
    .map((l) => ({
      leaseId: l.leaseId,
      ...placeOf(place.get(l.apartmentId) as PlaceRow),
      endDate: l.endDate as string,
      renters: l.renters ?? "",
    }))
    .sort((a, b) => a.endDate.localeCompare(b.endDate) || a.leaseId.localeCompare(b.leaseId));
  const followed = (e: { apartmentId: string; endDate: string }) =>
    (byApartment.get(e.apartmentId) ?? []).some((l) => l.startDate > e.endDate && covers(l, l.startDate));
  return {
    apartments: { total: places.length, let: occupied },
    vacancies,
    leasesEnding,
    upcomingVacancies: leasesEnding.filter((e) => !followed(e)),
  };
}

/**
 * Occupancy for the 12 months ending at `month`: per month, the apartments that existed on its reference
 * day (its last day, or `today` for the current month) and how many of them a lease covered that day. An
 * apartment exists from the day it was added, or from its first lease's start when that is earlier (a
 * landlord who enters a running lease adds the apartment after the fact).
 */
export function occupancySeries(places: PlaceRow[], leases: LeaseRow[], month: string, today: string) {
  const since = new Map(places.map((p) => [p.apartmentId, p.createdAt.slice(0, 10)]));
  for (const l of leases) {
    const added = since.get(l.apartmentId);
    if (added !== undefined && covers(l, l.startDate) && l.startDate < added) since.set(l.apartmentId, l.startDate);
  }
  return monthsEndingAt(month).map((m) => {
    const last = periodBounds(m)[1];
    const day = last < today ? last : today;
    const standing = places.filter((p) => (since.get(p.apartmentId) ?? day) <= day);
    const let_ = standing.filter((p) => leases.some((l) => l.apartmentId === p.apartmentId && covers(l, day)));
    return { month: m, let: let_.length, total: standing.length };
  });
}

type Overdue = { currency: string; amount: number; daysLate: number; periods: string[] };

/**
 * Per currency: the month's expected and collected (from the rent dashboard's totals) and the overdue
 * amount, the number of leases in arrears, the oldest overdue period and its days late.
 */
export function moneyFigures(totals: { currency: string; expected: number; collected: number }[], overdue: Overdue[]) {
  const currencies = [...new Set([...totals.map((t) => t.currency), ...overdue.map((o) => o.currency)])].sort();
  return currencies.map((currency) => {
    const t = totals.find((x) => x.currency === currency);
    const late = overdue.filter((o) => o.currency === currency);
    const oldest = late.flatMap((o) => o.periods).sort()[0] ?? null;
    return {
      currency,
      expected: t?.expected ?? 0,
      collected: t?.collected ?? 0,
      overdue: {
        amount: late.reduce((n, o) => n + o.amount, 0),
        leases: late.length,
        oldestPeriod: oldest,
        daysLate: Math.max(0, ...late.map((o) => o.daysLate)),
      },
    };
  });
}
