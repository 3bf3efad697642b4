import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { EXPORTED_TABLES, NOT_EXPORTED } from "../../worker/exports/coverage";
import * as schema from "../../worker/schema";

/**
 * Issue 16 §3 (GDPR art. 15 and 20: the export is complete): generated from the schema. Every Drizzle table
 * of worker/schema.ts with a column that names a user — a foreign key to `users`, or a column named like one
 * (`user_id`, `*_user_id`, `created_by`, `confirmed_by`, `invited_by`, …) — must be read by the export
 * (worker/exports/coverage.ts `EXPORTED_TABLES`) or be listed in `NOT_EXPORTED` with its reason. A new table
 * with a user column fails here until someone decides.
 */

const USER_COLUMN = /(^|_)user_id$|_by$/;

const exported: unknown[] = Object.values(schema);
const tables = exported.filter((value): value is SQLiteTable => value instanceof SQLiteTable);

/** `table`'s columns that name a user (by foreign key or by name), as SQL names. */
function userColumns(table: SQLiteTable): string[] {
  const config = getTableConfig(table);
  const byForeignKey = config.foreignKeys.flatMap((fk) => {
    const ref = fk.reference();
    return getTableConfig(ref.foreignTable).name === "users" ? ref.columns.map((c) => c.name) : [];
  });
  const byName = config.columns.map((c) => c.name).filter((name) => USER_COLUMN.test(name));
  return [...new Set([...byForeignKey, ...byName])];
}

describe("the privacy export covers every table that names a user", () => {
  it("reads the schema: every table of worker/schema.ts, including the users table and a few known ones", () => {
    const names = tables.map((t) => getTableConfig(t).name);
    expect(names).toEqual(expect.arrayContaining(["users", "sessions", "leases", "applications", "data_exports"]));
    expect(userColumns(schema.sessions)).toEqual(["user_id"]);
    expect(userColumns(schema.activities)).toEqual(expect.arrayContaining(["author_user_id", "confirmed_by"]));
  });

  it("each table with a user column is exported or listed as not exported, with a reason", () => {
    const decided = new Set<string>([...EXPORTED_TABLES, ...Object.keys(NOT_EXPORTED)]);
    const missing = tables
      .map((t) => ({ name: getTableConfig(t).name, columns: userColumns(t) }))
      .filter((t) => (t.columns.length > 0 || t.name === "users") && !decided.has(t.name))
      .map((t) => `${t.name} (${t.columns.join(", ")})`);
    expect(missing, "tables naming a user that the export neither reads nor explains").toEqual([]);
    for (const [name, reason] of Object.entries(NOT_EXPORTED)) expect(reason.length, name).toBeGreaterThan(10);
  });

  it("lists no table that does not exist, and none both exported and not", () => {
    const names = new Set(tables.map((t) => getTableConfig(t).name));
    for (const name of [...EXPORTED_TABLES, ...Object.keys(NOT_EXPORTED)]) expect(names.has(name), name).toBe(true);
    for (const name of EXPORTED_TABLES) expect(NOT_EXPORTED[name], name).toBeUndefined();
  });
});
