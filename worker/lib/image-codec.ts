import { FILE_TYPES, type DetectedFileType } from "./file-types";
import { readImageHeader } from "./image-header";
import { MAX_IMAGE_PIXELS, type EncodedImage, type ImageOptions, type PreparedImage } from "./images";

/**
 * The image codec of the render worker (workers/render `RenderService.image`): photon (Rust compiled to wasm)
 * decodes, downscales, turns upright and re-encodes what ./images.ts `prepareImage` accepted from the header.
 * Imported by the render worker only: the serving worker reaches it through the RENDER service binding.
 */

/** Longest side of a stored image: plenty to read a scanned document, a fraction of a phone photo. */
const MAX_IMAGE_SIDE = 2000;

/**
 * Longest side of a thumbnail (px): what lists and threads show (an 80–160 CSS px square on a 2–3× phone
 * screen), a few dozen KB instead of the stored photo's few hundred.
 */
const THUMBNAIL_SIDE = 400;
/** JPEG quality of thumbnails (the stored photo is q85). */
const THUMBNAIL_QUALITY = 75;

/**
 * Decodes `bytes` (a PNG, JPEG or WebP of `type`), downscales it to MAX_IMAGE_SIDE, applies the EXIF
 * orientation (CIPA DC-008 / EXIF 2.32 §4.6.4 tag 0x0112, read from the header) to the pixels, and re-encodes
 * it: PNG stays PNG (signatures' transparency), JPEG and WebP become JPEG q85; `thumbnail` also makes a JPEG of
 * the upright image, THUMBNAIL_SIDE on its longest side. Answers `unreadable` when it does not decode,
 * `too_large` when the decoded pixels exceed `maxPixels` (a header that lied).
 */
export async function encodeImage(
  bytes: Uint8Array,
  type: DetectedFileType,
  options: ImageOptions,
): Promise<EncodedImage> {
  const maxPixels = options.maxPixels ?? MAX_IMAGE_PIXELS;
  const header = await readImageHeader(bytes, type);
  if (!header) return { ok: false, problem: "unreadable" };
  const photon = await import("@cf-wasm/photon");
  let image: InstanceType<typeof photon.PhotonImage>;
  try {
    image = photon.PhotonImage.new_from_byteslice(bytes);
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  const images = [image];
  try {
    const width = image.get_width();
    const height = image.get_height();
    // A header that lies about the size is refused too: the decoded pixels are what is held in memory.
    if (width * height > maxPixels) return { ok: false, problem: "too_large", width, height };
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
    return { ok: true, image: prepared };
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
