import { Column, getTableName, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { orgs } from "../orgs/schema";
import { apartments, properties } from "./schema";

/**
 * THE time zone of an apartment (issue 13 §4: a renter abroad sees the apartment's time): its property's
 * `timezone` (IANA, migration 0034), else its org's. Every date or time of a place — rent due dates and
 * "today" for charges and reminders, the renter's home, maintenance visits, lease dates, receipts — reads it
 * through one of these two SQL expressions, aliased `place_timezone` (D1 collapses duplicate column names).
 */

/** The zone where `properties` is in the FROM clause (joined): the property's own, else its org's. */
export function propertyZone(): SQL.Aliased<string> {
  return sql<string>`coalesce(${properties.timezone}, (select zo.timezone from ${orgs} zo where zo.id = ${properties.orgId}))`.as(
    "place_timezone",
  );
}

/** The zone of the apartment whose id is `apartmentId` (a column of the outer query, e.g. `leases.apartmentId`). */
export function apartmentZone(column: AnyColumn | SQL): SQL.Aliased<string> {
  // A single-table select renders its columns unqualified ("id"): qualify it, or the subquery's own tables
  // would take it (an ambiguous `id`).
  const apartmentId = column instanceof Column ? sql.raw(`"${getTableName(column.table)}"."${column.name}"`) : column;
  return sql<string>`(select coalesce(zp.timezone, zo.timezone) from ${apartments} za join ${properties} zp on zp.id = za.property_id join ${orgs} zo on zo.id = za.org_id where za.id = ${apartmentId})`.as(
    "place_timezone",
  );
}
