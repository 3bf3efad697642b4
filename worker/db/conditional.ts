import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./client";

/**
 * The one family of exactly-once writes. D1 has no interactive transactions, so "do this only if that still
 * holds" must be a single statement (or ride in one `batch()` after the statement it depends on):
 * - `insertIf`: an INSERT that lands only when a condition holds as it runs (caps, "only after that update won");
 * - `updateIf`: an UPDATE guarded by its WHERE (typically the expected status) that reports whether it won;
 * - `countBelow`: the cap condition for `insertIf` (no count-then-insert race).
 * Uniqueness is the other half: a unique key plus `onConflictDoNothing` or `isUniqueViolation` (./errors).
 */

/** A full row for `table`, by column key. A value may be an SQL expression over `from`'s aliases. */
export type RowOf<T extends SQLiteTable> = { [K in keyof T["$inferSelect"]]: T["$inferSelect"][K] | SQL };

/**
 * `INSERT INTO table (cols…) SELECT <row> FROM <from> WHERE <condition>`. Every column must be given (the
 * type requires it, so adding a column to the table is a compile error here, never a silent shift): values
 * are emitted in the table's column order, the order drizzle lists the target columns in. JSON columns take
 * their serialized text (pass `sql\`${JSON.stringify(x)}\``).
 */
export function insertIf<T extends SQLiteTable>(
  db: Db,
  table: T,
  row: RowOf<T>,
  condition: SQL,
  from: SQL = sql`(select 1)`,
) {
  const values = Object.keys(getTableColumns(table)).map(
    (key) => sql`${(row as Record<string, unknown>)[key] ?? null}`,
  );
  return db.insert(table).select(sql`select ${sql.join(values, sql`, `)} from ${from} where ${condition}`);
}

/** `(select count(*) from table where …) < cap`: the condition of a capped `insertIf`. */
export function countBelow(table: SQLiteTable, where: SQL, cap: number): SQL {
  return sql`(select count(*) from ${table} where ${where}) < ${cap}`;
}

/**
 * `UPDATE table SET … WHERE <where> RETURNING *`: the guarded update of a state change. The change happened
 * exactly when a row comes back; a caller that got none answers 404 or 409 after reading why.
 */
export function updateIf<T extends SQLiteTable>(db: Db, table: T, set: Partial<T["$inferInsert"]>, where: SQL) {
  return db.update(table).set(set).where(where).returning();
}
