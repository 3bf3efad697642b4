/**
 * D1 binds at most 100 parameters per statement (Cloudflare D1 limits, "Maximum number of bound parameters
 * per query": 100); SQLite answers "too many SQL variables" past it. A list of ids bound into `IN (…)` from
 * JavaScript therefore goes in slices of at most D1_IN_LIST_MAX, which leaves room for the statement's other
 * parameters. (A list that is a subquery binds nothing per element: prefer that when the ids come from D1.)
 */
const D1_IN_LIST_MAX = 90;

/** `items` in consecutive slices of at most `size` (D1_IN_LIST_MAX by default), in order; none for none. */
export function inSlices<T>(items: readonly T[], size = D1_IN_LIST_MAX): T[][] {
  const slices: T[][] = [];
  for (let i = 0; i < items.length; i += size) slices.push(items.slice(i, i + size));
  return slices;
}
