import { drizzle } from "drizzle-orm/d1";
import { requireDistinctColumns } from "./distinct-columns";

export type RoundTrips = { count: number };

/**
 * Wraps the D1 binding so every round trip (a statement run on its own, or one `batch()`) is counted.
 * Tests read the count from the `x-d1-round-trips` response header to hold reads to one trip.
 */
export function countRoundTrips(d1: D1Database, trips: RoundTrips): D1Database {
  const track = (stmt: D1PreparedStatement): D1PreparedStatement => {
    const bind = stmt.bind.bind(stmt);
    for (const method of ["first", "all", "run", "raw"] as const) {
      const original = (stmt[method] as (...args: unknown[]) => Promise<unknown>).bind(stmt);
      Object.assign(stmt, {
        [method]: (...args: unknown[]) => {
          trips.count++;
          return original(...args);
        },
      });
    }
    Object.assign(stmt, { bind: (...values: unknown[]) => track(bind(...values)) });
    return stmt;
  };
  return {
    prepare: (query: string) => track(d1.prepare(query)),
    batch: <T>(statements: D1PreparedStatement[]) => {
      trips.count++;
      return d1.batch<T>(statements);
    },
    exec: (query: string) => {
      trips.count++;
      return d1.exec(query);
    },
    dump: () => d1.dump(),
    withSession: (constraint?: string) => d1.withSession(constraint),
  };
}

/**
 * The drizzle client over a D1 binding. No schema is registered: every query names its tables through the
 * query builder (no relational `db.query.*`), so the client, and db/, depend on no feature. Every
 * `batch()` first checks that no statement selects two columns with the same SQL name (./distinct-columns:
 * D1 would collapse them and drizzle shift the values).
 */
export function createDb(d1: D1Database) {
  const db = drizzle(d1);
  const batch = db.batch.bind(db);
  const guarded: typeof db.batch = (statements) => {
    requireDistinctColumns(statements);
    return batch(statements);
  };
  return Object.assign(db, { batch: guarded });
}

export type Db = ReturnType<typeof createDb>;
