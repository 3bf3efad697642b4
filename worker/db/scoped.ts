import { and, count, eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type {
  SelectedFields,
  SQLiteColumn,
  SQLiteSelectBase,
  SQLiteSelectDynamic,
  SQLiteTable,
} from "drizzle-orm/sqlite-core";
import type { Role } from "../domain";
import type { Db } from "./client";

/** Who acts, in which org, with which role: taken from the authenticated principal, never from input. */
export type OrgScope = { orgId: string; userId: string; role: Role };

/** A table that belongs to one org: every row carries `org_id`. */
export type OrgTable = SQLiteTable & { orgId: SQLiteColumn };

/**
 * What a handle can reach: always one org; optionally one apartment and one lease. Each may be a value or
 * a subquery (`orgOfApartment(id)`), so reads batched with an access check are scoped before the caller's
 * org is known.
 */
export type ScopeFilter = {
  orgId: string | SQL<string>;
  apartmentId?: string | SQL<string>;
  leaseId?: string | SQL<string>;
};

type Batch = [BatchItem<"sqlite">, ...BatchItem<"sqlite">[]];

/**
 * What `selectFields` builds: `fields` of `table`, filtered, dynamic (joins, order and limits may follow).
 * Spelled out because drizzle's inferred type, built inside a function generic in the fields, loses both
 * the fields and the table (every join then types its rows as `{ [x: string]: never }`).
 */
type ScopedSelect<F extends SelectedFields, T extends SQLiteTable> = SQLiteSelectDynamic<
  SQLiteSelectBase<T["_"]["name"], "async", D1Result, F, "partial">
>;

/**
 * The only way features reach org-owned tables. Every statement built here filters on the handle's org,
 * and, when the table has the column and the handle names one, on its apartment and its lease; inserts
 * stamp the org. A foreign id therefore matches nothing and the caller answers 404. There is no way to
 * the unscoped database from a handle: joins go through `selectFields`, whose filter is on the first table
 * (join conditions must match `org_id` too).
 */
export function scopedTo(db: Db, filter: ScopeFilter) {
  const inScope = (table: OrgTable, where?: SQL) => {
    const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
    return and(
      eq(table.orgId, filter.orgId),
      filter.apartmentId !== undefined && columns.apartmentId ? eq(columns.apartmentId, filter.apartmentId) : undefined,
      filter.leaseId !== undefined && columns.leaseId ? eq(columns.leaseId, filter.leaseId) : undefined,
      where,
    );
  };
  return {
    filter,
    /** The handle's filter on `table`, and `where`: for join conditions and subqueries. */
    inScope,
    select<T extends OrgTable>(table: T, where?: SQL) {
      return db.select().from(table).where(inScope(table, where)).$dynamic();
    },
    /** Chosen columns (and SQL expressions) of `table`, filtered; joins, order and limits may follow. */
    selectFields<F extends SelectedFields, T extends OrgTable>(fields: F, table: T, where?: SQL): ScopedSelect<F, T> {
      return db.select(fields).from(table).where(inScope(table, where)).$dynamic() as ScopedSelect<F, T>;
    },
    count(table: OrgTable, where?: SQL) {
      return db
        .select({ total: count() })
        .from(table as SQLiteTable)
        .where(inScope(table, where));
    },
    insert<T extends OrgTable>(table: T, values: Omit<T["$inferInsert"], "orgId">) {
      return db.insert(table).values({ ...values, orgId: filter.orgId } as T["$inferInsert"]);
    },
    update<T extends OrgTable>(table: T, set: Partial<Omit<T["$inferInsert"], "orgId" | "id">>, where: SQL) {
      return db
        .update(table)
        .set(set as Partial<T["$inferInsert"]>)
        .where(inScope(table, where));
    },
    delete(table: OrgTable, where: SQL) {
      return db.delete(table).where(inScope(table, where));
    },
    /**
     * A statement template (db/template.ts: built once per isolate) run for this handle's org: `values`, and
     * the handle's own `orgId` for the template's `orgId` placeholder (the template scopes itself with
     * `scopedTo(db, { orgId: p.orgId })`). Only on an org handle: an apartment or lease filter, or an org
     * given as a subquery, would not be in the template's SQL, so they throw (a programming error).
     */
    fromTemplate<V extends { orgId: unknown }, Q>(template: (db: Db, values: V) => Q, values: Omit<V, "orgId">): Q {
      if (typeof filter.orgId !== "string" || filter.apartmentId !== undefined || filter.leaseId !== undefined)
        throw new Error("fromTemplate: only on a handle scoped to an org id (no apartment or lease filter)");
      return template(db, { ...values, orgId: filter.orgId } as V);
    },
    /** Runs statements built from this handle in one atomic round trip. */
    batch<T extends Batch>(statements: T) {
      return db.batch(statements);
    },
  };
}

export type ScopedHandle = ReturnType<typeof scopedTo>;

/** The caller's org: a handle on it plus who acts (`scope`). */
export function scopedDb(db: Db, scope: OrgScope) {
  const handle = scopedTo(db, { orgId: scope.orgId });
  return { ...handle, scope };
}

export type ScopedDb = ReturnType<typeof scopedDb>;

/**
 * The caller's org while its reads are built, before the access check answered (`readOrg`): the handle plus
 * who acts, without the role (the check decides it; reads never depend on it). Every `ScopedDb` is one.
 */
export type OrgReader = ScopedHandle & { scope: Pick<OrgScope, "orgId" | "userId"> };

/**
 * The org of an apartment, as a subquery: reads batched with the apartment access check (before the
 * caller's org is known) still filter on `org_id`, and an apartment id can only reach its own org's rows.
 */
function orgOfApartment(apartmentId: string | SQL<string>): SQL<string> {
  return sql<string>`(select org_id from apartments where id = ${apartmentId})`;
}

/** The apartment of a lease, as a subquery (see `orgOfApartment`). */
export function apartmentOfLease(leaseId: string | SQL<string>): SQL<string> {
  return sql<string>`(select l.apartment_id from leases l where l.id = ${leaseId})`;
}

/** The lease of a rental-agreement document, as a subquery (see `orgOfApartment`). */
export function leaseOfDocument(documentId: string | SQL<string>): SQL<string> {
  return sql<string>`(select d.lease_id from documents d where d.id = ${documentId})`;
}

/** A handle on one apartment of its org (the org from the apartment itself). */
export function apartmentHandle(db: Db, apartmentId: string | SQL<string>): ScopedHandle {
  return scopedTo(db, { orgId: orgOfApartment(apartmentId), apartmentId });
}

/** A handle on one lease (its apartment and org from the lease itself). */
export function leaseHandle(db: Db, leaseId: string | SQL<string>): ScopedHandle {
  const apartmentId = apartmentOfLease(leaseId);
  return scopedTo(db, { orgId: orgOfApartment(apartmentId), apartmentId, leaseId });
}
