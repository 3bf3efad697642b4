import { and, asc, count, desc, eq, inArray, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client";
import type { ScopedDb } from "../db/scoped";
import { Conflict, Invalid, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import { nowIso } from "../lib/time";
import { apartments } from "../portfolio/schema";
import { listingPhotos, listingRooms, listings, type DocumentKind, type ListingStatus } from "./schema";

/**
 * Listings: draft → published → closed (and closed → published to relist). Every write also bumps the
 * search generation in the same batch, which versions the public search cache (docs/decisions/0003).
 */
export type ListingInput = {
  apartmentId: string;
  title: string;
  description: string;
  city: string;
  address: string;
  type: "studio" | "room" | "flat" | "house";
  chargesAmount: number;
  depositAmount: number;
  availableFrom: string;
  guarantorsRequired: number;
  requiredDocuments: DocumentKind[];
  rooms: { name: string; capacity: number; rentAmount: number }[];
  /** On edit: the photos to keep, in display order; the others are removed. */
  photoOrder?: string[];
};
export type ListingRow = typeof listings.$inferSelect;
export type RoomRow = typeof listingRooms.$inferSelect;

export const bumpSearchGeneration = (db: Db) =>
  db.run(sql`update search_generation set value = value + 1 where id = 1`);

function roomRows(orgId: string, listingId: string, rooms: ListingInput["rooms"]): RoomRow[] {
  return rooms.map((r, i) => ({
    id: newId(),
    orgId,
    listingId,
    name: r.name,
    capacity: r.capacity,
    rentAmount: r.rentAmount,
    filled: 0,
    position: i,
  }));
}

export async function createListing(s: ScopedDb, input: ListingInput) {
  const [apartment] = await s.select(apartments, eq(apartments.id, input.apartmentId));
  if (!apartment) throw new NotFound("Apartment");
  const now = nowIso();
  const id = newId();
  const { rooms, apartmentId, ...fields } = input;
  const row = {
    ...fields,
    id,
    orgId: s.scope.orgId,
    apartmentId,
    rentAmount: Math.min(...rooms.map((r) => r.rentAmount)),
    currency: apartment.currency,
    status: "draft" as ListingStatus,
    publishedAt: null,
    closedAt: null,
    createdBy: s.scope.userId,
    createdAt: now,
    updatedAt: now,
  };
  const roomsToInsert = roomRows(s.scope.orgId, id, rooms);
  await s.db.batch([
    s.db.insert(listings).values(row),
    s.db.insert(listingRooms).values(roomsToInsert),
    bumpSearchGeneration(s.db),
  ]);
  return { ...row, rooms: roomsToInsert };
}

export async function updateListing(
  s: ScopedDb,
  id: string,
  patch: Partial<ListingInput>,
): Promise<{ removedPhotoKeys: string[] }> {
  const { rooms, apartmentId: _, photoOrder, ...fields } = patch;
  const [current] = await s.select(listings, eq(listings.id, id));
  if (!current) throw new NotFound("Listing");
  const writes = [];
  if (rooms) {
    const [{ filled }] = (await s.db
      .select({ filled: sql<number>`coalesce(sum(${listingRooms.filled}), 0)` })
      .from(listingRooms)
      .where(eq(listingRooms.listingId, id))) as [{ filled: number }];
    if (filled > 0)
      throw new Conflict(
        "Places are already taken in this listing: its rooms can no longer be replaced",
        "rooms_taken",
      );
    writes.push(
      s.db.delete(listingRooms).where(and(eq(listingRooms.orgId, s.scope.orgId), eq(listingRooms.listingId, id))),
      s.db.insert(listingRooms).values(roomRows(s.scope.orgId, id, rooms)),
    );
  }
  let removedPhotoKeys: string[] = [];
  if (photoOrder) {
    const photos = await s.db
      .select({ id: listingPhotos.id, key: listingPhotos.r2Key })
      .from(listingPhotos)
      .where(and(eq(listingPhotos.orgId, s.scope.orgId), eq(listingPhotos.listingId, id)));
    const known = new Set(photos.map((p) => p.id));
    const unknown = photoOrder.filter((p) => !known.has(p));
    if (unknown.length)
      throw new Invalid("photoOrder names photos this listing does not have", [
        { path: "photoOrder", message: `unknown: ${unknown.join(", ")}` },
      ]);
    const removed = photos.filter((p) => !photoOrder.includes(p.id));
    removedPhotoKeys = removed.map((p) => p.key);
    if (removed.length)
      writes.push(
        s.db.delete(listingPhotos).where(
          and(
            eq(listingPhotos.orgId, s.scope.orgId),
            inArray(
              listingPhotos.id,
              removed.map((p) => p.id),
            ),
          ),
        ),
      );
    photoOrder.forEach((photoId, position) =>
      writes.push(
        s.db
          .update(listingPhotos)
          .set({ position })
          .where(and(eq(listingPhotos.orgId, s.scope.orgId), eq(listingPhotos.id, photoId))),
      ),
    );
  }
  const set = {
    ...fields,
    ...(rooms ? { rentAmount: Math.min(...rooms.map((r) => r.rentAmount)) } : {}),
    updatedAt: nowIso(),
  };
  await s.db.batch([s.update(listings, set, eq(listings.id, id)), ...writes, bumpSearchGeneration(s.db)]);
  return { removedPhotoKeys };
}

const TRANSITIONS: Record<"publish" | "close", ListingStatus[]> = {
  publish: ["draft", "closed"],
  close: ["published"],
};

/** One conditional UPDATE: an illegal transition (or a race lost) is a 409 naming the current status. */
export async function transitionListing(s: ScopedDb, id: string, action: "publish" | "close") {
  const now = nowIso();
  const set =
    action === "publish"
      ? { status: "published" as const, publishedAt: now, closedAt: null, updatedAt: now }
      : { status: "closed" as const, closedAt: now, updatedAt: now };
  const [[updated], [current]] = await s.db.batch([
    s.db
      .update(listings)
      .set(set)
      .where(and(eq(listings.orgId, s.scope.orgId), eq(listings.id, id), inArray(listings.status, TRANSITIONS[action])))
      .returning({ id: listings.id }),
    s.db
      .select({ status: listings.status })
      .from(listings)
      .where(and(eq(listings.orgId, s.scope.orgId), eq(listings.id, id))),
    bumpSearchGeneration(s.db),
  ]);
  if (!current) throw new NotFound("Listing");
  if (!updated) throw new AppConflict(current.status, action);
}

class AppConflict extends Conflict {
  constructor(status: ListingStatus, action: string) {
    super(`A ${status} listing cannot be ${action === "publish" ? "published" : "closed"}`, "illegal_transition");
  }
}

export function listingQueries(db: Db, where: SQL, id: string) {
  return [
    db
      .select()
      .from(listings)
      .where(and(eq(listings.id, id), where)),
    db.select().from(listingRooms).where(eq(listingRooms.listingId, id)).orderBy(listingRooms.position),
    db.select().from(listingPhotos).where(eq(listingPhotos.listingId, id)).orderBy(listingPhotos.position),
  ] as const;
}

export function orgListingsQueries(s: ScopedDb, page: { page: number; limit: number }) {
  return [
    s.db
      .select()
      .from(listings)
      .where(eq(listings.orgId, s.scope.orgId))
      .orderBy(desc(listings.updatedAt))
      .limit(page.limit)
      .offset((page.page - 1) * page.limit),
    s.count(listings),
  ] as const;
}

// ---------------------------------------------------------------- public search

export type SearchQuery = {
  city?: string;
  priceMax?: number;
  type?: ListingInput["type"];
  availableFrom?: string;
  q?: string;
  sort: "price_asc" | "price_desc" | "newest";
  page: number;
  limit: number;
};

/** Free text for FTS5: each word a quoted prefix term, so user input is never FTS syntax. */
export function ftsQuery(q: string): string {
  const words = q
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  if (!words.length) throw new Invalid("The search text has no words", [{ path: "q", message: "no words" }]);
  return words.map((w) => `"${w}"*`).join(" ");
}

export function searchWhere(q: SearchQuery): SQL {
  const parts: SQL[] = [eq(listings.status, "published")];
  if (q.city) parts.push(sql`${listings.city} = ${q.city} collate nocase`);
  if (q.priceMax !== undefined) parts.push(lte(listings.rentAmount, q.priceMax));
  if (q.type) parts.push(eq(listings.type, q.type));
  if (q.availableFrom) parts.push(lte(listings.availableFrom, q.availableFrom));
  if (q.q)
    parts.push(sql`${listings}.rowid in (select rowid from listings_fts where listings_fts match ${ftsQuery(q.q)})`);
  return and(...parts)!;
}

export function searchQueries(db: Db, q: SearchQuery) {
  const where = searchWhere(q);
  const order =
    q.sort === "price_asc"
      ? [asc(listings.rentAmount), desc(listings.publishedAt)]
      : q.sort === "price_desc"
        ? [desc(listings.rentAmount), desc(listings.publishedAt)]
        : [desc(listings.publishedAt)];
  return [
    db
      .select({
        id: listings.id,
        title: listings.title,
        city: listings.city,
        type: listings.type,
        rentAmount: listings.rentAmount,
        chargesAmount: listings.chargesAmount,
        currency: listings.currency,
        availableFrom: listings.availableFrom,
        publishedAt: listings.publishedAt,
        // Spelled out: drizzle leaves a single-table column unqualified inside raw SQL, which would bind to p.
        photo: sql<
          string | null
        >`(select p.id from listing_photos p where p.listing_id = "listings"."id" order by p.position limit 1)`.as(
          "photo",
        ),
      })
      .from(listings)
      .where(where)
      .orderBy(...order)
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ total: count() }).from(listings).where(where),
  ] as const;
}

export const generationQuery = (db: Db) =>
  db
    .select({ value: sql<number>`value` })
    .from(sql`search_generation`)
    .where(sql`id = 1`);
