import { and, count, eq, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Role } from "../orgs/schema";
import type { Db } from "./client";

/** Who acts, in which org, with which role: taken from the authenticated principal, never from input. */
export type OrgScope = { orgId: string; userId: string; role: Role };

/** A table that belongs to one org: every row carries `org_id`. */
export type OrgTable = SQLiteTable & { orgId: SQLiteColumn };

/**
 * The only way features reach org-owned tables: every query built here filters on the scope's org,
 * and inserts stamp it. A foreign id therefore matches nothing and the caller answers 404.
 */
export function scopedDb(db: Db, scope: OrgScope) {
  const inOrg = (table: OrgTable, where?: SQL) => and(eq(table.orgId, scope.orgId), where);
  return {
    db,
    scope,
    inOrg,
    select<T extends OrgTable>(table: T, where?: SQL) {
      return db.select().from(table).where(inOrg(table, where)).$dynamic();
    },
    count(table: OrgTable, where?: SQL) {
      return db
        .select({ total: count() })
        .from(table as SQLiteTable)
        .where(inOrg(table, where));
    },
    insert<T extends OrgTable>(table: T, values: Omit<T["$inferInsert"], "orgId">) {
      return db.insert(table).values({ ...values, orgId: scope.orgId } as T["$inferInsert"]);
    },
    update<T extends OrgTable>(table: T, set: Partial<Omit<T["$inferInsert"], "orgId" | "id">>, where: SQL) {
      return db
        .update(table)
        .set(set as never)
        .where(inOrg(table, where));
    },
    delete(table: OrgTable, where: SQL) {
      return db.delete(table).where(inOrg(table, where));
    },
  };
}

export type ScopedDb = ReturnType<typeof scopedDb>;

/**
 * The org of an apartment, as a subquery: reads batched with the apartment access check (before the
 * caller's org is known) still filter on `org_id`, and an apartment id can only reach its own org's rows.
 */
export function orgOfApartment(apartmentId: string): SQL<string> {
  return sql<string>`(select org_id from apartments where id = ${apartmentId})`;
}
