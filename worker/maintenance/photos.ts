import { and, count, eq, gt, isNull } from "drizzle-orm";
import { countBelow, insertIf } from "../db/conditional";
import { AppError, Conflict, Forbidden } from "../lib/errors";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { signFileUrl } from "../lib/signed-urls";
import { nowIso } from "../lib/time";
import { receiveUpload, thumbnailKeyOf } from "../lib/uploads";
import type { MaintenanceAccess } from "./access";
import { MAX_PHOTOS_PER_MESSAGE } from "./contract";
import { maintenancePhotos } from "./schema";

/**
 * Photos of a maintenance request: JPEG, PNG or WebP checked from their bytes, downscaled and re-encoded on
 * upload like listing photos (worker/lib/uploads.ts), stored in R2 under the org, served through signed,
 * expiring /files links that check the reader's access to the request again. Each has a thumbnail stored
 * next to it (`thumbnailKeyOf`, at most 400 px) that lists and threads show; the photo opens on click.
 */
export const MAX_REQUEST_PHOTOS = 40;
/**
 * How long an uploaded photo that no comment names yet counts as waiting for its message (minutes): a
 * report's photos are uploaded right after it, a comment's right before it. At most MAX_PHOTOS_PER_MESSAGE
 * wait per uploader and request in that window.
 */
const PENDING_WINDOW_MINUTES = 30;
type Photo = typeof maintenancePhotos.$inferSelect;

const photoKey = (orgId: string, requestId: string, photoId: string) =>
  `orgs/${orgId}/maintenance/${requestId}/photos/${photoId}`;

/** A photo's signed link (a vendor's carries their page token so that /files can check it without an account). */
export async function photoView(secret: string, p: Photo, vendorToken?: string) {
  const grant = { kind: "maintenance" as const, requestId: p.requestId };
  const link = { name: `photo-${p.id}`, disposition: "inline" as const, grant };
  const [url, thumbUrl] = await Promise.all([
    signFileUrl(secret, { ...link, key: p.r2Key, type: p.contentType }),
    signFileUrl(secret, { ...link, key: thumbnailKeyOf(p.r2Key), type: "image/jpeg" }),
  ]);
  const asVendor = (u: string) => (vendorToken ? `${u}?vendor=${encodeURIComponent(vendorToken)}` : u);
  return {
    id: p.id,
    commentId: p.commentId,
    contentType: p.contentType,
    url: asVendor(url),
    thumbUrl: asVendor(thumbUrl),
    uploadedByKind: p.uploadedByKind,
    createdAt: p.createdAt,
  };
}

/**
 * Photos of the request from this uploader that no comment names yet, uploaded in the last
 * PENDING_WINDOW_MINUTES: the ones waiting for their message (a report's, or a comment's about to be sent).
 */
function pendingOf(access: MaintenanceAccess, requestId: string) {
  const since = nowIso(Date.now() - PENDING_WINDOW_MINUTES * 60_000);
  return and(
    eq(maintenancePhotos.requestId, requestId),
    isNull(maintenancePhotos.commentId),
    eq(maintenancePhotos.forReport, false),
    eq(maintenancePhotos.uploadedByKind, access.kind),
    access.userId ? eq(maintenancePhotos.uploadedByUserId, access.userId) : isNull(maintenancePhotos.uploadedByUserId),
    gt(maintenancePhotos.createdAt, since),
  )!;
}

/** The report's own photos (its reporter's, sent with it): at most MAX_PHOTOS_PER_MESSAGE. */
const reportPhotosOf = (requestId: string) =>
  and(eq(maintenancePhotos.requestId, requestId), eq(maintenancePhotos.forReport, true))!;

/**
 * Streams one photo (multipart `file`) into R2 for the request, with its thumbnail: 413/415/422 from the
 * upload checks; 409 `too_many_photos` past `MAX_REQUEST_PHOTOS`. With the field `message=report` (the
 * reporter only, else 403) it is one of the report's photos, at most MAX_PHOTOS_PER_MESSAGE of them (422
 * `too_many_photos_per_message`); otherwise it waits for a comment naming it in `photoIds`, and at most
 * MAX_PHOTOS_PER_MESSAGE of the uploader's may wait (`pendingOf`, same 422). A refused photo's objects are
 * removed again.
 */
export async function addRequestPhoto(
  { db, docs, images }: Pick<Ports, "db" | "docs" | "images">,
  secret: string,
  access: MaintenanceAccess,
  request: Request,
  vendorToken?: string,
) {
  const m = access.request.row;
  const id = newId();
  const key = photoKey(m.orgId, m.id, id);
  const thumbnailKey = thumbnailKeyOf(key);
  const upload = await receiveUpload(request, {
    bucket: docs,
    images,
    key,
    thumbnailKey,
    accept: ["jpeg", "png", "webp"],
  });
  try {
    const forReport = upload.fields.message === "report";
    if (forReport && (!access.userId || access.userId !== m.reporterUserId))
      throw new Forbidden("Only the person who reported the problem adds photos to the report");
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
      forReport,
      createdAt: nowIso(),
    };
    const message = forReport ? reportPhotosOf(m.id) : pendingOf(access, m.id);
    const below = and(
      countBelow(maintenancePhotos, eq(maintenancePhotos.requestId, m.id), MAX_REQUEST_PHOTOS),
      countBelow(maintenancePhotos, message, MAX_PHOTOS_PER_MESSAGE),
    )!;
    const [inserted] = await db.batch([insertIf(db, maintenancePhotos, row, below)]);
    if (inserted.meta.changes !== 1) await refusePhoto(db, m.id);
    return photoView(secret, row, vendorToken);
  } catch (error) {
    await docs.delete([key, thumbnailKey]);
    throw error;
  }
}

/**
 * 422 `too_many_photos_per_message` (path `photoIds` for a comment's list): one message (a report, a
 * comment) carries at most MAX_PHOTOS_PER_MESSAGE photos. Its sentence is translated by its code.
 */
export const tooManyPhotosPerMessage = (path?: string) => {
  const message = `One message takes at most ${MAX_PHOTOS_PER_MESSAGE} photos: send the others with another message`;
  return new AppError(422, "too_many_photos_per_message", message, path ? [{ path, message }] : undefined);
};

/** Why a photo did not land (only on that path: one more read): the request's cap, else the message's. */
async function refusePhoto(db: Ports["db"], requestId: string): Promise<never> {
  const [held] = await db
    .select({ n: count() })
    .from(maintenancePhotos)
    .where(eq(maintenancePhotos.requestId, requestId));
  if ((held?.n ?? 0) >= MAX_REQUEST_PHOTOS)
    throw new Conflict(`A request holds at most ${MAX_REQUEST_PHOTOS} photos`, "too_many_photos");
  throw tooManyPhotosPerMessage();
}
