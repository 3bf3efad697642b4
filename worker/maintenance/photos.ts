import { eq } from "drizzle-orm";
import { countBelow, insertIf } from "../db/conditional";
import { Conflict } from "../lib/errors";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { signFileUrl } from "../lib/signed-urls";
import { nowIso } from "../lib/time";
import { receiveUpload } from "../lib/uploads";
import type { MaintenanceAccess } from "./access";
import { maintenancePhotos } from "./schema";

/**
 * Photos of a maintenance request: JPEG, PNG or WebP checked from their bytes, downscaled and re-encoded on
 * upload like listing photos (worker/lib/uploads.ts), stored in R2 under the org, served through signed,
 * expiring /files links that check the reader's access to the request again.
 */
export const MAX_REQUEST_PHOTOS = 40;
type Photo = typeof maintenancePhotos.$inferSelect;

const photoKey = (orgId: string, requestId: string, photoId: string) =>
  `orgs/${orgId}/maintenance/${requestId}/photos/${photoId}`;

/** A photo's signed link (a vendor's carries their page token so that /files can check it without an account). */
export async function photoView(secret: string, p: Photo, vendorToken?: string) {
  const url = await signFileUrl(secret, {
    key: p.r2Key,
    name: `photo-${p.id}`,
    type: p.contentType,
    disposition: "inline",
    grant: { kind: "maintenance", requestId: p.requestId },
  });
  return {
    id: p.id,
    commentId: p.commentId,
    contentType: p.contentType,
    url: vendorToken ? `${url}?vendor=${encodeURIComponent(vendorToken)}` : url,
    uploadedByKind: p.uploadedByKind,
    createdAt: p.createdAt,
  };
}

/**
 * Streams one photo (multipart `file`) into R2 for the request: 413/415/422 from the upload checks, 409
 * `too_many_photos` past `MAX_REQUEST_PHOTOS` (the object is removed again). Attach it to a comment by
 * naming its id in the comment's `photoIds`.
 */
export async function addRequestPhoto(
  { db, docs }: Pick<Ports, "db" | "docs">,
  secret: string,
  access: MaintenanceAccess,
  request: Request,
  vendorToken?: string,
) {
  const m = access.request.row;
  const id = newId();
  const key = photoKey(m.orgId, m.id, id);
  const upload = await receiveUpload(request, { bucket: docs, key, accept: ["jpeg", "png", "webp"] });
  try {
    const row: Photo = {
      id,
      orgId: m.orgId,
      requestId: m.id,
      commentId: null,
      r2Key: key,
      contentType: upload.file.type.mime,
      size: upload.file.size,
      uploadedByUserId: access.userId,
      uploadedByKind: access.kind,
      createdAt: nowIso(),
    };
    const [inserted] = await db.batch([
      insertIf(
        db,
        maintenancePhotos,
        row,
        countBelow(maintenancePhotos, eq(maintenancePhotos.requestId, m.id), MAX_REQUEST_PHOTOS),
      ),
    ]);
    if (inserted.meta.changes !== 1)
      throw new Conflict(`A request holds at most ${MAX_REQUEST_PHOTOS} photos`, "too_many_photos");
    return photoView(secret, row, vendorToken);
  } catch (error) {
    await docs.delete(key);
    throw error;
  }
}
