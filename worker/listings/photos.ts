import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import type { ScopedDb } from "../db/scoped";
import { Conflict, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import { nowIso } from "../lib/time";
import { receiveUpload } from "../lib/uploads";
import { listingPhotos, listings } from "./schema";
import { bumpSearchGeneration } from "./service";

/**
 * Listing photos: JPEG, PNG or WebP, checked from their bytes, downscaled and re-encoded on upload
 * (worker/lib/uploads.ts), stored in R2 under the org. They are served publicly only while their listing is
 * published; drafts' and closed listings' photos answer 404 like a missing one.
 */
export const MAX_PHOTOS = 20;
const photoKey = (orgId: string, listingId: string, photoId: string) => `orgs/${orgId}/listings/${listingId}/photos/${photoId}`;

export async function addPhoto(s: ScopedDb, bucket: R2Bucket, listingId: string, request: Request) {
  const [listing] = await s.select(listings, eq(listings.id, listingId));
  if (!listing) throw new NotFound("Listing");
  const id = newId();
  const key = photoKey(s.scope.orgId, listingId, id);
  const upload = await receiveUpload(request, { bucket, key, accept: ["jpeg", "png", "webp"] });
  try {
    // The cap and the position ride in the insert itself: no count-then-insert race.
    const inserted = await s.db.batch([
      s.db.run(
        sql`insert into listing_photos (id, org_id, listing_id, r2_key, content_type, width, height, size, position, created_at)
            select ${id}, ${s.scope.orgId}, ${listingId}, ${key}, ${upload.file.type.mime}, null, null, ${upload.file.size},
                   coalesce((select max(position) + 1 from listing_photos where listing_id = ${listingId}), 0), ${nowIso()}
            where (select count(*) from listing_photos where listing_id = ${listingId}) < ${MAX_PHOTOS}`,
      ),
      bumpSearchGeneration(s.db),
    ]);
    if (inserted[0].meta.changes !== 1) throw new Conflict(`A listing holds at most ${MAX_PHOTOS} photos`, "too_many_photos");
    return { id, contentType: upload.file.type.mime, size: upload.file.size };
  } catch (error) {
    await bucket.delete(key);
    throw error;
  }
}

/** The photo's R2 key, if its listing is published (one round trip). */
export async function publishedPhotoKey(db: Db, listingId: string, photoId: string): Promise<{ key: string; contentType: string } | null> {
  const [row] = await db
    .select({ key: listingPhotos.r2Key, contentType: listingPhotos.contentType })
    .from(listingPhotos)
    .innerJoin(listings, eq(listings.id, listingPhotos.listingId))
    .where(and(eq(listingPhotos.id, photoId), eq(listingPhotos.listingId, listingId), eq(listings.status, "published")));
  return row ?? null;
}
