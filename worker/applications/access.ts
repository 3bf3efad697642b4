import { eq, getTableColumns, sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Context } from "hono";
import { readAsUser } from "../auth/access";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import type { AppEnv } from "../lib/context";
import { can } from "../auth/policy";
import type { Role, Side } from "../domain";
import { Forbidden, NotFound } from "../lib/errors";
import { listings } from "../listings/schema";
import { applications } from "./schema";

/**
 * Who acts on an application: its own renter, or a member of the listing's org. Anyone else — another
 * renter, another org — gets the 404 of an application that does not exist. The check rides in the same
 * batch as the reads (one round trip); reads must filter on the application id.
 */
export function applicationQuery(db: Db, applicationId: string, userId: string) {
  return db
    .select({
      ...getTableColumns(applications),
      listingTitle: listings.title,
      listingStatus: sql<string>`${listings.status}`.as("listing_status"),
      apartmentId: listings.apartmentId,
      currency: listings.currency,
      depositAmount: listings.depositAmount,
      renterName: sql<string>`${users.name}`.as("renter_name"),
      renterEmail: users.email,
      viewerRole:
        sql<Role | null>`(select m.role from memberships m where m.org_id = ${applications.orgId} and m.user_id = ${userId})`.as(
          "viewer_role",
        ),
      orgDisabled: sql<number>`(select o.is_disabled from orgs o where o.id = ${applications.orgId})`.as(
        "org_disabled",
      ),
      viewerName: sql<string>`(select u.name from users u where u.id = ${userId})`.as("viewer_name"),
    })
    .from(applications)
    .innerJoin(listings, eq(listings.id, applications.listingId))
    .innerJoin(users, eq(users.id, applications.renterUserId))
    .where(eq(applications.id, applicationId));
}
type ApplicationRow = Awaited<ReturnType<typeof applicationQuery>>[number];
export type ApplicationAccess = {
  application: ApplicationRow;
  side: Side;
  role: Role | null;
  userId: string;
  userName: string;
};

/**
 * 403 `org_disabled` when a platform admin disabled the application's org: its people are locked out, and no
 * money moves towards it (an applicant's first-payment checkout is refused too).
 */
export function assertOrgActive(row: Pick<ApplicationRow, "orgDisabled">) {
  if (row.orgDisabled)
    throw new Forbidden(
      "This organization has been disabled by Rentline. Contact support to restore access.",
      "org_disabled",
    );
}

function applicationAccessOf(row: ApplicationRow | undefined, userId: string): ApplicationAccess {
  if (!row) throw new NotFound("Application");
  const base = { application: row, userId, userName: row.viewerName };
  if (row.renterUserId === userId) return { ...base, side: "renter", role: null };
  if (!row.viewerRole) throw new NotFound("Application");
  assertOrgActive(row);
  // Maintenance staff are members but do not see dossiers.
  if (!can({ role: row.viewerRole }, "application.review"))
    throw new Forbidden(`Your role (${row.viewerRole}) does not allow reviewing applications`);
  return { ...base, side: "landlord", role: row.viewerRole };
}

/** Reads about one application, access check included: one round trip. */
export async function readInApplication<T extends BatchItem<"sqlite">[]>(
  c: Context<AppEnv>,
  applicationId: string,
  build: (db: Db) => [...T],
) {
  const { claims, results } = await readAsUser(
    c,
    (db, claims) =>
      [applicationQuery(db, applicationId, claims.sub), ...build(db)] as [ReturnType<typeof applicationQuery>, ...T],
  );
  const [rows, ...rest] = results;
  return { access: applicationAccessOf(rows[0], claims.sub), results: rest };
}

export async function requireApplicationAccess(c: Context<AppEnv>, applicationId: string): Promise<ApplicationAccess> {
  return (await readInApplication(c, applicationId, () => [])).access;
}
