import type { DocumentView } from "../../worker/documents/contract";
import { agreementKind, agreementViolations, isFurnishedTemplate } from "../../worker/documents/vocabulary";
import {
  CHARGES_MODES,
  frenchLeaseViolations,
  isFrenchJurisdiction,
  LANDLORD_KINDS,
  LEASE_KINDS,
  type LeaseLawViolation,
} from "../../worker/lib/french-lease-law";
import { MOBILITY_REASONS } from "../../worker/lib/mobility-reasons";
import { parseMoney } from "../../worker/lib/money-input";

type Fields = DocumentView["templateFields"];

/** The editor's current values (Conform's `field.value`: strings as typed, "on" for a ticked box). */
export type LiveValues = {
  landlordKind: unknown;
  kind: unknown;
  startDate: unknown;
  endDate: unknown;
  rent: unknown;
  depositRequired: unknown;
  deposit: unknown;
  chargesMode: unknown;
  mobilityReason?: unknown;
};

const oneOf = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  list.find((item) => item === value);
const text = (value: unknown, fallback: string) => (typeof value === "string" ? value : fallback);

/**
 * The agreement as the landlord is editing it, for the rules: the stored fields with the values typed so
 * far (amounts typed as money in the agreement's currency; a value that does not parse keeps the stored one).
 */
function liveFields(stored: Fields, v: LiveValues): Fields {
  const money = (value: unknown, fallback: number) =>
    typeof value === "string" ? (parseMoney(value, stored.rent.currency) ?? fallback) : fallback;
  const ticked = v.depositRequired === "on" || v.depositRequired === true || v.depositRequired === "true";
  return {
    ...stored,
    landlord: { ...stored.landlord, kind: oneOf(LANDLORD_KINDS, v.landlordKind) ?? stored.landlord.kind },
    lease: {
      ...stored.lease,
      kind: oneOf(LEASE_KINDS, v.kind) ?? stored.lease.kind,
      startDate: text(v.startDate, stored.lease.startDate),
      endDate: text(v.endDate, stored.lease.endDate),
      mobilityReason: oneOf(MOBILITY_REASONS, v.mobilityReason) ?? stored.lease.mobilityReason,
    },
    rent: {
      ...stored.rent,
      amount: money(v.rent, stored.rent.amount),
      chargesMode: oneOf(CHARGES_MODES, v.chargesMode) ?? stored.rent.chargesMode,
    },
    deposit: { required: ticked, amount: money(v.deposit, stored.deposit.amount) },
  };
}

/**
 * What French law says of the agreement being edited (worker/lib/french-lease-law.ts, as the API checks it
 * at sending): its kind now and the rules it breaks (none outside France). `values` undefined: the agreement
 * as saved (a locked one: its inputs are disabled, and a form's data leaves disabled inputs out, so the
 * editor's live values no longer say what it holds).
 */
export function liveLaw(doc: DocumentView, values?: LiveValues) {
  const fields = values ? liveFields(doc.templateFields, values) : doc.templateFields;
  const furnished = isFurnishedTemplate(doc.templateName);
  return {
    kind: agreementKind(fields, furnished),
    violations: agreementViolations(fields, furnished, doc.country),
  };
}

/** The new-lease form's current values (Conform's `field.value`: strings as typed, undefined when empty). */
export type LiveLeaseValues = {
  kind: unknown;
  landlordKind: unknown;
  startDate: unknown;
  endDate: unknown;
  rentAmount: unknown;
  depositAmount: unknown;
  mobilityReason?: unknown;
};

/**
 * The rules a new lease in `country` breaks as typed so far (none outside France, or before a start date
 * and a rent that parse; amounts typed as money in `currency`): what the API would refuse (worker/leases/service.ts).
 */
export function liveLeaseLaw(country: string | null, currency: string, v: LiveLeaseValues): LeaseLawViolation[] {
  const start = text(v.startDate, "");
  const end = text(v.endDate, "");
  const rent = typeof v.rentAmount === "string" ? parseMoney(v.rentAmount, currency) : null;
  const deposit = typeof v.depositAmount === "string" ? (parseMoney(v.depositAmount, currency) ?? 0) : 0;
  if (!isFrenchJurisdiction(country) || !start || rent === null || (end && end < start)) return [];
  return frenchLeaseViolations({
    kind: oneOf(LEASE_KINDS, v.kind) ?? "unfurnished",
    landlordKind: oneOf(LANDLORD_KINDS, v.landlordKind) ?? "individual",
    startDate: start,
    endDate: end || null,
    rentAmount: rent,
    depositAmount: deposit,
    mobilityReason: oneOf(MOBILITY_REASONS, v.mobilityReason) ?? null,
  });
}
