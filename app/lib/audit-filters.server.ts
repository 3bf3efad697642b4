import { Temporal } from "temporal-polyfill";

/** The audit page's filters as the URL carries them (`?actorUserId=&action=&targetId=&from=&to=&page=`). */
const KEYS = ["actorUserId", "action", "targetId"] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The start of `day` in `timeZone` as an instant with its offset (`2026-12-01T00:00:00+01:00`). */
function dayStart(day: string, timeZone: string): string {
  return Temporal.PlainDate.from(day).toZonedDateTime(timeZone).toString({ timeZoneName: "never" });
}

/**
 * The `GET /api/orgs/current/audit` query for the page's URL: the person, action and object as given, the
 * days `from` and `to` (both included, `YYYY-MM-DD`) as the instants that start and end them in the org's
 * time zone (`to`: the start of the next day, exclusive). A malformed day is left out (the form only sends
 * real ones). `page` 1-based.
 */
export function auditQueryOf(url: URL, timeZone: string, page: number): Record<string, string> {
  const query: Record<string, string> = { page: String(page) };
  for (const key of KEYS) {
    const value = url.searchParams.get(key)?.trim();
    if (value) query[key] = value;
  }
  const from = url.searchParams.get("from") ?? "";
  const to = url.searchParams.get("to") ?? "";
  if (DAY.test(from)) query.from = dayStart(from, timeZone);
  if (DAY.test(to)) query.to = dayStart(Temporal.PlainDate.from(to).add({ days: 1 }).toString(), timeZone);
  return query;
}
