import { and, asc, desc, eq, getTableColumns, gte, inArray, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { OrgReader } from "../db/scoped";
import { addDays, periodBounds, periodOf, todayIn, type Period } from "../lib/calendar";
import type { PageQuery } from "../lib/pagination";
import { leases } from "../leases/schema";
import { maintenanceCosts, maintenanceRequests, vendors } from "../maintenance/schema";
import { orgs } from "../orgs/schema";
import { apartments, properties, propertyZone } from "../portfolio/schema";
import { ledgerEntries } from "../rent/schema";
import { activities } from "../rooms/schema";
import { expenses } from "./schema";
import { monthsEnding } from "./months";

/**
 * Expense and statement reads, as statements to put in the caller's access-check batch (`readOrg`), so each
 * GET is one D1 round trip. Every statement filters on the caller's org (the handle) and, for the
 * statement, on one property.
 */

/** One expense of the org, by id (to check it exists before a receipt is attached or served). */
export function expenseById(s: OrgReader, id: string) {
  return s.select(expenses, eq(expenses.id, id)).limit(1);
}

/**
 * What `PATCH /expenses/{id}` reads in its access batch: the expense with its property's time zone (for the
 * day incurred), the apartment asked for with its property (to match the expense's), the vendor asked for.
 * Ids not given match no row.
 */
export function expenseEditReads(
  s: OrgReader,
  id: string,
  input: { apartmentId?: string | null; vendorId?: string | null },
) {
  return [
    s
      .selectFields({ expense: getTableColumns(expenses), timezone: propertyZone() }, expenses, eq(expenses.id, id))
      .innerJoin(properties, eq(properties.id, expenses.propertyId))
      .limit(1),
    s.selectFields({ propertyId: apartments.propertyId }, apartments, eq(apartments.id, input.apartmentId ?? "")),
    s.selectFields({ id: vendors.id }, vendors, eq(vendors.id, input.vendorId ?? "")),
  ] as const;
}

/** The property (its name and address) with the org's currency, time zone and language. */
export function propertyWithOrg(s: OrgReader, propertyId: string) {
  return s
    .selectFields(
      {
        id: properties.id,
        orgId: properties.orgId,
        name: properties.name,
        street: sql<string>`${properties.address}`.as("street"),
        postalCode: sql<string>`${properties.postalCode}`.as("property_postal_code"),
        city: sql<string>`${properties.city}`.as("property_city"),
        currency: orgs.currency,
        timezone: propertyZone(),
        locale: orgs.locale,
        orgName: sql<string>`coalesce(${orgs.legalName}, ${orgs.name})`.as("org_name"),
      },
      properties,
      eq(properties.id, propertyId),
    )
    .innerJoin(orgs, eq(orgs.id, properties.orgId));
}

/** The apartment `apartmentId` if it belongs to `propertyId` (for the 422 of a mismatched pair). */
function apartmentOfProperty(s: OrgReader, propertyId: string, apartmentId: string) {
  return s.selectFields(
    { id: apartments.id },
    apartments,
    and(eq(apartments.id, apartmentId), eq(apartments.propertyId, propertyId)),
  );
}

/**
 * What `POST /expenses` checks, besides the property: the apartment (on the property), the vendor (the org's)
 * and the maintenance request (the org's: its apartment's property, its apartment and vendor, and the sum of
 * its logged costs in the org's currency). Missing ids match no row.
 */
export function expenseChecks(
  s: OrgReader,
  input: { propertyId: string; apartmentId?: string; vendorId?: string; maintenanceRequestId?: string },
) {
  const requestId = input.maintenanceRequestId ?? "";
  return [
    apartmentOfProperty(s, input.propertyId, input.apartmentId ?? ""),
    s.selectFields({ id: vendors.id }, vendors, eq(vendors.id, input.vendorId ?? "")),
    s
      .selectFields(
        {
          id: maintenanceRequests.id,
          apartmentId: maintenanceRequests.apartmentId,
          vendorId: maintenanceRequests.vendorId,
          propertyId: apartments.propertyId,
          costs:
            sql<number>`coalesce((select sum(mc.amount) from ${maintenanceCosts} mc where mc.request_id = ${maintenanceRequests.id} and mc.org_id = ${maintenanceRequests.orgId} and mc.currency = (select o.currency from ${orgs} o where o.id = ${maintenanceRequests.orgId})), 0)`.as(
              "costs",
            ),
        },
        maintenanceRequests,
        eq(maintenanceRequests.id, requestId),
      )
      .innerJoin(
        apartments,
        and(eq(apartments.id, maintenanceRequests.apartmentId), eq(apartments.orgId, maintenanceRequests.orgId)),
      ),
  ] as const;
}

/** The apartments of the org's property, by unit. */
export function apartmentsOf(s: OrgReader, propertyId: string) {
  return s
    .selectFields(
      { id: apartments.id, unitNumber: apartments.unitNumber },
      apartments,
      eq(apartments.propertyId, propertyId),
    )
    .orderBy(asc(apartments.unitNumber));
}

/** The org's vendors by name (what the expense form offers; `GET /vendors` lists the same). */
export function vendorsOf(s: OrgReader) {
  return s
    .selectFields({ id: vendors.id, name: vendors.name, trade: vendors.trade }, vendors)
    .orderBy(asc(vendors.name), asc(vendors.id));
}

/**
 * `GET /expenses`: a page of the org's expenses, newest day first, filtered, each with its vendor's name and
 * its maintenance request's title (left joins on the org's own rows: null when none); then their count.
 */
export function expenseListQueries(
  s: OrgReader,
  filter: { propertyId?: string; from?: string; to?: string },
  page: PageQuery,
) {
  const where = and(
    filter.propertyId ? eq(expenses.propertyId, filter.propertyId) : undefined,
    filter.from ? gte(expenses.incurredOn, filter.from) : undefined,
    filter.to ? lte(expenses.incurredOn, filter.to) : undefined,
  );
  return [
    s
      .selectFields(
        {
          ...getTableColumns(expenses),
          vendorName: sql<string | null>`${vendors.name}`.as("vendor_name"),
          maintenanceRequestTitle: sql<string | null>`${maintenanceRequests.title}`.as("request_title"),
        },
        expenses,
        where,
      )
      .leftJoin(vendors, and(eq(vendors.id, expenses.vendorId), eq(vendors.orgId, expenses.orgId)))
      .leftJoin(
        maintenanceRequests,
        and(eq(maintenanceRequests.id, expenses.maintenanceRequestId), eq(maintenanceRequests.orgId, expenses.orgId)),
      )
      .orderBy(desc(expenses.incurredOn), desc(expenses.createdAt), desc(expenses.id))
      .limit(page.limit)
      .offset((page.page - 1) * page.limit),
    s.count(expenses, where),
  ] as const;
}

/** The days a statement window reads: `[first day of the first month, last day of the last month]`. */
function windowOf(first: Period, last: Period): [string, string] {
  return [periodBounds(first)[0], periodBounds(last)[1]];
}

/**
 * Payment and refund entries on the leases of the property's apartments that may fall in `[from, to]`: by
 * the day the money was received when the entry comes from a payment activity that carries it
 * (`received_on`), else by when the entry was written (`created_at`, UTC: a day either side, the caller keeps
 * those whose day in the org's time zone falls inside).
 */
export function moneyInQuery(s: OrgReader, propertyId: string, [from, to]: [string, string]) {
  const act = alias(activities, "act");
  const written = and(
    isNull(act.receivedOn),
    gte(ledgerEntries.createdAt, addDays(from, -1)),
    sql`${ledgerEntries.createdAt} < ${addDays(to, 2)}`,
  ) as SQL;
  return s
    .selectFields(
      {
        id: ledgerEntries.id,
        kind: ledgerEntries.kind,
        amount: ledgerEntries.amount,
        currency: ledgerEntries.currency,
        period: ledgerEntries.period,
        createdAt: ledgerEntries.createdAt,
        leaseId: ledgerEntries.leaseId,
        receivedOn: act.receivedOn,
        method: act.method,
        unitNumber: apartments.unitNumber,
      },
      ledgerEntries,
      and(
        inArray(ledgerEntries.kind, ["payment", "refund"]),
        eq(apartments.propertyId, propertyId),
        or(and(gte(act.receivedOn, from), lte(act.receivedOn, to)), written),
      ),
    )
    .innerJoin(leases, and(eq(leases.id, ledgerEntries.leaseId), eq(leases.orgId, ledgerEntries.orgId)))
    .innerJoin(apartments, and(eq(apartments.id, leases.apartmentId), eq(apartments.orgId, leases.orgId)))
    .leftJoin(
      act,
      and(
        eq(act.id, sql`substr(${ledgerEntries.sourceRef}, 10)`),
        eq(act.orgId, ledgerEntries.orgId),
        sql`substr(${ledgerEntries.sourceRef}, 1, 9) = 'activity:'`,
      ),
    )
    .orderBy(asc(ledgerEntries.createdAt), asc(ledgerEntries.id));
}

/** The property's expenses incurred in `[from, to]`, with their apartment's unit number. */
export function moneyOutQuery(s: OrgReader, propertyId: string, [from, to]: [string, string]) {
  return s
    .selectFields(
      {
        id: expenses.id,
        category: expenses.category,
        amount: expenses.amount,
        currency: expenses.currency,
        incurredOn: expenses.incurredOn,
        note: expenses.note,
        unitNumber: apartments.unitNumber,
        vendorName: sql<string | null>`${vendors.name}`.as("vendor_name"),
      },
      expenses,
      and(eq(expenses.propertyId, propertyId), gte(expenses.incurredOn, from), lte(expenses.incurredOn, to)),
    )
    .leftJoin(apartments, and(eq(apartments.id, expenses.apartmentId), eq(apartments.orgId, expenses.orgId)))
    .leftJoin(vendors, and(eq(vendors.id, expenses.vendorId), eq(vendors.orgId, expenses.orgId)))
    .orderBy(asc(expenses.incurredOn), asc(expenses.createdAt), asc(expenses.id));
}

/**
 * The reads of a statement of `month` (default: the newest month any time zone has reached, so the org's
 * own current month is inside) with its 12-month series: the property with the org, money in, money out.
 */
export function statementReads(s: OrgReader, propertyId: string, month: Period | undefined) {
  const last = month ?? periodOf(todayIn("Pacific/Kiritimati"));
  const months = monthsEnding(last, month ? 12 : 13);
  const window = windowOf(months[0]!, last);
  return [
    propertyWithOrg(s, propertyId),
    moneyInQuery(s, propertyId, window),
    moneyOutQuery(s, propertyId, window),
  ] as const;
}
