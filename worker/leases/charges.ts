import { and, eq, sql } from "drizzle-orm";
import type { ApartmentScope } from "../auth/access";
import type { ScopedHandle } from "../db/scoped";
import { auditEntryIf } from "../lib/audit";
import { AppError, Conflict, NotFound } from "../lib/errors";
import { chargesViolations, isFrenchJurisdiction } from "../lib/french-lease-law";
import { describeViolation } from "../lib/lease-law-problem";
import type { Ports } from "../lib/ports";
import { apartments, properties } from "../portfolio/schema";
import type { LeaseChargesInput } from "./contract";
import { leases, thisLease } from "./schema";
import { leaseStatus } from "./service";

/**
 * A lease's monthly charges, changed on a running (or upcoming) lease: the daily cron charges each period
 * when its due date comes (rent/charges.ts), reading the lease's amount then, so every charge posted after
 * the change carries the new amount; entries already on the ledger are never touched (append-only). The
 * change and its audit row (old and new amounts, the mode) land in one D1 batch, or neither.
 */

/** The lease's charges, kind, dates and currency with its dwelling's country: one read, batched with the access check. */
export function leaseChargesQuery(l: ScopedHandle) {
  return l
    .selectFields(
      {
        id: leases.id,
        orgId: leases.orgId,
        startDate: leases.startDate,
        endDate: leases.endDate,
        cancelledAt: leases.cancelledAt,
        chargesAmount: leases.chargesAmount,
        currency: leases.currency,
        kind: leases.kind,
        country: properties.country,
      },
      leases,
      thisLease(l),
    )
    .innerJoin(apartments, and(eq(apartments.id, leases.apartmentId), eq(apartments.orgId, leases.orgId)))
    .innerJoin(properties, and(eq(properties.id, apartments.propertyId), eq(properties.orgId, leases.orgId)));
}
type ChargesRow = Awaited<ReturnType<typeof leaseChargesQuery>>[number];

/**
 * Sets the lease's monthly charges (minor units). 404 without the lease; 409 `lease_ended` once it ended or
 * was cancelled; 409 `lease_charges_changed` when `expectedChargesAmount` is no longer the amount, or when
 * another change landed between the read and the write; in France (the property's country) 422
 * `flat_charges_unfurnished` (a forfait on an unfurnished lease, art. 23) or `mobility_flat_charges` (a
 * provision on a bail mobilité). Answers the new and previous amounts.
 */
export async function setLeaseCharges(
  ports: Pick<Ports, "db" | "requestId">,
  l: ScopedHandle,
  actor: Pick<ApartmentScope, "userId">,
  lease: ChargesRow | undefined,
  input: LeaseChargesInput,
) {
  if (!lease) throw new NotFound("Lease");
  const status = leaseStatus(lease);
  if (status === "ended" || status === "cancelled") throw new Conflict("This lease has ended", "lease_ended");
  if (input.expectedChargesAmount !== undefined && input.expectedChargesAmount !== lease.chargesAmount)
    throw changedMeanwhile();
  if (isFrenchJurisdiction(lease.country)) refuseUnlawfulCharges(lease.kind, input.chargesMode);
  const previous = lease.chargesAmount;
  const [updated] = await l.batch([
    // Guarded on the amount read: a change that landed meanwhile wins, this one answers 409.
    l.update(leases, { chargesAmount: input.chargesAmount }, and(thisLease(l), eq(leases.chargesAmount, previous))!),
    // Written only when that update changed the row (`changes()` is the previous statement's count).
    auditEntryIf(
      ports.db,
      {
        action: "lease.charges",
        actorUserId: actor.userId,
        orgId: lease.orgId,
        targetType: "lease",
        targetId: lease.id,
        requestId: ports.requestId,
        details: { from: previous, to: input.chargesAmount, mode: input.chargesMode, currency: lease.currency },
      },
      sql`changes() = 1`,
    ),
  ]);
  if (updated.meta.changes !== 1) throw changedMeanwhile();
  return {
    id: lease.id,
    chargesAmount: input.chargesAmount,
    previousChargesAmount: previous,
    chargesMode: input.chargesMode,
    currency: lease.currency,
  };
}

function changedMeanwhile() {
  return new Conflict(
    "The charges of this lease were changed meanwhile: reload and try again",
    "lease_charges_changed",
  );
}

/** 422 with the French rule the charges' mode breaks (loi n° 89-462 art. 23, 25-10, titre Ier ter). */
function refuseUnlawfulCharges(kind: ChargesRow["kind"], chargesMode: LeaseChargesInput["chargesMode"]) {
  const [first] = chargesViolations({ kind, chargesMode });
  if (!first) return;
  const message = describeViolation(first);
  throw new AppError(422, first.code, message, [
    { path: "chargesMode", message, code: first.code, params: first.params },
  ]);
}
