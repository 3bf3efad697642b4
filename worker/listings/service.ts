import { and, eq, inArray, sql } from "drizzle-orm";
import type { ScopedDb } from "../db/scoped";
import { AppError, Conflict, Forbidden, Invalid, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import { nowIso } from "../lib/time";
import { applications } from "../applications/schema";
import { apartments } from "../portfolio/schema";
import type { ListingInput, ListingPatch, ListingView } from "./contract";
import { listingPhotos, listingPlaces, listings, type ListingStatus } from "./schema";
import { adFieldsOf, adOf, assertAdPublishable, checkEnergyCosts, checkPublishedAd, frenchAdGuard } from "./french-ads";
import { searchColumns } from "./search-text";
import { decide, TRANSITIONS, type ListingAction } from "./state";

/**
 * Listings: draft → published → closed (and closed → published to relist), see ./state.ts. Writes go
 * through the org handle `s` (org-scoped, org-stamped); the search generation that versions the public search
 * cache follows every write to a published listing by migration 0046's triggers (docs/decisions/0003).
 */
type ListingRow = typeof listings.$inferSelect;
type PlaceRow = typeof listingPlaces.$inferSelect;
type PlaceInput = ListingInput["rooms"][number];

/** A listing row as the API shows it: no org, author or creation time, nor the search columns. */
export function shownListing(listing: ListingRow) {
  const { orgId: _, createdBy: __, createdAt: ___, cityKey: ____, searchText: _____, ...shown } = listing;
  return shown;
}

/** What a listing shows (`shownListing`); places without their keys; photo links. */
export function toView(listing: ListingRow, places: PlaceRow[], photos: { id: string }[] = []): ListingView {
  return {
    ...shownListing(listing),
    rooms: places.map(({ orgId: _o, listingId: _l, ...p }) => p),
    photos: photos.map((p) => ({
      id: p.id,
      url: photoUrl(listing.id, p.id),
      thumbUrl: `${photoUrl(listing.id, p.id)}?size=thumb`,
    })),
  };
}

/** The public URL of a listing photo (answers only while the listing is published). */
export const photoUrl = (listingId: string, photoId: string) => `/api/public/listings/${listingId}/photos/${photoId}`;

/** The cheapest place's rent: what search filters and sorts on. */
const lowestRent = (places: PlaceInput[]) => Math.min(...places.map((p) => p.rentAmount));

function placeInserts(s: ScopedDb, listingId: string, places: PlaceInput[]) {
  const rows = places.map((p, position) => ({ id: newId(), listingId, ...p, filled: 0, position }));
  return { rows, statements: rows.map((row) => s.insert(listingPlaces, row)) };
}

/**
 * Creates a draft for one of the org's apartments (404 for another org's), in the apartment's currency.
 * Answers the listing with its places.
 */
export async function createListing(s: ScopedDb, input: ListingInput) {
  const [apartment] = await s.select(apartments, eq(apartments.id, input.apartmentId));
  if (!apartment) throw new NotFound("Apartment");
  checkEnergyCosts(input);
  const now = nowIso();
  const { rooms, ...fields } = input;
  const row: ListingRow = {
    ...fields,
    ...searchColumns(fields),
    ...adFieldsOf(input),
    id: newId(),
    orgId: s.scope.orgId,
    rentAmount: lowestRent(rooms),
    currency: apartment.currency,
    status: "draft",
    publishedAt: null,
    closedAt: null,
    takedownReason: null,
    takenDownAt: null,
    statusBeforeTakedown: null,
    createdBy: s.scope.userId,
    createdAt: now,
    updatedAt: now,
  };
  const places = placeInserts(s, row.id, rooms);
  await s.batch([s.insert(listings, row), ...places.statements]);
  return toView(
    row,
    places.rows.map((p) => ({ ...p, orgId: row.orgId })),
  );
}

/**
 * Edits a listing (404 if not the org's). New `rooms` replace the places, unless a place is already taken
 * (409 `rooms_taken`) or applied for (409 `places_have_applications`, naming the places); `photoOrder` keeps and orders the named photos and deletes the others (400 if it
 * names a photo the listing lacks). One read batch, one write batch. Answers the R2 keys to delete.
 */
export async function updateListing(
  s: ScopedDb,
  id: string,
  patch: ListingPatch,
): Promise<{ removedPhotoKeys: string[] }> {
  const { rooms, photoOrder, ...fields } = patch;
  const [[current], [taken], photos, applied, [ad]] = await s.batch([
    s.select(listings, eq(listings.id, id)),
    s.selectFields(
      { filled: sql<number>`coalesce(sum(${listingPlaces.filled}), 0)` },
      listingPlaces,
      eq(listingPlaces.listingId, id),
    ),
    s.selectFields({ id: listingPhotos.id, key: listingPhotos.r2Key }, listingPhotos, eq(listingPhotos.listingId, id)),
    placesWithApplications(s, id),
    adOf(s, id),
  ]);
  if (!current) throw new NotFound("Listing");
  checkEnergyCosts({ ...current, ...fields });
  checkPublishedAd(current.status, ad, { ...fields, ...(rooms ? { rentAmount: lowestRent(rooms) } : {}) });
  const writes = [];
  if (rooms) {
    if ((taken?.filled ?? 0) > 0)
      throw new Conflict(
        "Places are already taken in this listing: its rooms can no longer be replaced",
        "rooms_taken",
      );
    if (applied.length) throw placesHaveApplications(applied);
    // Guarded too: an application that arrives meanwhile keeps its place (deleting it would cascade to it).
    // Qualified by hand: drizzle writes a DELETE's columns unqualified, which the subquery would capture.
    const unapplied = sql`not exists (select 1 from ${applications} a where a.room_id = "listing_places"."id")`;
    writes.push(
      s.delete(listingPlaces, and(eq(listingPlaces.listingId, id), unapplied)!),
      ...placeInserts(s, id, rooms).statements,
    );
  }
  const photoChange = photoOrder
    ? photoWrites(s, photoOrder, photos)
    : { deletes: [], moves: [], removedPhotoKeys: [] };
  const texts = fields.title ?? fields.description ?? fields.city;
  const set = {
    ...fields,
    ...(texts === undefined ? {} : searchColumns({ ...current, ...fields })),
    ...(rooms ? { rentAmount: lowestRent(rooms) } : {}),
    updatedAt: nowIso(),
  };
  await s.batch([
    s.update(listings, set, eq(listings.id, id)),
    ...writes,
    ...photoChange.deletes,
    ...photoChange.moves,
  ]);
  return { removedPhotoKeys: photoChange.removedPhotoKeys };
}

/** The listing's places that applications name (any status), with how many: one statement. */
function placesWithApplications(s: ScopedDb, listingId: string) {
  return s
    .selectFields(
      { id: listingPlaces.id, name: listingPlaces.name, applications: sql<number>`count(*)` },
      listingPlaces,
      eq(listingPlaces.listingId, listingId),
    )
    .innerJoin(
      applications,
      and(eq(applications.roomId, listingPlaces.id), eq(applications.orgId, listingPlaces.orgId)),
    )
    .groupBy(listingPlaces.id, listingPlaces.name);
}

/**
 * 409 `places_have_applications` naming them: replacing the places would delete their applications (the
 * applicants would find them gone). Edit the listing's other fields, or close it and publish a new one.
 */
function placesHaveApplications(places: { id: string; name: string; applications: number }[]) {
  const named = places.map((p) => `${p.name} (${p.applications} application${p.applications === 1 ? "" : "s"})`);
  return new AppError(
    409,
    "places_have_applications",
    `These places have applications and cannot be replaced: ${named.join(", ")}`,
    places.map((p) => ({ path: "rooms", message: `${p.name} (${p.id}) has ${p.applications} application(s)` })),
  );
}

/** The statements that keep `photoOrder`'s photos in that order and delete the listing's others. */
function photoWrites(s: ScopedDb, photoOrder: string[], photos: { id: string; key: string }[]) {
  const known = new Set(photos.map((p) => p.id));
  const unknown = photoOrder.filter((p) => !known.has(p));
  if (unknown.length)
    throw new Invalid("photoOrder names photos this listing does not have", [
      { path: "photoOrder", message: `unknown: ${unknown.join(", ")}` },
    ]);
  const removed = photos.filter((p) => !photoOrder.includes(p.id));
  return {
    deletes: removed.length
      ? [
          s.delete(
            listingPhotos,
            inArray(
              listingPhotos.id,
              removed.map((p) => p.id),
            ),
          ),
        ]
      : [],
    moves: photoOrder.map((photoId, position) => s.update(listingPhotos, { position }, eq(listingPhotos.id, photoId))),
    removedPhotoKeys: removed.map((p) => p.key),
  };
}

/**
 * Publishes or closes a listing, decided by the state table (./state.ts) on the status read in the same
 * batch as the guarded UPDATE: 404 if not the org's, 409 `illegal_transition` naming the current status
 * when the action does not start from it. Publishing a listing in France first reads its ad (one more
 * round trip): 422 `listing_incomplete` naming each missing field (./french-ads.ts); the UPDATE repeats
 * the rule, so an edit racing the publication cannot publish an incomplete ad.
 */
export async function transitionListing(s: ScopedDb, id: string, action: ListingAction) {
  // Publishing in France needs what a French ad must show (./french-ads.ts): 422 `listing_incomplete` first.
  const adGuard = action === "publish" ? await frenchAdGuard(s, id) : undefined;
  const now = nowIso();
  const set =
    action === "publish"
      ? { status: "published" as const, publishedAt: now, closedAt: null, updatedAt: now }
      : { status: "closed" as const, closedAt: now, updatedAt: now };
  const [[current], [updated]] = await s.batch([
    s.selectFields(
      {
        status: listings.status,
        livingArea: listings.livingArea,
        furnished: listings.furnished,
        energyClass: listings.energyClass,
        ghgClass: listings.ghgClass,
        rentAmount: listings.rentAmount,
        depositAmount: listings.depositAmount,
        chargesKind: listings.chargesKind,
      },
      listings,
      eq(listings.id, id),
    ),
    s
      .update(
        listings,
        set,
        and(eq(listings.id, id), inArray(listings.status, [...TRANSITIONS[action].from]), adGuard)!,
      )
      .returning({ id: listings.id }),
  ]);
  if (!current) throw new NotFound("Listing");
  const verdict = decide(action, "landlord", current.status);
  if (!verdict.ok && verdict.reason === "side") throw new Forbidden();
  if (verdict.ok && !updated && adGuard) assertAdPublishable(current);
  if (!verdict.ok || !updated) throw new IllegalListingTransition(current.status, action);
}

/** A 409 naming the listing's current status. */
class IllegalListingTransition extends Conflict {
  constructor(status: ListingStatus, action: ListingAction) {
    super(`A ${status} listing cannot be ${action === "publish" ? "published" : "closed"}`, "illegal_transition");
  }
}
