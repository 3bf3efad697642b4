import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import type { ScopedDb } from "../db/scoped";
import { Conflict, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import { nowIso } from "../lib/time";
import { receiveUpload } from "../lib/uploads";
import { listingPhotos, listings } from "./schema";

/**
 * Listing photos: JPEG, PNG or WebP, checked from their bytes, downscaled and re-encoded on upload
 * (worker/lib/uploads.ts), stored in R2 under the org. They are served publicly only while their listing is
 * published; drafts' and closed listings' photos answer 404 like a missing one.
 */
export const MAX_PHOTOS = 20;
const photoKey = (orgId: string, listingId: string, photoId: string) =>
  `orgs/${orgId}/listings/${listingId}/photos/${photoId}`;

export async function addPhoto(s: ScopedDb, bucket: R2Bucket, listingId: string, request: Request) {
  const [listing] = await s.select(listings, eq(listings.id, listingId));
  if (!listing) throw new NotFound("Listing");
  const id = newId();
  const key = photoKey(s.scope.orgId, listingId, id);
  const upload = await receiveUpload(request, { bucket, key, accept: ["jpeg", "png", "webp"] });
  try {
    // The cap and the position ride in the insert itself: no count-then-insert race.
    // Raw statements: drizzle's D1 batch cannot carry a parameterized raw `run`.
    const d1 = s.db.$client;
    const inserted = await d1.batch([
      d1
        .prepare(
          `insert into listing_photos (id, org_id, listing_id, r2_key, content_type, width, height, size, position, created_at)
           select ?1, ?2, ?3, ?4, ?5, null, null, ?6, coalesce((select max(position) + 1 from listing_photos where listing_id = ?3), 0), ?7
           where (select count(*) from listing_photos where listing_id = ?3) < ?8`,
        )
        .bind(id, s.scope.orgId, listingId, key, upload.file.type.mime, upload.file.size, nowIso(), MAX_PHOTOS),
      d1.prepare("update search_generation set value = value + 1 where id = 1"),
    ]);
    if (inserted[0]?.meta.changes !== 1)
      throw new Conflict(`A listing holds at most ${MAX_PHOTOS} photos`, "too_many_photos");
    return { id, contentType: upload.file.type.mime, size: upload.file.size };
  } catch (error) {
    await bucket.delete(key);
    throw error;
  }
}

/** The photo's R2 key, if its listing is published (one round trip). */
export async function publishedPhotoKey(
  db: Db,
  listingId: string,
  photoId: string,
): Promise<{ key: string; contentType: string } | null> {
  const [row] = await db
    .select({ key: listingPhotos.r2Key, contentType: listingPhotos.contentType })
    .from(listingPhotos)
    .innerJoin(listings, eq(listings.id, listingPhotos.listingId))
    .where(
      and(eq(listingPhotos.id, photoId), eq(listingPhotos.listingId, listingId), eq(listings.status, "published")),
    );
  return row ?? null;
}
