import { Column, fillPlaceholders, is, SQL, sql, type Placeholder } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import { createDb, type Db } from "./client";
import { requireDistinctColumns } from "./distinct-columns";

/**
 * Statements of the hottest reads, built ONCE per isolate instead of once per request (issue 17 §2: drizzle's
 * query building — walking the builder, `is()` checks, escaping names — was a third of the CPU of
 * `GET /api/apartments`). `build` runs once, on a database handle that never executes anything, with a
 * `sql.placeholder` for every name in `names` (drizzle takes one wherever a value goes: `eq`, `limit`, or
 * wrapped as sql`${p.name}`); the SQL text, its parameter order and drizzle's row mapping
 * (the prepared query's `mapResult`: column decoders, nullable joins) are kept. Each call then answers, for
 * the request's `db` and `values`, a statement that `db.batch()` runs like the builder would: the same SQL
 * prepared on the request's D1 binding (so round trips and the audit floor are counted as before), the
 * placeholders filled, the rows mapped by drizzle. Awaiting it runs it alone (a batch of one: one round
 * trip). The distinct-column guard of `db.batch()` runs once, on the builder, when the template is built.
 *
 * Only for selects whose shape does not depend on the values (a filter that is present or not is two
 * templates). Batch results keep the builder's row types.
 */
export function statementTemplate<K extends string, Q extends BatchItem<"sqlite">>(
  names: readonly K[],
  build: (db: Db, p: Record<K, Placeholder<K>>) => Q,
): (db: Db, values: Record<K, unknown>) => TemplateStatement<Q["_"]["result"]> {
  let template: Template | undefined;
  return (db, values) => {
    template ??= compile(names, build);
    return templated<Q["_"]["result"]>(db, template, values);
  };
}

/**
 * A template's statement for one request: a batch item drizzle's D1 `batch()` runs (its results typed `R`),
 * and a promise of `R` when awaited alone.
 */
export type TemplateStatement<R> = BatchItem<"sqlite"> & { readonly _: { readonly result: R } } & PromiseLike<R>;

/** What a template keeps: the SQL, the parameters (placeholders included) and drizzle's row mapping. */
type Template = {
  sql: string;
  params: unknown[];
  mapResult: (result: unknown, isFromBatch?: boolean) => unknown;
};

/** The parts of a drizzle prepared query a template uses (internal to drizzle, stable across 0.3x–0.45). */
type Prepared = {
  getQuery(): { sql: string; params: unknown[] };
  mapResult(result: unknown, isFromBatch?: boolean): unknown;
};

const runsNothing = () => Promise.reject(new Error("statementTemplate: the build database runs nothing"));

/** A D1 binding for building only: preparing is allowed, running is a programming error. */
const buildOnly: D1Database = {
  prepare: () => ({}) as D1PreparedStatement,
  batch: runsNothing,
  exec: runsNothing,
  dump: runsNothing,
  withSession: () => {
    throw new Error("statementTemplate: the build database runs nothing");
  },
};

/** Builds the statement once with placeholders and keeps its parts. */
function compile<K extends string, Q extends BatchItem<"sqlite">>(
  names: readonly K[],
  build: (db: Db, p: Record<K, Placeholder<K>>) => Q,
): Template {
  const placeholders = {} as Record<K, Placeholder<K>>;
  for (const name of names) placeholders[name] = sql.placeholder(name);
  const builder = build(createDb(buildOnly), placeholders);
  requireDistinctColumns([builder]);
  // drizzle's `_prepare` is internal (absent from its types): the one call a batch makes on a builder.
  if (!("_prepare" in builder) || typeof builder._prepare !== "function")
    throw new Error("statementTemplate: build must answer a drizzle query builder");
  const prepared = Reflect.apply(builder._prepare, builder, [false]) as Prepared;
  const { sql: text, params } = prepared.getQuery();
  const fast = flatRowMapper(prepared);
  return {
    sql: text,
    params,
    mapResult: (result, isFromBatch) =>
      fast && isFromBatch ? fast(result as D1Result<Record<string, unknown>>) : prepared.mapResult(result, isFromBatch),
  };
}

/** A selected field as drizzle keeps it on a prepared select (internal: `fields`). */
type Field = { path: string[]; field: unknown };
/** What decodes a driver value: a column, or an SQL expression's decoder (`mapWith`). */
type Decoder = { mapFromDriverValue(value: unknown): unknown };

/** An SQL expression's decoder (drizzle keeps it on the expression: internal, set by `mapWith`). */
const decoderOf = (expression: SQL): Decoder => (expression as SQL & { decoder: Decoder }).decoder;

/**
 * drizzle's row mapping (`mapResultRow`) for a select whose fields are all top-level (no nested objects, so no
 * joined-table nulling), with each field's decoder looked up once instead of per row and value: D1's batch
 * rows, in column order as drizzle reads them, to `{ [name]: null | decoder.mapFromDriverValue(value) }`.
 * Undefined (drizzle's own mapping is used) for any other statement.
 */
function flatRowMapper(prepared: Prepared) {
  const { fields, customResultMapper, executeMethod } = prepared as Prepared & {
    fields?: Field[];
    customResultMapper?: unknown;
    executeMethod?: string;
  };
  if (!fields || customResultMapper || executeMethod !== "all" || fields.some((f) => f.path.length !== 1))
    return undefined;
  const names = fields.map((f) => f.path[0]!);
  const decoders = fields.map(({ field }) =>
    is(field, Column)
      ? field
      : is(field, SQL)
        ? decoderOf(field)
        : is(field, SQL.Aliased)
          ? decoderOf(field.sql)
          : null,
  );
  // A subquery field (or anything else): drizzle's own mapping.
  if (decoders.some((d) => d === null)) return undefined;
  return (result: D1Result<Record<string, unknown>>) =>
    result.results.map((row) => {
      const values = Object.values(row);
      const out: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) {
        const raw = values[i];
        out[names[i]!] = raw === null ? null : decoders[i]!.mapFromDriverValue(raw);
      }
      return out;
    });
}

/** The statement drizzle's D1 `batch()` expects of a builder (`_prepare()`), on the request's binding. */
function templated<R>(db: Db, template: Template, values: Record<string, unknown>): TemplateStatement<R> {
  const params = fillPlaceholders(template.params, values);
  const item: TemplateStatement<R> & { _prepare(): unknown } = {
    _: {} as { readonly dialect: "sqlite"; readonly result: R },
    _prepare: () => ({
      stmt: db.$client.prepare(template.sql),
      getQuery: () => ({ sql: template.sql, params }),
      mapResult: template.mapResult,
    }),
    then: (resolve, reject) =>
      db
        .batch([item])
        .then(([rows]) => rows as R)
        .then(resolve, reject),
  };
  return item;
}
