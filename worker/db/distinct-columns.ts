import { Column, getTableColumns, is, SQL, Subquery, Table } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";

/**
 * Why this exists: D1's `batch()` answers each row as an object keyed by SQLite's result column name, and
 * drizzle maps it back to the selected fields by position (`Object.values`). Two selected columns with the
 * same SQL name (`orgs.address` and `properties.address`, or `id` of two joined tables) collapse into one
 * key, and every later field shifts by one: a receipt printed the property's street as the landlord's
 * address and `unit undefined`. Statements run on their own are not affected (drizzle reads arrays there).
 * The guard runs on every `db.batch()` (./client), before the round trip: a colliding select throws.
 */

const dialect = new SQLiteAsyncDialect();

/** A bare column reference (`"t"."c"` or `"c"`), which SQLite names after the column. */
const COLUMN_REF = /^(?:"[^"]+"\.)?"([^"]+)"$/;

/**
 * Result names already worked out, per field object: columns and the SQL expressions features keep in module
 * scope are the same objects on every request, so each is rendered once per isolate, not once per batch.
 */
const resultNames = new WeakMap<object, string | null>();

/** `resultNameOf`, remembered per field object (the answer depends on the field alone). */
function cachedResultNameOf(field: unknown): string | null {
  if (!field || typeof field !== "object") return resultNameOf(field);
  if (resultNames.has(field)) return resultNames.get(field)!;
  const name = resultNameOf(field);
  resultNames.set(field, name);
  return name;
}

/**
 * The name SQLite gives the result column of one selected field: the column's name, the alias of an
 * aliased expression, the text of an unaliased one; null for subqueries (named by their own alias).
 */
function resultNameOf(field: unknown): string | null {
  if (is(field, Column)) return field.name;
  if (is(field, SQL.Aliased)) return field.fieldAlias;
  if (is(field, SQL)) {
    let text: string;
    try {
      text = dialect.sqlToQuery(field).sql;
    } catch {
      return null; // not renderable outside its query: SQLite names it by its own text, unlike any column
    }
    return COLUMN_REF.exec(text)?.[1] ?? text;
  }
  return null;
}

/** The selected fields in drizzle's order, flattened (`{ orgs: { name } }` and whole tables included). */
function flatten(fields: Record<string, unknown>, path: string[] = []): { path: string; field: unknown }[] {
  return Object.entries(fields).flatMap(([key, field]) => {
    const at = [...path, key];
    if (is(field, Column) || is(field, SQL) || is(field, SQL.Aliased) || is(field, Subquery))
      return [{ path: at.join("."), field }];
    if (is(field, Table)) return flatten(getTableColumns(field), at);
    if (field && typeof field === "object") return flatten(field as Record<string, unknown>, at);
    return [];
  });
}

/** The fields a batched statement answers with: a select's fields, or an insert/update/delete's `returning`. */
function selectedFieldsOf(statement: unknown): { path: string; field: unknown }[] {
  if (!statement || typeof statement !== "object" || !("config" in statement)) return [];
  const config = statement.config;
  if (!config || typeof config !== "object") return [];
  if ("fields" in config && config.fields && typeof config.fields === "object")
    return flatten(config.fields as Record<string, unknown>);
  if ("returning" in config && Array.isArray(config.returning))
    return config.returning.map((r: { path: string[]; field: unknown }) => ({
      path: r.path.join("."),
      field: r.field,
    }));
  return [];
}

/**
 * The result column names that two fields of `statement` share, each with the fields that share it
 * (`[["address", ["orgAddress", "street"]]]`); empty when every name is distinct.
 */
export function duplicateColumnsOf(statement: unknown): [string, string[]][] {
  const byName = new Map<string, string[]>();
  for (const { path, field } of selectedFieldsOf(statement)) {
    const name = cachedResultNameOf(field);
    if (name === null) continue;
    byName.set(name, [...(byName.get(name) ?? []), path]);
  }
  return [...byName].filter(([, paths]) => paths.length > 1);
}

/**
 * Throws (a programming error, so a plain Error: the request answers 500 rather than print wrong data)
 * when a statement of a batch selects two columns with the same SQL name. Fix: alias one
 * (`sql<string>\`${properties.address}\`.as("street")`).
 */
export function requireDistinctColumns(statements: readonly unknown[]): void {
  statements.forEach((statement, index) => {
    const duplicates = duplicateColumnsOf(statement);
    if (duplicates.length === 0) return;
    const named = duplicates.map(([name, paths]) => `"${name}" (${paths.join(", ")})`).join("; ");
    throw new Error(
      `db.batch(): statement ${index} selects several columns with the same SQL name: ${named}. D1 keys batch ` +
        'rows by column name, so drizzle would shift the values; alias them (sql`${column}`.as("name")).',
    );
  });
}
