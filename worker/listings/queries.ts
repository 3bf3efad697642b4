import { and, desc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../db/client";
import type { OrgReader } from "../db/scoped";
import { apartments } from "../portfolio/schema";
import { listingPhotos, listingPlaces, listings } from "./schema";
import { similarToClosedQuery } from "./search";

/** The listings' reads, each a list of statements for one batch (one round trip per page or endpoint). */

/** One of the org's listings with its places and photos (for the org's read batch). */
export function listingQueries(s: OrgReader, id: string) {
  return [
    s.select(listings, eq(listings.id, id)),
    s.select(listingPlaces, eq(listingPlaces.listingId, id)).orderBy(listingPlaces.position),
    s.select(listingPhotos, eq(listingPhotos.listingId, id)).orderBy(listingPhotos.position),
  ] as const;
}

/**
 * A published, closed or taken-down listing (never a draft) with its places, photos, its apartment's number of rooms
 * (pièces) and, when it is closed, up to 4 similar published listings (`similarToClosedQuery`), for anyone.
 */
export function publicListingQueries(db: Db, id: string) {
  return [
    db
      .select()
      .from(listings)
      .where(
        and(
          eq(listings.id, id),
          or(
            inArray(listings.status, ["published", "closed"]),
            // Taken down after it was public: gone like a closed one; a draft taken down stays unknown (404).
            and(eq(listings.status, "taken_down"), inArray(listings.statusBeforeTakedown, ["published", "closed"])),
          ),
        ),
      ),
    db.select().from(listingPlaces).where(eq(listingPlaces.listingId, id)).orderBy(listingPlaces.position),
    db.select().from(listingPhotos).where(eq(listingPhotos.listingId, id)).orderBy(listingPhotos.position),
    db
      .select({ roomsCount: apartments.roomsCount })
      .from(listings)
      .innerJoin(apartments, eq(apartments.id, listings.apartmentId))
      .where(eq(listings.id, id)),
    similarToClosedQuery(db, id),
  ] as const;
}

/** A page of the org's listings, newest change first, and their count. */
export function orgListingsQueries(s: OrgReader, page: { page: number; limit: number }) {
  return [
    s
      .select(listings)
      .orderBy(desc(listings.updatedAt))
      .limit(page.limit)
      .offset((page.page - 1) * page.limit),
    s.count(listings),
  ] as const;
}
