import { AppError, type FieldError } from "../lib/errors";
import { isFurnishedKind, leaseDuration, type LandlordKind, type LeaseKind } from "../lib/french-lease-law";
import type { MobilityReason } from "../lib/mobility-reasons";
import type { AgreementFields } from "./fields";
import { isFurnishedTemplate, templateNameFor } from "./law";

/**
 * The lease is the source of truth for what it holds (issue 13, tester's case 1): its kind, its landlord's
 * kind, its start and end dates, its rent, due day, deposit and currency. The agreement shows them from the
 * lease: every save (create, edit) copies them from the lease, an edit that tries to set one of them to
 * another value is refused with 422 `agreement_contradicts_lease` naming the fields
 * (`templateFields.<path>`), and sending an agreement whose stored terms no longer match its lease (the
 * lease changed after it was saved, e.g. a confirmed rent revision) is refused the same way: saving the
 * agreement again (PATCH with any fields, even none) copies the lease's terms in.
 */

/** What a lease holds that its agreement repeats (amounts in minor units, dates `YYYY-MM-DD`). */
export type LeaseHeld = {
  kind: LeaseKind;
  landlordKind: LandlordKind;
  startDate: string;
  endDate: string | null;
  rentAmount: number;
  currency: string;
  dueDay: number;
  depositAmount: number | null;
  /** Why the renter takes a bail mobilité; null for other kinds and older bails mobilité (the agreement then says). */
  mobilityReason: MobilityReason | null;
};

/** A path in the agreement's fields (`lease.endDate`) with the value the lease gives it. */
type Held = { path: string; value: unknown };

/**
 * The agreement paths the lease holds, each with the lease's value: `deposit.required` is whether the lease
 * has a deposit; `lease.periodMonths` is held only when the lease has an end date (counted from date to date,
 * both ends included: lib/french-lease-law.ts `leaseDuration`).
 */
function heldPaths(lease: LeaseHeld): Held[] {
  const deposit = lease.depositAmount ?? 0;
  const held: Held[] = [
    { path: "lease.kind", value: lease.kind },
    { path: "landlord.kind", value: lease.landlordKind },
    { path: "lease.startDate", value: lease.startDate },
    { path: "lease.endDate", value: lease.endDate ?? "" },
    { path: "rent.amount", value: lease.rentAmount },
    { path: "rent.currency", value: lease.currency },
    { path: "rent.paymentDay", value: lease.dueDay },
    { path: "deposit.required", value: deposit > 0 },
    { path: "deposit.amount", value: deposit },
  ];
  // A bail mobilité made with its reason holds it; one made before (null) lets the agreement state it.
  if (lease.mobilityReason) held.push({ path: "lease.mobilityReason", value: lease.mobilityReason });
  if (lease.endDate)
    held.push({
      path: "lease.periodMonths",
      value: Math.max(1, leaseDuration(lease.startDate, lease.endDate).months),
    });
  return held;
}

/** The value at `a.b` in a plain object, or undefined. */
function at(source: unknown, path: string): unknown {
  let value = source;
  for (const key of path.split(".")) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** `{ lease: { kind } , … }`: the lease's values as a patch of the agreement's fields (deep-merged over them). */
export function leasePatch(lease: LeaseHeld): Record<string, Record<string, unknown>> {
  const patch: Record<string, Record<string, unknown>> = {};
  for (const { path, value } of heldPaths(lease)) {
    const [group, key] = path.split(".") as [string, string];
    patch[group] = { ...patch[group], [key]: value };
  }
  return patch;
}

/**
 * The fields of `candidate` (raw input or stored fields) that contradict the lease. With `before`, a value
 * equal to `before`'s is no edit (an editor sending back what it loaded), so only values the caller changed
 * count; without it, every held value counts (the check before sending).
 */
function contradictions(candidate: unknown, lease: LeaseHeld, before?: unknown): FieldError[] {
  const errors: FieldError[] = [];
  for (const { path, value } of heldPaths(lease)) {
    const given = at(candidate, path);
    if (given === undefined || given === value) continue;
    if (before !== undefined && given === at(before, path)) continue;
    // A deposit not required carries no amount: its amount field is not a term.
    if (path === "deposit.amount" && at(candidate, "deposit.required") === false && value === 0) continue;
    errors.push({
      path: `templateFields.${path}`,
      message: `The lease says ${JSON.stringify(value)}: change the lease, not the agreement`,
    });
  }
  return errors;
}

/** Throws 422 `agreement_contradicts_lease` with one error per contradicting field, if any. */
export function assertAgreesWithLease(candidate: unknown, lease: LeaseHeld, before?: unknown): void {
  const errors = contradictions(candidate, lease, before);
  if (errors.length === 0) return;
  throw new AppError(
    422,
    "agreement_contradicts_lease",
    `The agreement contradicts its lease: ${errors.map((e) => e.path).join(", ")}`,
    errors,
  );
}

/** The stored agreement's terms against its lease, before sending (every held field; 422 as above). */
export function assertStoredAgreesWithLease(fields: AgreementFields, lease: LeaseHeld | undefined): void {
  if (lease) assertAgreesWithLease(fields, lease);
}

/**
 * Refuses a template that does not fit the lease's kind (a furnished kind needs a furnished template, an
 * unfurnished one an unfurnished template): 422 `template_mismatch` at `templateName`, naming the templates
 * that fit. Any language fits: the agreement is in the language chosen.
 */
export function assertTemplateFits(templateName: string, kind: LeaseKind | undefined): void {
  if (!kind || isFurnishedTemplate(templateName) === isFurnishedKind(kind)) return;
  const fitting = templateNameFor(templateName, kind);
  const message = `This ${kind} lease needs ${isFurnishedKind(kind) ? "a furnished" : "an unfurnished"} template, such as ${fitting}`;
  throw new AppError(422, "template_mismatch", `templateName: ${message}`, [{ path: "templateName", message }]);
}
