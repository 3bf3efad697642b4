import { AppError, Invalid } from "./errors";
import { detectFileType, FILE_SNIFF_BYTES, type DetectedFileType, type FileTypeName } from "./file-types";
import { prepareImage, type ImageCodec } from "./images";
import { concat, dispositionOf, MultipartReader } from "./multipart";
import { R2Writer } from "./r2-writer";

/**
 * Uploads straight from the request stream into R2, never holding the whole body: a small multipart/form-data
 * parser over the web stream (./multipart; workerd has no streaming `formData()`), a Content-Length check before the
 * first byte is read, a byte count while streaming, and the content type decided from the file's first
 * bytes. Files bigger than one part go to R2 as a multipart upload of fixed-size parts (R2 requires equal
 * parts except the last), so at most one part is in memory at a time. Images take the one image path
 * (./images `prepareImage`: pixel budget from the header, then decoded, downscaled, turned upright and re-encoded
 * by the render worker through `images`, the RENDER service binding)
 * before anything is stored, which needs them whole: they have their own, smaller byte limit.
 *
 * Routes that take uploads are exempt from the 1 MB /api body limit (worker/app.ts): add them to
 * UPLOAD_ROUTES, deliberately, and call `receiveUpload` in the handler.
 */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
/** Images are decoded whole to be downscaled: their own, smaller limit (bytes). */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** Room for the multipart framing and the small text fields around the file. */
const FRAMING_ALLOWANCE = 64 * 1024;
const MAX_FIELD_BYTES = 8 * 1024;

/** POST routes under /api that read their body with `receiveUpload` instead of through the 1 MB limit. */
const UPLOAD_ROUTES: RegExp[] = [
  /^\/api\/me\/(dossier\/)?documents$/,
  /^\/api\/me\/guarantors\/[^/]+\/documents$/,
  /^\/api\/listings\/[^/]+\/photos$/,
  /^\/api\/orgs\/current\/settings\/logo$/,
  /^\/api\/expenses\/[^/]+\/receipt$/,
  /^\/api\/maintenance-requests\/[^/]+\/photos$/,
  /^\/api\/vendor-link\/maintenance-request\/photos$/,
];
/** Whether `method` `path` is an upload route (exempt from the 1 MB body limit). */
export const isUploadRoute = (method: string, path: string) =>
  method === "POST" && UPLOAD_ROUTES.some((re) => re.test(path));

/** 413 `too_large`, naming the limit in MB. */
class TooLarge extends AppError {
  constructor(limit: number) {
    super(413, "too_large", `Files are limited to ${Math.round(limit / (1024 * 1024))} MB`);
  }
}

/** 415 `unsupported_media_type`: the bytes are not one of the accepted types. */
class UnsupportedFile extends AppError {
  constructor(accepted: readonly FileTypeName[]) {
    super(
      415,
      "unsupported_media_type",
      `This file is not one we accept (${accepted.map((t) => t.toUpperCase()).join(", ")}), whatever its name says`,
    );
  }
}

export type Upload = { fields: Record<string, string>; file: { name: string; type: DetectedFileType; size: number } };
/**
 * `thumbnailKey`: where an image's thumbnail goes (./images THUMBNAIL_SIDE, JPEG), stored next to it; other
 * types (PDF) get none. Use `thumbnailKeyOf(key)` so that readers find it.
 */
type Options = {
  bucket: R2Bucket;
  /** The image codec (Ports `images`: the render worker) that re-encodes images before they are stored. */
  images: ImageCodec;
  key: string;
  accept: readonly FileTypeName[];
  maxBytes?: number;
  thumbnailKey?: string;
};

/** The R2 key of the thumbnail stored next to the image at `key` (see `receiveUpload`'s `thumbnailKey`). */
export const thumbnailKeyOf = (key: string) => `${key}.thumb`;

/**
 * Reads a multipart/form-data request with exactly one file part (`file`) and small text fields, and
 * stores the file at `key`. Throws 413 before reading when Content-Length is too large, and as soon as
 * the streamed bytes pass the limit; 415 as soon as the first bytes show a type not in `accept`; for
 * images, 413 `image_too_large` above the pixel budget and 422 `unreadable_image` when they do not decode.
 */
export async function receiveUpload(request: Request, options: Options): Promise<Upload> {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  const contentType = request.headers.get("content-type") ?? "";
  const boundary = /^multipart\/form-data;.*\bboundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) throw new AppError(415, "unsupported_media_type", "Send the file as multipart/form-data");
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > maxBytes + FRAMING_ALLOWANCE) throw new TooLarge(maxBytes);
  if (!request.body) throw new Invalid("file: a file is required", [{ path: "file", message: "Required" }]);

  const parts = new MultipartReader(
    request.body.getReader() as ReadableStreamDefaultReader<Uint8Array>,
    (boundary[1] ?? boundary[2])!.trim(),
  );
  const fields: Record<string, string> = {};
  let file: Upload["file"] | null = null;
  let writer: R2Writer | null = null;
  try {
    await parts.start();
    for (let headers = await parts.nextHeaders(); headers; headers = await parts.nextHeaders()) {
      const { name, filename } = dispositionOf(headers);
      if (filename === null) {
        let value: Uint8Array = new Uint8Array(0);
        for await (const chunk of parts.content()) {
          value = concat(value, chunk);
          if (value.length > MAX_FIELD_BYTES)
            throw new Invalid(`${name}: too long`, [{ path: name, message: "Too long" }]);
        }
        fields[name] = new TextDecoder().decode(value);
        continue;
      }
      if (name !== "file" || file)
        throw new Invalid("Send one file, in the field named `file`", [{ path: "file", message: "One file only" }]);
      file = await storeFile(parts, filename, options, maxBytes, (w) => (writer = w));
    }
  } catch (error) {
    await parts.cancel();
    await (writer as R2Writer | null)?.abort();
    throw error;
  }
  if (!file) throw new Invalid("file: a file is required", [{ path: "file", message: "Required" }]);
  return { fields, file };
}

async function storeFile(
  parts: MultipartReader,
  filename: string,
  options: Options,
  maxBytes: number,
  track: (w: R2Writer) => void,
): Promise<Upload["file"]> {
  let head: Uint8Array = new Uint8Array(0);
  let type: DetectedFileType | null = null;
  let writer: R2Writer | null = null;
  let size = 0;
  let image: Uint8Array[] | null = null;
  const begin = (bytes: Uint8Array, partEnded: boolean) => {
    if (bytes.length < FILE_SNIFF_BYTES && !partEnded) return false;
    type = detectFileType(bytes);
    if (!type || !options.accept.includes(type.name)) throw new UnsupportedFile(options.accept);
    if (type.name === "png" || type.name === "jpeg" || type.name === "webp") image = [];
    else track((writer = new R2Writer(options.bucket, options.key, type.mime)));
    return true;
  };
  const take = async (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > maxBytes || (image && size > MAX_IMAGE_BYTES)) throw new TooLarge(image ? MAX_IMAGE_BYTES : maxBytes);
    if (image) image.push(chunk);
    else await writer!.write(chunk);
  };
  for await (const chunk of parts.content()) {
    if (type) {
      await take(chunk);
      continue;
    }
    head = concat(head, chunk);
    if (begin(head, false)) await take(head);
  }
  if (!type) {
    if (head.length === 0) throw new Invalid("file: the file is empty", [{ path: "file", message: "Empty file" }]);
    begin(head, true);
    await take(head);
  }
  const detected = type as DetectedFileType | null;
  if (!detected) throw new UnsupportedFile(options.accept);
  const name = filename.replace(/[\\/]/g, "_").slice(0, 200) || "file";
  if (image) {
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of image as Uint8Array[]) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    const scaled = await prepareImage(options.images, bytes, detected, {
      field: "file",
      thumbnail: !!options.thumbnailKey,
    });
    await options.bucket.put(options.key, scaled.bytes, { httpMetadata: { contentType: scaled.type.mime } });
    if (options.thumbnailKey && scaled.thumbnail)
      await options.bucket.put(options.thumbnailKey, scaled.thumbnail, { httpMetadata: { contentType: "image/jpeg" } });
    return { name: withExtension(name, scaled.type.extension), type: scaled.type, size: scaled.bytes.length };
  }
  await (writer as R2Writer | null)!.close();
  return { name, type: detected, size };
}

function withExtension(name: string, extension: string) {
  const base = name.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  return `${base}.${extension}`;
}
