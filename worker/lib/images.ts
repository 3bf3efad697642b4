import { AppError } from "./errors";
import { FILE_TYPES, type DetectedFileType } from "./file-types";
import { readImageHeader } from "./image-header";

/** Longest side of a stored image: plenty to read a scanned document, a fraction of a phone photo. */
const MAX_IMAGE_SIDE = 2000;

/**
 * The most pixels an image may have to be decoded (width × height, from its header). Decoding holds the
 * pixels as RGBA (4 bytes each) next to the decoder's own buffer, and a deployed isolate has 128 MB:
 * 4096 × 4096 (16.8 megapixels, ~67 MB of RGBA) fits with room to spare, and covers a 12-megapixel phone
 * photo (4032 × 3024) and a 600 dpi A4 scan (4960 × 7016 does not: scan at 300 dpi).
 */
export const MAX_IMAGE_PIXELS = 4096 * 4096;

/**
 * Longest side of a thumbnail (px): what lists and threads show (an 80–160 CSS px square on a 2–3× phone
 * screen), a few dozen KB instead of the stored photo's few hundred.
 */
const THUMBNAIL_SIDE = 400;
/** JPEG quality of thumbnails (the stored photo is q85). */
const THUMBNAIL_QUALITY = 75;

/**
 * What the one image path does with an upload; `field` names the input in problems (`file`, `signatureImage`);
 * `thumbnail` also makes a small JPEG of the upright image (longest side THUMBNAIL_SIDE).
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
 * The one path every uploaded image takes (listing photos, dossier and guarantor documents, drawn
 * signatures), before anything is stored:
 * 1. the header gives the dimensions and the EXIF orientation without decoding (./image-header, `image-size`
 *    and `exifr`); above `maxPixels` → 413 `image_too_large`, no header → 422 `unreadable_image`;
 * 2. photon (Rust compiled to wasm, loaded on first use) decodes it; a decode failure → 422;
 * 3. it is downscaled to MAX_IMAGE_SIDE, then turned upright (EXIF orientation 1–8 applied to the pixels,
 *    CIPA DC-008 / EXIF 2.32 §4.6.4 tag 0x0112), because re-encoding drops the metadata that said how;
 * 4. it is re-encoded (PNG stays PNG, for signatures' transparency; JPEG and WebP become JPEG q85), which
 *    also drops EXIF (GPS positions) and any trailing data.
 * Returns the stored bytes, their type and their (upright) dimensions in pixels.
 */
export async function prepareImage(
  bytes: Uint8Array,
  type: DetectedFileType,
  options: ImageOptions,
): Promise<PreparedImage> {
  const maxPixels = options.maxPixels ?? MAX_IMAGE_PIXELS;
  const header = await readImageHeader(bytes, type);
  if (!header) throw new UnreadableImage(options.field);
  if (header.width * header.height > maxPixels)
    throw new ImageTooLarge(options.field, header.width, header.height, maxPixels);
  const photon = await import("@cf-wasm/photon");
  let image: InstanceType<typeof photon.PhotonImage>;
  try {
    image = photon.PhotonImage.new_from_byteslice(bytes);
  } catch {
    throw new UnreadableImage(options.field);
  }
  const images = [image];
  try {
    const width = image.get_width();
    const height = image.get_height();
    // A header that lies about the size is refused too: the decoded pixels are what is held in memory.
    if (width * height > maxPixels) throw new ImageTooLarge(options.field, width, height, maxPixels);
    const scale = Math.min(1, MAX_IMAGE_SIDE / Math.max(width, height));
    if (scale < 1) {
      const w = Math.max(1, Math.round(width * scale));
      const h = Math.max(1, Math.round(height * scale));
      images.push((image = photon.resize(image, w, h, photon.SamplingFilter.Lanczos3)));
    }
    if (header.orientation > 1) {
      const turned = upright(image.get_raw_pixels(), image.get_width(), image.get_height(), header.orientation);
      images.push((image = new photon.PhotonImage(turned.pixels, turned.width, turned.height)));
    }
    const png = type.name === "png";
    const encoded = png ? image.get_bytes() : image.get_bytes_jpeg(85);
    const name = png ? "png" : "jpeg";
    const prepared: PreparedImage = {
      bytes: encoded,
      type: { name, ...FILE_TYPES[name] },
      width: image.get_width(),
      height: image.get_height(),
    };
    if (options.thumbnail) {
      const small = thumbnailOf(photon, image);
      if (small !== image) images.push(small);
      prepared.thumbnail = small.get_bytes_jpeg(THUMBNAIL_QUALITY);
    }
    return prepared;
  } finally {
    for (const each of images) each.free();
  }
}

/** The image scaled down to THUMBNAIL_SIDE on its longest side (itself when already that small). */
function thumbnailOf(photon: typeof import("@cf-wasm/photon"), image: InstanceType<typeof photon.PhotonImage>) {
  const width = image.get_width();
  const height = image.get_height();
  const scale = Math.min(1, THUMBNAIL_SIDE / Math.max(width, height));
  if (scale === 1) return image;
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  return photon.resize(image, w, h, photon.SamplingFilter.Triangle);
}

/**
 * RGBA pixels `width` × `height`, as stored with EXIF `orientation` (1–8), turned the way the camera held
 * them: 2 mirror, 3 rotate 180°, 4 flip, 5 transpose, 6 rotate 90° clockwise, 7 transverse, 8 rotate 90°
 * counter-clockwise. 5–8 swap width and height.
 */
function upright(pixels: Uint8Array, width: number, height: number, orientation: number) {
  const swap = orientation >= 5 && orientation <= 8;
  const w = swap ? height : width;
  const h = swap ? width : height;
  const aligned = pixels.byteOffset % 4 === 0 ? pixels : pixels.slice();
  const source = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const out = new Uint32Array(w * h);
  const from: (x: number, y: number) => number =
    {
      2: (x: number, y: number) => y * width + (width - 1 - x),
      3: (x: number, y: number) => (height - 1 - y) * width + (width - 1 - x),
      4: (x: number, y: number) => (height - 1 - y) * width + x,
      5: (x: number, y: number) => x * width + y,
      6: (x: number, y: number) => (height - 1 - x) * width + y,
      7: (x: number, y: number) => (height - 1 - x) * width + (width - 1 - y),
      8: (x: number, y: number) => x * width + (width - 1 - y),
    }[orientation] ?? ((x: number, y: number) => y * width + x);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out[y * w + x] = source[from(x, y)]!;
  return { pixels: new Uint8Array(out.buffer), width: w, height: h };
}
