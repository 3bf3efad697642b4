import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { memberships, orgs } from "../orgs/schema";
import { users } from "./schema";

/** `/me`'s reads (for one batch): the account, and its memberships with each org's name and state. */
export function meQueries(db: Db, userId: string) {
  return [
    db.select().from(users).where(eq(users.id, userId)),
    db
      .select({
        orgId: memberships.orgId,
        orgName: orgs.name,
        role: memberships.role,
        isDisabled: orgs.isDisabled,
        disabledReason: orgs.disabledReason,
        currency: orgs.currency,
        country: orgs.country,
        timezone: orgs.timezone,
      })
      .from(memberships)
      .innerJoin(orgs, eq(orgs.id, memberships.orgId))
      .where(eq(memberships.userId, userId))
      .orderBy(orgs.name),
    rentingQuery(db, userId),
  ] as const;
}

/**
 * What the user does on the renter side, counted: homes joined (accepted lease invitations) and
 * applications sent. Spelled in SQL by table name: auth sits below the leases and applications features,
 * which import its tables (an import back would make a cycle between the folders). Both counts use the
 * tables' indexes that lead with the user (`lease_renters_user_idx`, `applications_renter_idx`).
 */
const rentingQuery = (db: Db, userId: string) =>
  db
    .select({
      homes: sql<number>`(select count(*) from lease_renters lr where lr.user_id = ${userId} and lr.joined_at is not null)`,
      applications: sql<number>`(select count(*) from applications ap where ap.renter_user_id = ${userId})`,
    })
    .from(users)
    .where(eq(users.id, userId));
