import type { BatchItem } from "drizzle-orm/batch";
import { apartmentHandle, apartmentOfLease, leaseHandle, leaseOfDocument, type ScopedHandle } from "../db/scoped";
import { NotFound } from "../lib/errors";
import {
  apartmentAccessCheck,
  apartmentScopeOf,
  leaseRenterCheck,
  leaseScopeOf,
  requireClaims,
  type ApartmentAccessRow,
  type ApartmentScope,
  type Batch,
  type Ctx,
} from "./access-checks";
import { can, requirePermission, type Permission } from "./policy";

/**
 * Access to one apartment, one lease or one agreement document, for the landlord side (members of its org)
 * and its renters. Each `read…` runs the access check and the caller's reads in one D1 batch; each
 * `require…` runs the check alone, before a write. The handle-based API (`readApartment`, `readLease`,
 * `readDocument`, with a permission).
 */

type Results<T extends BatchItem<"sqlite">[]> = { [K in keyof T]: Awaited<T[K]> };

/** The first row of the access check, then the reads' results. */
function splitChecks<T extends BatchItem<"sqlite">[]>(rows: unknown[], checks: number) {
  return {
    check: (rows[0] as ApartmentAccessRow[])[0],
    renter: (checks > 1 ? rows[1] : []) as unknown[],
    results: rows.slice(checks) as Results<T>,
  };
}

// ---------------------------------------------------------------- handles: who acts, and a scoped handle on what

/**
 * Refuses an actor without `permission`: an org member gets 403 naming their role; a renter gets the same
 * 404 as a stranger (an apartment's landlord-only actions do not reveal themselves to renters).
 */
function requireActorPermission(actor: ApartmentScope, permission: Permission | undefined, what: string): void {
  if (!permission) return;
  if (actor.side === "renter" && !can(actor, permission)) throw new NotFound(what);
  requirePermission(actor, permission);
}

/**
 * Reads about one apartment, access check included: one round trip. `build` gets a handle on the apartment
 * (its org, its rows), so reads cannot leave it. Answers `actor` (who acts, on which side) and the results.
 * 404 for a stranger, 403 `org_disabled`, and 403 (member) or 404 (renter) without `permission`.
 */
export async function readApartment<T extends BatchItem<"sqlite">[]>(
  c: Ctx,
  apartmentId: string,
  build: (a: ScopedHandle) => [...T],
  permission?: Permission,
) {
  const claims = requireClaims(c);
  const db = c.get("db");
  const a = apartmentHandle(db, apartmentId);
  const rows = await db.batch([apartmentAccessCheck(db, claims, apartmentId), ...build(a)] as Batch);
  const { check, results } = splitChecks<T>(rows, 1);
  const actor = apartmentScopeOf(check, claims, apartmentId);
  requireActorPermission(actor, permission, "Apartment");
  return { actor, a, results };
}

/** Before a write about one apartment: who acts, and a handle on the apartment. */
export async function requireApartment(c: Ctx, apartmentId: string, permission?: Permission) {
  const { actor, a } = await readApartment(c, apartmentId, () => [], permission);
  return { actor, a };
}

/**
 * Reads about one lease, access check included: one round trip. The landlord side of its apartment, or the
 * lease's own renters (another lease's renter gets 404). `build` gets a handle on the lease.
 */
export async function readLease<T extends BatchItem<"sqlite">[]>(
  c: Ctx,
  leaseId: string,
  build: (l: ScopedHandle) => [...T],
  permission?: Permission,
) {
  const claims = requireClaims(c);
  const db = c.get("db");
  const l = leaseHandle(db, leaseId);
  const rows = await db.batch([
    apartmentAccessCheck(db, claims, apartmentOfLease(leaseId)),
    leaseRenterCheck(db, claims, leaseId),
    ...build(l),
  ] as Batch);
  const { check, renter, results } = splitChecks<T>(rows, 2);
  const actor = leaseScopeOf([check, renter], claims, leaseId);
  requireActorPermission(actor, permission, "Lease");
  return { actor, l, results };
}

/** Before a write about one lease: who acts, and a handle on the lease. */
export async function requireLease(c: Ctx, leaseId: string, permission?: Permission) {
  const { actor, l } = await readLease(c, leaseId, () => [], permission);
  return { actor, l };
}

/**
 * Reads about one rental-agreement document, through its lease: one round trip. `build` gets a handle on
 * the document's lease. `actor.leaseId` is unknown here: read it from the document.
 */
export async function readDocument<T extends BatchItem<"sqlite">[]>(
  c: Ctx,
  documentId: string,
  build: (l: ScopedHandle) => [...T],
  permission?: Permission,
) {
  const claims = requireClaims(c);
  const db = c.get("db");
  const lease = leaseOfDocument(documentId);
  const l = leaseHandle(db, lease);
  const rows = await db.batch([
    apartmentAccessCheck(db, claims, apartmentOfLease(lease)),
    leaseRenterCheck(db, claims, lease),
    ...build(l),
  ] as Batch);
  const { check, renter, results } = splitChecks<T>(rows, 2);
  const actor = leaseScopeOf([check, renter], claims, "", undefined, "Document");
  requireActorPermission(actor, permission, "Document");
  return { actor, l, results };
}
