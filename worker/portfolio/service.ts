import { and, asc, eq, getTableColumns, sql } from "drizzle-orm";
import { roomChatCounts, roomReads } from "../rooms/schema";
import type { ScopedDb } from "../db/scoped";
import { Conflict, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import type { PageQuery } from "../lib/pagination";
import { nowIso } from "../lib/time";
import { apartments, properties } from "./schema";

export type PropertyInput = { name: string; address: string; city: string; postalCode: string; country: string };
export type ApartmentInput = {
  propertyId: string;
  unitNumber: string;
  roomsCount: number;
  rentAmount: number;
  currency: string;
};

export type Property = typeof properties.$inferSelect;
export type Apartment = typeof apartments.$inferSelect;

// ---------------------------------------------------------------- reads (statements for one batch)

export function propertyPageQueries(s: ScopedDb, page: PageQuery) {
  // Unread chat for the caller across the property's apartments (the dashboard shows it per property).
  // The outer columns are spelled out: drizzle leaves single-table columns unqualified, ambiguous here.
  const unread = sql<number>`(select coalesce(sum(max(0, c.messages - coalesce(r.read_messages, 0))), 0)
    from ${apartments} a join ${roomChatCounts} c on c.apartment_id = a.id
    left join ${roomReads} r on r.apartment_id = a.id and r.user_id = ${s.scope.userId}
    where a.org_id = "properties"."org_id" and a.property_id = "properties"."id")`;
  return [
    s.db
      .select({ ...getTableColumns(properties), unread })
      .from(properties)
      .where(s.inOrg(properties))
      .orderBy(asc(properties.name), asc(properties.id))
      .limit(page.limit)
      .offset((page.page - 1) * page.limit),
    s.count(properties),
  ] as const;
}

export function propertyQuery(s: ScopedDb, id: string) {
  return s.select(properties, eq(properties.id, id));
}

export function apartmentPageQueries(s: ScopedDb, page: PageQuery, propertyId?: string) {
  const where = propertyId ? eq(apartments.propertyId, propertyId) : undefined;
  return [
    s.db
      .select({
        ...getTableColumns(apartments),
        unread: sql<number>`max(0, coalesce(${roomChatCounts.messages}, 0) - coalesce(${roomReads.readMessages}, 0))`,
      })
      .from(apartments)
      .leftJoin(roomChatCounts, eq(roomChatCounts.apartmentId, apartments.id))
      .leftJoin(roomReads, and(eq(roomReads.apartmentId, apartments.id), eq(roomReads.userId, s.scope.userId)))
      .where(s.inOrg(apartments, where))
      .orderBy(asc(apartments.propertyId), asc(apartments.unitNumber), asc(apartments.id))
      .limit(page.limit)
      .offset((page.page - 1) * page.limit),
    s.count(apartments, where),
  ] as const;
}

export function apartmentQuery(s: ScopedDb, id: string) {
  return s.select(apartments, eq(apartments.id, id));
}

// ---------------------------------------------------------------- writes

export async function createProperty(s: ScopedDb, input: PropertyInput): Promise<Property> {
  const now = nowIso();
  const [row] = await s.insert(properties, { id: newId(), ...input, createdAt: now, updatedAt: now }).returning();
  return row!;
}

export async function updateProperty(s: ScopedDb, id: string, input: Partial<PropertyInput>): Promise<Property> {
  const [row] = await s.update(properties, { ...input, updatedAt: nowIso() }, eq(properties.id, id)).returning();
  if (!row) throw new NotFound("Property");
  return row;
}

/** Deleting a property deletes its apartments (cascade): the UI asks for confirmation first. */
export async function deleteProperty(s: ScopedDb, id: string): Promise<void> {
  const [row] = await s.delete(properties, eq(properties.id, id)).returning({ id: properties.id });
  if (!row) throw new NotFound("Property");
}

function uniqueUnit<T>(promise: Promise<T>, unitNumber: string | undefined): Promise<T> {
  return promise.catch((error: unknown) => {
    if (String((error as Error).cause ?? error).includes("UNIQUE constraint failed")) {
      throw new Conflict(`Unit ${unitNumber ?? ""} already exists in this property`, "unit_taken");
    }
    throw error;
  });
}

export async function createApartment(s: ScopedDb, input: ApartmentInput): Promise<Apartment> {
  const now = nowIso();
  const id = newId();
  // A property of another org is invisible through the scope: 404, as if it did not exist.
  const [property] = await s.select(properties, eq(properties.id, input.propertyId));
  if (!property) throw new NotFound("Property");
  const [row] = await uniqueUnit(
    s.insert(apartments, { id, ...input, createdAt: now, updatedAt: now }).returning(),
    input.unitNumber,
  );
  return row!;
}

export async function updateApartment(s: ScopedDb, id: string, input: Partial<ApartmentInput>): Promise<Apartment> {
  if (input.propertyId) {
    const [property] = await s.select(properties, eq(properties.id, input.propertyId));
    if (!property) throw new NotFound("Property");
  }
  const [row] = await uniqueUnit(
    s.update(apartments, { ...input, updatedAt: nowIso() }, eq(apartments.id, id)).returning(),
    input.unitNumber,
  );
  if (!row) throw new NotFound("Apartment");
  return row;
}

export async function deleteApartment(s: ScopedDb, id: string): Promise<void> {
  const [row] = await s.delete(apartments, eq(apartments.id, id)).returning({ id: apartments.id });
  if (!row) throw new NotFound("Apartment");
}
