import { AppError } from "./errors";
import type { DetectedFileType } from "./file-types";
import { readImageHeader } from "./image-header";

/**
 * The most pixels an image may have to be decoded (width × height, from its header). Decoding holds the
 * pixels as RGBA (4 bytes each) next to the decoder's own buffer, and a deployed isolate has 128 MB:
 * 4096 × 4096 (16.8 megapixels, ~67 MB of RGBA) fits with room to spare, and covers a 12-megapixel phone
 * photo (4032 × 3024) and a 600 dpi A4 scan (4960 × 7016 does not: scan at 300 dpi).
 */
export const MAX_IMAGE_PIXELS = 4096 * 4096;

/**
 * What the one image path does with an upload; `field` names the input in problems (`file`, `signatureImage`);
 * `thumbnail` also makes a small JPEG of the upright image (./image-codec.ts THUMBNAIL_SIDE).
 */
export type ImageOptions = { field: string; maxPixels?: number; thumbnail?: boolean };

export type PreparedImage = {
  bytes: Uint8Array;
  type: DetectedFileType;
  width: number;
  height: number;
  /** The JPEG thumbnail, when asked for (`thumbnail`). */
  thumbnail?: Uint8Array;
};

const megapixels = (pixels: number) => `${(pixels / 1_000_000).toLocaleString("en", { maximumFractionDigits: 1 })}`;

/** 413 `image_too_large`: the header declares more pixels than `maxPixels` (refused before decoding). */
class ImageTooLarge extends AppError {
  constructor(field: string, width: number, height: number, maxPixels: number) {
    const message =
      `This image is ${width} × ${height} pixels (${megapixels(width * height)} megapixels); we accept images up to ` +
      `${megapixels(maxPixels)} megapixels. Resize it, or take the photo or scan at a lower resolution, and send it again.`;
    super(413, "image_too_large", message, [{ path: field, message }]);
  }
}

/** 422 `unreadable_image`: the bytes look like an image but do not decode. */
class UnreadableImage extends AppError {
  constructor(field: string) {
    const message =
      "This image cannot be read: the file is damaged or incomplete. Export or save it again and resend it.";
    super(422, "unreadable_image", message, [{ path: field, message }]);
  }
}

/**
 * What decodes and re-encodes images: the render worker (workers/render `RenderService.image`, photon compiled
 * to wasm, ./image-codec.ts), reached through the RENDER service binding so that the wasm never loads where
 * pages and the API are served. It answers data, not errors (errors lose their class between workers).
 */
export type ImageCodec = {
  image(bytes: Uint8Array, type: DetectedFileType, options: ImageOptions): Promise<EncodedImage>;
};

/** The codec's answer: the prepared image, or why it was refused (`too_large`: the decoded size in pixels). */
export type EncodedImage =
  | { ok: true; image: PreparedImage }
  | { ok: false; problem: "unreadable" }
  | { ok: false; problem: "too_large"; width: number; height: number };

/**
 * The one path every uploaded image takes (listing photos, dossier and guarantor documents, drawn
 * signatures), before anything is stored:
 * 1. the header gives the dimensions and the EXIF orientation without decoding (./image-header, `image-size`
 *    and `exifr`), here in the serving worker; above `maxPixels` → 413 `image_too_large`, no header → 422
 *    `unreadable_image`, and the bytes never leave for the codec;
 * 2. the codec (`codec`, the render worker: ./image-codec.ts) decodes it (a decode failure → 422, a decoded size
 *    above the budget → 413), downscales it, turns it upright (EXIF orientation applied to the pixels) and
 *    re-encodes it (PNG stays PNG, JPEG and WebP become JPEG q85), which drops EXIF (GPS positions) and any
 *    trailing data.
 * Returns the stored bytes, their type and their (upright) dimensions in pixels.
 */
export async function prepareImage(
  codec: ImageCodec,
  bytes: Uint8Array,
  type: DetectedFileType,
  options: ImageOptions,
): Promise<PreparedImage> {
  const maxPixels = options.maxPixels ?? MAX_IMAGE_PIXELS;
  const header = await readImageHeader(bytes, type);
  if (!header) throw new UnreadableImage(options.field);
  if (header.width * header.height > maxPixels)
    throw new ImageTooLarge(options.field, header.width, header.height, maxPixels);
  const encoded = await codec.image(bytes, type, { ...options, maxPixels });
  if (encoded.ok) return encoded.image;
  if (encoded.problem === "too_large") throw new ImageTooLarge(options.field, encoded.width, encoded.height, maxPixels);
  throw new UnreadableImage(options.field);
}
