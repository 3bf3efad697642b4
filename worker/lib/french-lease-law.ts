import { mobilityReasonViolations, type MobilityReason } from "./mobility-reasons";
import { rentViolations } from "./rent-rule";

/**
 * French residential lease law, as pure functions over a lease's terms: loi n° 89-462 du 6 juillet 1989
 * tendant à améliorer les rapports locatifs, as amended (notably by loi ALUR n° 2014-366 and loi ELAN
 * n° 2018-1021, whose art. 107 created the bail mobilité, titre Ier ter, art. 25-12 to 25-18), and décret
 * n° 2015-587 du 29 mai 2015 (the standard leases and their annexes).
 *
 * The API (lease creation, agreement sending) refuses a French lease with a violation: 422, the first
 * violation's code as the problem's `code` and every violation in `errors`. The UI runs the same functions in
 * its forms and maps each code and its parameters to a sentence. No Temporal here: this module is bundled
 * into the browser, so dates are plain `YYYY-MM-DD` arithmetic (proleptic Gregorian, UTC). Leases outside
 * France keep their freedom: nothing here applies unless `isFrenchJurisdiction` says so.
 */

/**
 * The kinds of lease: `unfurnished` (location nue, titre Ier), `furnished` (location meublée, titre Ier bis,
 * art. 25-3 to 25-11), `student_furnished` (a furnished lease to a student, nine months, not tacitly renewed,
 * art. 25-7 al. 2) and `mobility` (bail mobilité, furnished, 1 to 10 months, neither renewed nor extended
 * beyond ten months, art. 25-12 to 25-18).
 */
export const LEASE_KINDS = ["unfurnished", "furnished", "student_furnished", "mobility"] as const;
export type LeaseKind = (typeof LEASE_KINDS)[number];

/**
 * Who lets: a natural person (`individual`; a family SCI counts as one, art. 13) or a legal person
 * (`company`), which changes the minimum term of an unfurnished lease (art. 10).
 */
export const LANDLORD_KINDS = ["individual", "company"] as const;
export type LandlordKind = (typeof LANDLORD_KINDS)[number];

/**
 * How charges are recovered: `provision`, a monthly advance adjusted once a year on the actual expenses
 * (provision sur charges avec régularisation annuelle, art. 23), or `flat`, a fixed amount never adjusted
 * (forfait, art. 25-10 for furnished leases; the only way for a bail mobilité).
 */
export const CHARGES_MODES = ["provision", "flat"] as const;
export type ChargesMode = (typeof CHARGES_MODES)[number];

/** Whether a lease of this kind is furnished (titre Ier bis or ter). */
export const isFurnishedKind = (kind: LeaseKind): boolean => kind !== "unfurnished";

// ---------------------------------------------------------------- jurisdiction

/**
 * Where the loi de 1989 governs a dwelling (art. 2: dwellings in France), as ISO 3166-1 alpha-2 codes:
 * metropolitan France and the overseas departments and regions (Guadeloupe, Martinique, Guyane, La Réunion,
 * Mayotte). The overseas collectivities (PM, BL, MF, WF, PF, NC, TF) have their own rules.
 */
const FRENCH_JURISDICTIONS: readonly string[] = ["FR", "GP", "MQ", "GF", "RE", "YT"];

/**
 * Whether a dwelling in `country` (an ISO 3166-1 alpha-2 code, as properties store it: worker/lib/countries.ts
 * `resolveCountry` turns what a person typed into one) is let under French law (loi n° 89-462). The one place
 * that decides "is this France": lease checks, rent revision, listings' French ad rules. Anything else
 * (null, a name, a withdrawn code like FX) is not.
 */
export function isFrenchJurisdiction(country: string | null | undefined): boolean {
  return country != null && FRENCH_JURISDICTIONS.includes(country);
}

// ---------------------------------------------------------------- dates (inclusive durations)

const parts = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split("-").map(Number);
  return [y!, m!, d!];
};
const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const isoOf = (date: Date) =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** The date `months` months after `start`, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
function plusMonths(start: string, months: number): string {
  const [y, m, d] = parts(start);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

function plusDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return isoOf(new Date(Date.UTC(y, m - 1, d + days)));
}

function daysFrom(from: string, to: string): number {
  const [a, b] = [parts(from), parts(to)];
  return Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86_400_000);
}

/** The last day (inclusive) of `months` months from `start`: 1 September + 12 months ends on 31 August. */
export function termEnd(start: string, months: number): string {
  return plusDays(plusMonths(start, months), -1);
}

/**
 * A lease's length from its first to its last day, both counted (the law counts a term of months from date
 * to date: a lease from 1 September to 31 August lasts 12 months, not 11): the whole months, then the days
 * left over. `start` and `end` are `YYYY-MM-DD` with `end` on or after `start - 1 day`.
 */
export function leaseDuration(start: string, end: string): { months: number; days: number } {
  const [sy, sm] = parts(start);
  const [ey, em] = parts(end);
  let months = Math.max(0, (ey - sy) * 12 + (em - sm) - 1);
  while (termEnd(start, months + 1) <= end) months += 1;
  while (months > 0 && termEnd(start, months) > end) months -= 1;
  return { months, days: daysFrom(termEnd(start, months), end) };
}

/** Whether the lease from `start` to `end` (inclusive) lasts at least `months` months. */
const lastsAtLeast = (start: string, end: string, months: number) => end >= termEnd(start, months);
/** Whether the lease from `start` to `end` (inclusive) lasts at most `months` months. */
const lastsAtMost = (start: string, end: string, months: number) => end <= termEnd(start, months);

// ---------------------------------------------------------------- the rules

/** The stable codes of the rules (also API problem codes). */
export const LEASE_LAW_CODES = [
  "lease_too_short",
  "student_lease_duration",
  "mobility_duration",
  "deposit_above_cap",
  "mobility_deposit",
  "flat_charges_unfurnished",
  "mobility_flat_charges",
  "mobility_reason_required",
  "rent_required",
] as const;
type LeaseLawCode = (typeof LEASE_LAW_CODES)[number];

/** The term a rule is about, for the caller to map onto its own field paths. */
export type LeaseLawField = "endDate" | "depositAmount" | "chargesMode" | "mobilityReason" | "rentAmount";

/**
 * One broken rule: its code, the term it is about and the numbers a sentence needs (`minMonths`,
 * `maxMonths`, `months`/`days` of the lease as written, `capMonths`, `cap` and `deposit` in minor units).
 */
export type LeaseLawViolation = { code: LeaseLawCode; field: LeaseLawField; params: Record<string, number> };

/**
 * A lease's terms as the rules read them. Dates `YYYY-MM-DD`, `endDate` inclusive (null: open-ended,
 * i.e. renewed by tacit agreement); amounts in minor units of the lease's currency, `rentAmount` excluding
 * charges; `chargesMode` absent where the caller does not set charges (a lease, as opposed to its agreement).
 */
export type LeaseTerms = {
  kind: LeaseKind;
  landlordKind: LandlordKind;
  startDate: string;
  endDate: string | null;
  rentAmount: number;
  depositAmount: number;
  chargesMode?: ChargesMode;
  /** Why the renter takes a bail mobilité (./mobility-reasons.ts); required for that kind only. */
  mobilityReason?: MobilityReason | null;
};

/**
 * The minimum term in months (art. 10: three years for a natural person, six for a legal person, unfurnished;
 * art. 25-7: one year furnished, nine months for a student), or the bounds of a bail mobilité (art. 25-14:
 * one to ten months).
 */
function termBounds(kind: LeaseKind, landlordKind: LandlordKind): { min: number; max?: number } {
  switch (kind) {
    case "unfurnished":
      return { min: landlordKind === "company" ? 72 : 36 };
    case "furnished":
      return { min: 12 };
    case "student_furnished":
      return { min: 9, max: 9 };
    case "mobility":
      return { min: 1, max: 10 };
  }
}

/**
 * The term rules. Art. 10: an unfurnished lease lasts at least three years (individual landlord) or six
 * (company). Art. 25-7: a furnished lease at least one year; to a student, exactly nine months, fixed (not
 * tacitly renewed, so it needs an end date). Art. 25-14: a bail mobilité lasts one to ten months, fixed.
 * An open-ended lease (renewed by tacit agreement) meets the minimum of an unfurnished or furnished lease.
 */
function termViolations(t: LeaseTerms): LeaseLawViolation[] {
  const { min, max } = termBounds(t.kind, t.landlordKind);
  const written = t.endDate ? leaseDuration(t.startDate, t.endDate) : { months: 0, days: 0 };
  const params = { minMonths: min, maxMonths: max ?? min, ...written, open: t.endDate ? 0 : 1 };
  const fixedTerm = t.kind === "student_furnished" || t.kind === "mobility";
  const tooShort = t.endDate !== null && !lastsAtLeast(t.startDate, t.endDate, min);
  const tooLong = max !== undefined && t.endDate !== null && !lastsAtMost(t.startDate, t.endDate, max);
  if (!fixedTerm) return tooShort ? [{ code: "lease_too_short", field: "endDate", params }] : [];
  if (t.endDate !== null && !tooShort && !tooLong) return [];
  const code = t.kind === "mobility" ? "mobility_duration" : "student_lease_duration";
  return [{ code, field: "endDate", params }];
}

/**
 * The deposit cap in months of rent excluding charges (art. 22: one month unfurnished; art. 25-6: two months
 * furnished, student included; art. 25-13: no deposit at all for a bail mobilité).
 */
function depositCapMonths(kind: LeaseKind): number {
  return kind === "unfurnished" ? 1 : kind === "mobility" ? 0 : 2;
}

/** Art. 22, 25-6 and 25-13: a deposit above its cap (exactly the cap is lawful; any deposit on a bail mobilité). */
export function depositViolations(t: Pick<LeaseTerms, "kind" | "rentAmount" | "depositAmount">): LeaseLawViolation[] {
  const capMonths = depositCapMonths(t.kind);
  const cap = t.rentAmount * capMonths;
  if (t.depositAmount <= cap) return [];
  const params = { capMonths, cap, deposit: t.depositAmount };
  const code = t.kind === "mobility" ? "mobility_deposit" : "deposit_above_cap";
  return [{ code, field: "depositAmount", params }];
}

/**
 * Charges: an unfurnished lease recovers them only as provisions adjusted yearly (art. 23; the flat amount
 * of art. 25-10 is for furnished leases; the colocation exception of art. 8-1 is not modelled); a bail
 * mobilité only as a flat amount (titre Ier ter: forfait versé simultanément au loyer, sans régularisation).
 */
export function chargesViolations(t: Pick<LeaseTerms, "kind" | "chargesMode">): LeaseLawViolation[] {
  if (t.chargesMode === "flat" && t.kind === "unfurnished")
    return [{ code: "flat_charges_unfurnished", field: "chargesMode", params: {} }];
  if (t.chargesMode === "provision" && t.kind === "mobility")
    return [{ code: "mobility_flat_charges", field: "chargesMode", params: {} }];
  return [];
}

/**
 * Every hard rule a French lease breaks, in the order of the agreement (term, deposit, charges, the reason of
 * a bail mobilité); empty when it is lawful. Pure: the caller decides whether French law applies (`isFrenchJurisdiction`).
 */
export function frenchLeaseViolations(t: LeaseTerms): LeaseLawViolation[] {
  return [
    ...termViolations(t),
    ...depositViolations(t),
    ...chargesViolations(t),
    ...mobilityReasonViolations(t),
    ...rentViolations(t),
  ];
}

// ---------------------------------------------------------------- annexes

/**
 * The documents annexed to a lease (art. 3, 3-2, 3-3, 25-5; décret 2015-587): the diagnostic file (DPE,
 * état des risques, CREP for buildings before 1949, electricity and gas diagnostics for installations over
 * fifteen years), the habitable surface (loi Boutin, unfurnished), the notice d'information (arrêté du 29
 * mai 2015; not for a bail mobilité, whose art. 25-12 does not apply art. 3), the état des lieux, the
 * furniture inventory (furnished), the extract of the co-ownership rules (in a copropriété).
 */
export const ANNEXES = [
  "dpe",
  "risks",
  "lead",
  "electricity",
  "gas",
  "surface",
  "notice",
  "condition_report",
  "furniture_inventory",
  "coownership_rules",
] as const;
export type Annex = (typeof ANNEXES)[number];

/** When an annex is required: always, or only if a fact about the building holds (the landlord ticks it). */
const ANNEX_CONDITION: Partial<Record<Annex, "built_before_1949" | "over_15_years" | "coownership">> = {
  lead: "built_before_1949",
  electricity: "over_15_years",
  gas: "over_15_years",
  coownership_rules: "coownership",
};

/**
 * The annexes that apply to a lease of `kind`, each with whether it is always required (`conditional`
 * false) or only when its condition holds.
 */
export function annexesFor(kind: LeaseKind): { annex: Annex; conditional: boolean }[] {
  return ANNEXES.filter((annex) => {
    if (annex === "surface") return kind === "unfurnished";
    if (annex === "notice") return kind !== "mobility";
    if (annex === "furniture_inventory") return isFurnishedKind(kind);
    return true;
  }).map((annex) => ({ annex, conditional: ANNEX_CONDITION[annex] !== undefined }));
}

/** The always-required annexes of `kind` that `attached` lacks (a reminder, not a refusal). */
export function missingAnnexes(kind: LeaseKind, attached: readonly string[]): Annex[] {
  return annexesFor(kind)
    .filter((a) => !a.conditional && !attached.includes(a.annex))
    .map((a) => a.annex);
}

/**
 * The lawful term of a lease of `kind` in months (art. 10, 25-7, 25-14): its minimum and, for the fixed-term
 * kinds (student, bail mobilité), its maximum (null: no maximum). What forms default to and show as the range.
 */
export function leaseTermMonths(kind: LeaseKind, landlordKind: LandlordKind): { min: number; max: number | null } {
  const { min, max } = termBounds(kind, landlordKind);
  return { min, max: max ?? null };
}
