import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./client";

/**
 * `INSERT INTO table SELECT <row> WHERE <condition>`: an insert that lands only if the condition holds
 * when the statement runs. Inside a batch, this makes rows depend on an earlier conditional UPDATE (see the
 * application confirmation) without reading first. `row` must give every column (null for none); JSON
 * columns take their serialized text.
 */
export function insertIf<T extends SQLiteTable>(db: Db, table: T, row: Record<keyof T["$inferSelect"], unknown>, condition: SQL) {
  const columns = getTableColumns(table);
  const fields = Object.fromEntries(Object.entries(columns).map(([key, column]) => [key, sql`${(row as Record<string, unknown>)[key] ?? null}`.as(column.name)]));
  return db.insert(table).select(db.select(fields).from(sql`(select 1)`).where(condition) as never);
}
