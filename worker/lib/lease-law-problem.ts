import { AppError, type FieldError } from "./errors";
import {
  frenchLeaseViolations,
  isFrenchJurisdiction,
  type LeaseLawField,
  type LeaseLawViolation,
  type LeaseTerms,
} from "./french-lease-law";

/**
 * The API side of worker/lib/french-lease-law.ts: the English sentence of each violation (the API's
 * `detail`; the UI shows its own translated sentence from the code and params) and the 422 problem that
 * refuses a French lease breaking a hard rule.
 */

const months = (n: number) => `${n} month${n === 1 ? "" : "s"}`;
const written = (p: Record<string, number>) =>
  p.open ? "open-ended" : `${months(p.months ?? 0)}${p.days ? ` and ${p.days} day${p.days === 1 ? "" : "s"}` : ""}`;

/** One violation as an English sentence (amounts in minor units, as the API speaks). */
export function describeViolation(v: LeaseLawViolation): string {
  const p = v.params;
  switch (v.code) {
    case "lease_too_short":
      return `Under French law this lease must last at least ${months(p.minMonths ?? 0)}; it lasts ${written(p)}`;
    case "student_lease_duration":
      return `A student lease lasts exactly 9 months, with an end date; this one is ${written(p)}`;
    case "mobility_duration":
      return `A bail mobilité lasts 1 to 10 months, with an end date; this one is ${written(p)}`;
    case "deposit_above_cap":
      return `The deposit may not exceed ${months(p.capMonths ?? 0)} of rent excluding charges (${p.cap} minor units)`;
    case "mobility_deposit":
      return "A bail mobilité may not require a deposit";
    case "flat_charges_unfurnished":
      return "Charges on an unfurnished lease are a provision adjusted yearly, not a flat amount";
    case "mobility_flat_charges":
      return "Charges on a bail mobilité are a flat amount, never adjusted";
    case "mobility_reason_required":
      return "A bail mobilité states the renter's reason (art. 25-13): training, higher education, apprenticeship, internship, civic service, job transfer or temporary assignment";
    case "rent_required":
      return "A lease under French law has a rent: it cannot be 0";
  }
}

/**
 * Refuses the terms of a lease in `country` that break French law: 422 whose `code` is the first
 * violation's and whose `errors` list every one (path from `pathOf`, its own `code` and `params`). Leases
 * outside France pass untouched.
 */
export function assertFrenchLeaseLaw(
  country: string | null | undefined,
  terms: LeaseTerms,
  pathOf: (field: LeaseLawField) => string,
): void {
  if (!isFrenchJurisdiction(country)) return;
  refuse(frenchLeaseViolations(terms), pathOf);
}

/** Throws the 422 of `violations` (none: returns). */
function refuse(violations: LeaseLawViolation[], pathOf: (field: LeaseLawField) => string): void {
  const [first] = violations;
  if (!first) return;
  const errors: FieldError[] = violations.map((v) => ({
    path: pathOf(v.field),
    message: describeViolation(v),
    code: v.code,
    params: v.params,
  }));
  throw new AppError(422, first.code, errors.map((e) => e.message).join("; "), errors);
}

/**
 * A lease's first and last months, when the landlord sets their amounts (minor units, rent and charges
 * together, replacing the pro-rata of lib/rent-dates.ts), cover at most one month: neither may exceed
 * `rentAmount` + `chargesAmount` (one month's rent excluding charges plus the monthly charges, minor units).
 * A larger amount is a deposit in disguise (in France, above the caps of loi n° 89-462 art. 22 and 25-6);
 * refused for every lease, French or not: 422 `partial_month_above_rent`, `errors` naming each field
 * (`params`: `rent`, the month's rent and charges, and `amount`, minor units).
 */
function assertPartialMonths(terms: {
  rentAmount: number;
  chargesAmount?: number | null;
  firstMonthAmount?: number | null;
  lastMonthAmount?: number | null;
}): void {
  const month = terms.rentAmount + (terms.chargesAmount ?? 0);
  const errors: FieldError[] = (["firstMonthAmount", "lastMonthAmount"] as const).flatMap((path) => {
    const amount = terms[path];
    if (amount == null || amount <= month) return [];
    const message = `${path} (${amount} minor units) may not exceed one month's rent and charges (${month} minor units)`;
    return [{ path, message, code: "partial_month_above_rent", params: { rent: month, amount } }];
  });
  if (errors.length)
    throw new AppError(422, "partial_month_above_rent", errors.map((e) => e.message).join("; "), errors);
}

/**
 * Every rule on a lease's terms at once, for the paths where terms enter: `assertPartialMonths` (any
 * country), then `assertFrenchLeaseLaw` (a dwelling in France). Throws the 422 of the first that fails.
 */
export function assertLeaseTerms(
  country: string | null | undefined,
  terms: LeaseTerms & {
    chargesAmount?: number | null;
    firstMonthAmount?: number | null;
    lastMonthAmount?: number | null;
  },
  pathOf: (field: LeaseLawField) => string,
): void {
  assertPartialMonths(terms);
  assertFrenchLeaseLaw(country, terms, pathOf);
}
