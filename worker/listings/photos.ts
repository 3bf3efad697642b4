import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { countBelow, insertIf } from "../db/conditional";
import type { ScopedDb } from "../db/scoped";
import { Conflict, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { signFileUrl } from "../lib/signed-urls";
import { receiveUpload, thumbnailKeyOf } from "../lib/uploads";
import { MAX_PHOTOS } from "./contract";
import { listingPhotos, listings } from "./schema";
import { photoUrl } from "./service";

/**
 * Listing photos: JPEG, PNG or WebP, checked from their bytes, downscaled and re-encoded on upload
 * (worker/lib/uploads.ts), stored in R2 under the org. They are served publicly only while their listing is
 * published; drafts' and closed listings' photos answer 404 like a missing one.
 */
const photoKey = (orgId: string, listingId: string, photoId: string) =>
  `orgs/${orgId}/listings/${listingId}/photos/${photoId}`;

/**
 * Streams a photo into R2 and records it last in the listing's order. 404 if the listing is not the org's,
 * 413/415 from the upload, 409 `too_many_photos` past `MAX_PHOTOS` (the object is then removed again).
 */
export async function addPhoto(
  s: ScopedDb,
  { db, docs, images }: Pick<Ports, "db" | "docs" | "images">,
  listingId: string,
  request: Request,
) {
  const [listing] = await s.select(listings, eq(listings.id, listingId));
  if (!listing) throw new NotFound("Listing");
  const id = newId();
  const key = photoKey(s.scope.orgId, listingId, id);
  const thumbnailKey = thumbnailKeyOf(key);
  const upload = await receiveUpload(request, {
    bucket: docs,
    images,
    key,
    thumbnailKey,
    accept: ["jpeg", "png", "webp"],
  });
  try {
    const row = {
      id,
      orgId: s.scope.orgId,
      listingId,
      r2Key: key,
      contentType: upload.file.type.mime,
      width: null,
      height: null,
      size: upload.file.size,
      position: sql`coalesce((select max(p.position) + 1 from ${listingPhotos} p where p.listing_id = ${listingId}), 0)`,
      createdAt: nowIso(),
    };
    // The cap and the position ride in the insert itself (no count-then-insert race); the search
    // generation follows by migration 0046's triggers.
    const [inserted] = await db.batch([
      insertIf(db, listingPhotos, row, countBelow(listingPhotos, eq(listingPhotos.listingId, listingId), MAX_PHOTOS)),
    ]);
    // D1 counts what triggers write too (the search generation, migration 0046): nothing written is 0.
    if (inserted.meta.changes === 0)
      throw new Conflict(`A listing holds at most ${MAX_PHOTOS} photos`, "too_many_photos");
    return { id, contentType: row.contentType, size: row.size, url: photoUrl(listingId, id) };
  } catch (error) {
    await docs.delete([key, thumbnailKey]);
    throw error;
  }
}

/** The photo's R2 key and type, if its listing is published (one round trip); null otherwise. */
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

/**
 * The photos as the org's staff see them, whatever the listing's status: each behind a signed, expiring
 * `/files` link for the org's members (a draft's photos are not public, so their public URLs answer 404),
 * and its thumbnail's (`thumbUrl`, at most 400 px).
 */
export async function staffPhotoLinks(
  secret: string,
  orgId: string,
  photos: Pick<typeof listingPhotos.$inferSelect, "id" | "r2Key" | "contentType">[],
): Promise<{ id: string; url: string; thumbUrl: string }[]> {
  const link = (id: string, key: string, type: string) =>
    signFileUrl(secret, { key, name: `photo-${id}`, type, disposition: "inline", grant: { kind: "org", orgId } });
  return Promise.all(
    photos.map(async (p) => ({
      id: p.id,
      url: await link(p.id, p.r2Key, p.contentType),
      thumbUrl: await link(p.id, thumbnailKeyOf(p.r2Key), "image/jpeg"),
    })),
  );
}
