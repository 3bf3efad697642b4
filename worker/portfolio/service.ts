import { and, asc, eq, getTableColumns, sql, type Placeholder, type SQLWrapper } from "drizzle-orm";
import type { Db } from "../db/client";
import { scopedTo, type OrgReader, type ScopedDb, type ScopedHandle } from "../db/scoped";
import { statementTemplate } from "../db/template";
import { isUniqueViolation } from "../db/errors";
import { isValidPostcode } from "../lib/countries";
import { Conflict, Invalid, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import type { PageQuery } from "../lib/pagination";
import { nowIso } from "../lib/time";
import { orgs } from "../orgs/schema";
import { roomChatCounts, roomReads } from "../rooms/schema";
import type { ApartmentInput, ApartmentPatch, PropertyInput, PropertyPatch } from "./contract";
import { apartments, properties } from "./schema";

/**
 * The portfolio: an org's properties (buildings) and their apartments. Everything goes through the caller's
 * scoped handle, so another org's ids match nothing (404). Money is integer minor units plus a currency.
 */

export type Property = typeof properties.$inferSelect;
export type Apartment = typeof apartments.$inferSelect;

// ---------------------------------------------------------------- reads (statements for one batch)

/**
 * Unread chat for the caller in an apartment: the room's message count minus what they have read. Needs the
 * apartment's chat count and the caller's read mark left-joined (`chatOf`, `readsOf`): a room may have no chat.
 */
const unread = sql<number>`max(0, coalesce(${roomChatCounts.messages}, 0) - coalesce(${roomReads.readMessages}, 0))`;
const chatOf = eq(roomChatCounts.apartmentId, apartments.id);
const readsOf = (userId: string | SQLWrapper) =>
  and(eq(roomReads.apartmentId, apartments.id), eq(roomReads.userId, userId));

/** A page of the org's properties by name, each with the caller's unread chat across its apartments; and the total. */
export function propertyPageQueries(s: OrgReader, page: PageQuery) {
  // A correlated subquery over the outer property's apartments.
  const perProperty = s
    .selectFields(
      { unread: sql<number>`coalesce(sum(${unread}), 0)` },
      apartments,
      eq(apartments.propertyId, properties.id),
    )
    .leftJoin(roomChatCounts, chatOf)
    .leftJoin(roomReads, readsOf(s.scope.userId));
  return [
    s
      .selectFields({ ...getTableColumns(properties), unread: sql<number>`(${perProperty})` }, properties)
      .orderBy(asc(properties.name), asc(properties.id))
      .limit(page.limit)
      .offset((page.page - 1) * page.limit),
    s.count(properties),
  ] as const;
}

/** One property (empty when it is not the org's). */
export function propertyQuery(s: OrgReader, id: string) {
  return s.select(properties, eq(properties.id, id));
}

/**
 * The apartments page's two statements (rows, total) as drizzle builds them, on an org handle; `userId` (whose
 * unread chat), `limit`, `offset` and `propertyId` are the templates' placeholders below.
 */
function apartmentPageBuilders(
  s: ScopedHandle,
  p: { userId: Placeholder; limit: Placeholder; offset: Placeholder; propertyId?: Placeholder },
) {
  const where = p.propertyId !== undefined ? eq(apartments.propertyId, p.propertyId) : undefined;
  return [
    s
      .selectFields({ ...getTableColumns(apartments), unread }, apartments, where)
      .leftJoin(roomChatCounts, chatOf)
      .leftJoin(roomReads, readsOf(p.userId))
      .orderBy(asc(apartments.propertyId), asc(apartments.unitNumber), asc(apartments.id))
      .limit(p.limit)
      .offset(p.offset),
    s.count(apartments, where),
  ] as const;
}

/** The org handle a template builds on: scoped to its `orgId` placeholder (`fromTemplate` fills the handle's). */
const templateHandle = (db: Db, orgId: Placeholder) => scopedTo(db, { orgId: sql<string>`${orgId}` });

// The apartments list is the API's most read page (issue 17 §2): its statements are built once per isolate
// (db/template.ts), one pair of templates per shape (all apartments, one property's).
const PAGE = ["orgId", "userId", "limit", "offset"] as const;
const allApartments = statementTemplate(PAGE, (db, p) => apartmentPageBuilders(templateHandle(db, p.orgId), p)[0]);
const allApartmentsCount = statementTemplate(PAGE, (db, p) => apartmentPageBuilders(templateHandle(db, p.orgId), p)[1]);
const PROPERTY_PAGE = [...PAGE, "propertyId"] as const;
const propertyApartments = statementTemplate(
  PROPERTY_PAGE,
  (db, p) => apartmentPageBuilders(templateHandle(db, p.orgId), p)[0],
);
const propertyApartmentsCount = statementTemplate(
  PROPERTY_PAGE,
  (db, p) => apartmentPageBuilders(templateHandle(db, p.orgId), p)[1],
);

/** A page of the org's apartments (of one property, if given), each with the caller's unread chat; and the total. */
export function apartmentPageQueries(s: OrgReader, page: PageQuery, propertyId?: string) {
  const values = { userId: s.scope.userId, limit: page.limit, offset: (page.page - 1) * page.limit };
  return propertyId === undefined
    ? ([s.fromTemplate(allApartments, values), s.fromTemplate(allApartmentsCount, values)] as const)
    : ([
        s.fromTemplate(propertyApartments, { ...values, propertyId }),
        s.fromTemplate(propertyApartmentsCount, { ...values, propertyId }),
      ] as const);
}

/** One apartment (empty when it is not the org's). */
export function apartmentQuery(s: OrgReader, id: string) {
  return s.select(apartments, eq(apartments.id, id));
}

// ---------------------------------------------------------------- writes

/** Adds a property to the org. */
export async function createProperty(s: ScopedDb, input: PropertyInput): Promise<Property> {
  checkPostcode(input);
  const now = nowIso();
  const [row] = await s.insert(properties, { id: newId(), ...input, createdAt: now, updatedAt: now }).returning();
  return row!;
}

/** 400 `invalid_postcode` when a French address's postcode is not 5 digits (La Poste; `isValidPostcode`). */
function checkPostcode(place: { postalCode: string; country: string }) {
  if (isValidPostcode(place.postalCode, place.country)) return;
  const message = "A French postcode has 5 digits";
  throw new Invalid(`postalCode: ${message}`, [{ path: "postalCode", message }], "invalid_postcode");
}

/**
 * Changes the given fields of a property. 404 when it is not the org's; 400 `invalid_postcode` when the
 * address as it will be (a new postcode, or a new country for the stored one) is French without 5 digits.
 */
export async function updateProperty(s: ScopedDb, id: string, input: PropertyPatch): Promise<Property> {
  if (input.postalCode !== undefined || input.country !== undefined) {
    const [current] = await s.select(properties, eq(properties.id, id));
    if (!current) throw new NotFound("Property");
    checkPostcode({ postalCode: input.postalCode ?? current.postalCode, country: input.country ?? current.country });
  }
  const [row] = await s.update(properties, { ...input, updatedAt: nowIso() }, eq(properties.id, id)).returning();
  if (!row) throw new NotFound("Property");
  return row;
}

/** 409 `unit_taken` when the write hit the unique unit number per property. */
function uniqueUnit<T>(promise: Promise<T>, unitNumber: string | undefined): Promise<T> {
  return promise.catch((error: unknown) => {
    if (!isUniqueViolation(error, "apartments.unit_number")) throw error;
    throw new Conflict(`Unit ${unitNumber ?? ""} already exists in this property`, "unit_taken");
  });
}

/**
 * 404 `Property` when `propertyId` is not one of the org's properties (another org's looks missing); else the
 * org's currency (its settings), read in the same statement.
 */
async function requireProperty(s: ScopedDb, propertyId: string): Promise<{ orgCurrency: string }> {
  const orgCurrency = sql<string>`(select ${orgs.currency} from ${orgs} where ${orgs.id} = ${properties.orgId})`;
  const [property] = await s.selectFields(
    { orgCurrency: orgCurrency.as("org_currency") },
    properties,
    eq(properties.id, propertyId),
  );
  if (!property) throw new NotFound("Property");
  return property;
}

/**
 * Adds an apartment to one of the org's properties, priced in `input.currency` or, without one, in the org's
 * currency (its settings; read in the insert itself). 404 unknown property; 409 `unit_taken`.
 */
export async function createApartment(s: ScopedDb, input: ApartmentInput): Promise<Apartment> {
  const now = nowIso();
  const { orgCurrency } = await requireProperty(s, input.propertyId);
  const currency = input.currency ?? orgCurrency;
  const [row] = await uniqueUnit(
    s.insert(apartments, { id: newId(), ...input, currency, createdAt: now, updatedAt: now }).returning(),
    input.unitNumber,
  );
  return row!;
}

/**
 * An apartment's currency may change only while nothing is priced in it yet: no lease (its ledger, current or
 * past, is in that currency) and no listing (an ad copies it). In SQL, for the guarded UPDATE: another
 * request adding a lease at the same moment cannot slip under a change.
 */
const currencyFree = (currency: string) =>
  sql`(${apartments.currency} = ${currency} or (not exists (select 1 from leases where leases.apartment_id = ${apartments.id}) and not exists (select 1 from listings where listings.apartment_id = ${apartments.id})))`;

/**
 * Changes the given fields of an apartment (it may move to another of the org's properties). 404; 409
 * `unit_taken`; 409 `currency_locked` when `currency` changes while a lease or a listing is priced in the old
 * one (nothing is written).
 */
export async function updateApartment(s: ScopedDb, id: string, input: ApartmentPatch): Promise<Apartment> {
  if (input.propertyId) await requireProperty(s, input.propertyId);
  const where = input.currency ? and(eq(apartments.id, id), currencyFree(input.currency))! : eq(apartments.id, id);
  const [row] = await uniqueUnit(
    s.update(apartments, { ...input, updatedAt: nowIso() }, where).returning(),
    input.unitNumber,
  );
  if (row) return row;
  const [exists] = await s.select(apartments, eq(apartments.id, id));
  if (!exists) throw new NotFound("Apartment");
  throw new Conflict("The apartment's currency cannot change: a lease or a listing is priced in it", "currency_locked");
}
