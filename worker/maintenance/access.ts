import { and, eq, inArray, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Context } from "hono";
import { readAsUser } from "../auth/access";
import type { Db } from "../db/client";
import { AppError, Forbidden, NotFound } from "../lib/errors";
import type { AppEnv } from "../lib/context";
import { currentLeasesOf, requestSelect, type RequestRow } from "./queries";
import { maintenanceRequests } from "./schema";
import type { TransitionActor } from "./state";
import { verifyVendorToken } from "./vendor-link";

/**
 * Who acts on one maintenance request, decided with the reads in one D1 batch:
 * - `staff`: an owner or manager of its org (403 `org_disabled` when Rentline disabled the org);
 * - `worker`: the maintenance member it is assigned to, or its vendor through a signed link;
 * - `renter`: a renter of the request's lease while that lease has not ended.
 * Anyone else (another renter, an unassigned maintenance member, another org, a stranger) gets the 404 of a
 * request that does not exist.
 */
export type MaintenanceAccess = {
  request: RequestRow;
  actor: TransitionActor;
  /** How history rows, comments and photos name the actor. */
  kind: "renter" | "staff" | "vendor";
  /** Null for a vendor (no account). */
  userId: string | null;
  name: string;
};

const NOT_FOUND = "Maintenance request";

function sessionAccess(row: RequestRow | undefined, renterRows: unknown[], userId: string): MaintenanceAccess {
  if (!row) throw new NotFound(NOT_FOUND);
  const base = { request: row, userId, name: row.viewerName ?? "" };
  const role = row.viewerRole;
  if (role === "owner" || role === "manager" || (role === "maintenance" && row.row.assigneeUserId === userId)) {
    if (row.orgDisabled)
      throw new Forbidden(
        "This organization has been disabled by Rentline. Contact support to restore access.",
        "org_disabled",
      );
    return { ...base, actor: role === "maintenance" ? "worker" : "staff", kind: "staff" };
  }
  if (renterRows.length > 0 && !row.orgDisabled) return { ...base, actor: "renter", kind: "renter" };
  throw new NotFound(NOT_FOUND);
}

/** Reads about one request as a signed-in user, access check included: one round trip. */
export async function readInRequest<T extends BatchItem<"sqlite">[]>(
  c: Context<AppEnv>,
  requestId: string,
  build: (db: Db) => [...T],
) {
  const { claims, results } = await readAsUser(c, (db, claims) => {
    const renter = db
      .select({ one: sql<number>`1` })
      .from(maintenanceRequests)
      .where(
        and(
          eq(maintenanceRequests.id, requestId),
          inArray(maintenanceRequests.leaseId, currentLeasesOf(db, claims.sub)),
        ),
      );
    return [requestSelect(db, claims.sub, eq(maintenanceRequests.id, requestId)), renter, ...build(db)] as [
      ReturnType<typeof requestSelect>,
      typeof renter,
      ...T,
    ];
  });
  const [rows, renterRows, ...rest] = results;
  return { access: sessionAccess(rows[0], renterRows, claims.sub), results: rest };
}

/** Before a write about one request as a signed-in user. */
export async function requireRequestAccess(c: Context<AppEnv>, requestId: string): Promise<MaintenanceAccess> {
  return (await readInRequest(c, requestId, () => [])).access;
}

/** The vendor link's header: `X-Vendor-Token: <token>` (the token of the vendor's page URL). */
export const VENDOR_TOKEN_HEADER = "x-vendor-token";

/**
 * Reads about the request a vendor link names, with the link checked: one round trip. 401 without a token,
 * 410 `link_expired` for an expired one, 404 for a forged one or when the request is no longer this vendor's.
 */
export async function readAsVendor<T extends BatchItem<"sqlite">[]>(
  c: Context<AppEnv>,
  build: (db: Db, requestId: string) => [...T],
) {
  const token = c.req.header(VENDOR_TOKEN_HEADER) ?? c.req.query("token") ?? c.req.query("vendor");
  if (!token) throw new AppError(401, "unauthorized", "This page needs the link from the vendor's email");
  const claims = await verifyVendorToken(c.env.JWT_SECRET, token);
  if (claims === "expired")
    throw new AppError(410, "link_expired", "This link has expired: ask the landlord for a new one");
  if (!claims) throw new NotFound(NOT_FOUND);
  const db = c.get("db");
  const where = and(
    eq(maintenanceRequests.id, claims.requestId),
    eq(maintenanceRequests.orgId, claims.orgId),
    eq(maintenanceRequests.vendorId, claims.vendorId),
    eq(maintenanceRequests.vendorAssignedAt, claims.assignedAt),
  )!;
  const [rows, ...rest] = await db.batch([requestSelect(db, null, where), ...build(db, claims.requestId)] as [
    ReturnType<typeof requestSelect>,
    ...T,
  ]);
  const row = rows[0];
  if (!row || row.orgDisabled) throw new NotFound(NOT_FOUND);
  // The audit floor credits the vendor, in the request's org (issue 16 §2: no write without its author).
  c.set("linkActor", {
    kind: "vendor",
    id: claims.vendorId,
    name: row.vendorName ?? "",
    orgId: claims.orgId,
    targetType: "maintenance-requests",
    targetId: claims.requestId,
  });
  const access: MaintenanceAccess = {
    request: row,
    actor: "worker",
    kind: "vendor",
    userId: null,
    name: row.vendorName ?? "",
  };
  return { access, results: rest };
}

/** Before a vendor's write. */
export async function requireVendorAccess(c: Context<AppEnv>): Promise<MaintenanceAccess> {
  return (await readAsVendor(c, () => [])).access;
}

/**
 * The /files check of a maintenance photo link: a vendor by the `vendor` query parameter (their page token,
 * for this request only), anyone else by their session (whoever may see the request). 404 otherwise.
 */
export async function requireMaintenanceFileAccess(c: Context<AppEnv>, requestId: string): Promise<void> {
  if (c.req.query("vendor")) {
    const access = await requireVendorAccess(c);
    if (access.request.row.id !== requestId) throw new NotFound("File");
    return;
  }
  await requireRequestAccess(c, requestId);
}
