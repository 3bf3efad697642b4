import { Temporal } from "temporal-polyfill";

/**
 * Rent revision by the rent reference index (IRL, Indice de référence des loyers, INSEE series 001515333,
 * https://www.insee.fr/fr/statistiques/serie/001515333), as pure rules (no I/O). Loi n° 89-462 du 6 juillet
 * 1989, art. 17-1: when the lease has a revision clause, the rent (excluding charges) may be revised once a
 * year, on the lease's anniversary, by at most the variation over one year of the IRL of the quarter named
 * in the lease. Index values are decimal text exactly as INSEE publishes them (`"145.17"`, 2 decimals) and
 * are computed on as integer hundredths, so no float ever touches them.
 */

/** The IRL series key in `rent_index_values`. */
export const IRL = "IRL";

/** A quarter `YYYY-Qn` (n = 1–4). */
const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
/** A published index value: up to 4 digits, a point, exactly 2 decimals (`"145.17"`). */
const INDEX_VALUE_PATTERN = /^\d{1,4}\.\d{2}$/;

/** The same quarter `years` years later (earlier when negative): `2023-Q2` + 1 → `2024-Q2`. */
function shiftQuarter(quarter: string, years: number): string {
  const m = QUARTER_PATTERN.exec(quarter);
  if (!m) throw new Error(`not a quarter: ${quarter}`);
  return `${Number(m[1]) + years}-Q${m[2]}`;
}

/** `"145.17"` → 14517 (hundredths). Throws on anything but a published value's form. */
export function indexHundredths(value: string): number {
  if (!INDEX_VALUE_PATTERN.test(value)) throw new Error(`not an index value: ${value}`);
  return Number(value.replace(".", ""));
}

/**
 * The revised rent, in minor units: `rent × newValue ÷ baseValue` (art. 17-1), where `rent` is the current
 * rent excluding charges (minor units, ≥ 0), `newValue` the IRL of the lease's quarter this year and
 * `baseValue` the IRL of the same quarter one year earlier. Exact rational arithmetic on integers (BigInt),
 * rounded half up to a whole minor unit: 80000 × 145.17 ÷ 140.59 = 82606.159… → 82606 (826,06 €).
 */
export function revisedRent(rent: number, baseValue: string, newValue: string): number {
  if (!Number.isSafeInteger(rent) || rent < 0) throw new Error(`not a rent in minor units: ${rent}`);
  const num = BigInt(rent) * BigInt(indexHundredths(newValue));
  const den = BigInt(indexHundredths(baseValue));
  return Number((2n * num + den) / (2n * den));
}

/**
 * The anniversary a revision on `today` belongs to: the latest anniversary of `startDate` on or before
 * `today` (`YYYY-MM-DD`), with its number (1 = first year). A lease starting 29 February has its anniversary
 * on 28 February in common years. Null before the first anniversary.
 */
export function currentAnniversary(startDate: string, today: string): { number: number; date: string } | null {
  const start = Temporal.PlainDate.from(startDate);
  const on = Temporal.PlainDate.from(today);
  // Counted by calendar year, the anniversary clamped to the month's end (Temporal's `until` would say a
  // 29 February lease has no anniversary on 28 February).
  let years = on.year - start.year;
  if (Temporal.PlainDate.compare(start.add({ years }), on) > 0) years -= 1;
  if (years < 1) return null;
  return { number: years, date: start.add({ years }).toString() };
}

/** The anniversary after `today` (`YYYY-MM-DD`). */
export function nextAnniversary(startDate: string, today: string): string {
  const current = currentAnniversary(startDate, today);
  return Temporal.PlainDate.from(startDate)
    .add({ years: (current?.number ?? 0) + 1 })
    .toString();
}

/**
 * The quarters a revision at anniversary `number` compares: the lease's reference quarter that many years
 * on (`newQuarter`) against the same quarter one year earlier (`baseQuarter`). A lease with reference
 * `2023-Q2`: the first anniversary compares 2024-Q2 with 2023-Q2, the second 2025-Q2 with 2024-Q2 (a
 * revision the landlord did not ask for is lost, art. 17-1 I: the increase is never over more than a year).
 */
export function quartersFor(referenceQuarter: string, number: number): { baseQuarter: string; newQuarter: string } {
  return {
    baseQuarter: shiftQuarter(referenceQuarter, number - 1),
    newQuarter: shiftQuarter(referenceQuarter, number),
  };
}
