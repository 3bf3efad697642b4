import { PhotonImage } from "@cf-wasm/photon";

/**
 * Real image files for the image-path tests, built with photon (the codec the worker uses) and the zlib the
 * runtime has: quadrant pictures whose corners tell which way up they are, EXIF orientation tags written
 * the way cameras write them, and PNGs whose header declares more than their bytes hold.
 */

export type Rgb = readonly [number, number, number];
const RED: Rgb = [220, 20, 20];
const GREEN: Rgb = [20, 200, 20];
const BLUE: Rgb = [20, 20, 220];
const WHITE: Rgb = [250, 250, 250];

/** RGBA pixels `width` × `height`: top-left red, top-right green, bottom-left blue, bottom-right white. */
function quadrantPixels(width: number, height: number) {
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const colour = y < height / 2 ? (x < width / 2 ? RED : GREEN) : x < width / 2 ? BLUE : WHITE;
      pixels.set([...colour, 255], (y * width + x) * 4);
    }
  return pixels;
}

/** A TIFF block (big-endian) whose IFD0 holds only Orientation (tag 0x0112, SHORT) = `orientation`. */
function tiffWithOrientation(orientation: number) {
  return new Uint8Array([
    0x4d,
    0x4d,
    0x00,
    0x2a,
    0x00,
    0x00,
    0x00,
    0x08, // "MM", 42, IFD0 at 8
    0x00,
    0x01, // one entry
    0x01,
    0x12,
    0x00,
    0x03,
    0x00,
    0x00,
    0x00,
    0x01,
    0x00,
    orientation,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00, // no next IFD
  ]);
}

/** A JPEG `width` × `height` of quadrants, with an APP1 Exif segment saying `orientation` (1–8). */
export function jpegWithOrientation(width: number, height: number, orientation: number) {
  const image = new PhotonImage(quadrantPixels(width, height), width, height);
  const jpeg = image.get_bytes_jpeg(95);
  image.free();
  const tiff = tiffWithOrientation(orientation);
  const app1 = new Uint8Array(4 + 6 + tiff.length);
  app1.set([0xff, 0xe1, 0, 2 + 6 + tiff.length]);
  app1.set([0x45, 0x78, 0x69, 0x66, 0, 0], 4); // "Exif\0\0"
  app1.set(tiff, 10);
  return concat(jpeg.subarray(0, 2), app1, jpeg.subarray(2));
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Uint8Array) {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(...parts: Uint8Array[]) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG `width` × `height` of quadrants with an `eXIf` chunk saying `orientation`, right after IHDR. */
export function pngWithOrientation(width: number, height: number, orientation: number) {
  const image = new PhotonImage(quadrantPixels(width, height), width, height);
  const png = image.get_bytes();
  image.free();
  const afterIhdr = 8 + 12 + 13;
  return concat(
    png.subarray(0, afterIhdr),
    pngChunk("eXIf", tiffWithOrientation(orientation)),
    png.subarray(afterIhdr),
  );
}

/**
 * A WebP `width` × `height` of quadrants in the extended format (VP8X) with an `EXIF` chunk saying
 * `orientation`, after the image data as most writers put it.
 */
export function webpWithOrientation(width: number, height: number, orientation: number) {
  const image = new PhotonImage(quadrantPixels(width, height), width, height);
  const webp = image.get_bytes_webp();
  image.free();
  const riffChunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(8 + data.length + (data.length % 2));
    out.set(new TextEncoder().encode(type));
    new DataView(out.buffer).setUint32(4, data.length, true);
    out.set(data, 8);
    return out;
  };
  let body = webp.subarray(12);
  const canvas = new Uint8Array(10);
  const view = new DataView(canvas.buffer);
  if (new TextDecoder().decode(body.subarray(0, 4)) === "VP8X") {
    canvas.set(body.subarray(8, 18));
    body = body.subarray(18);
  } else {
    view.setUint16(4, (width - 1) & 0xffff, true);
    canvas[6] = (width - 1) >> 16;
    view.setUint16(7, (height - 1) & 0xffff, true);
    canvas[9] = (height - 1) >> 16;
  }
  canvas[0]! |= 0x08; // the EXIF flag
  const chunks = concat(riffChunk("VP8X", canvas), body, riffChunk("EXIF", tiffWithOrientation(orientation)));
  const header = new Uint8Array(12);
  header.set(new TextEncoder().encode("RIFF"));
  new DataView(header.buffer).setUint32(4, 4 + chunks.length, true);
  header.set(new TextEncoder().encode("WEBP"), 8);
  return concat(header, chunks);
}

/**
 * A PNG whose header declares `width` × `height` (8-bit RGB) while its IDAT holds only about `bytes` of
 * compressed rows: small to send, huge to decode (a "decompression bomb").
 */
export async function pngDeclaring(width: number, height: number, bytes = 12 * 1024) {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  // Zero rows compress ~1000:1: enough of them to make an IDAT of about `bytes`.
  const raw = new Uint8Array(bytes * 1000);
  const idat = new Uint8Array(
    await new Response(new Blob([raw]).stream().pipeThrough(new CompressionStream("deflate"))).arrayBuffer(),
  );
  return concat(PNG_SIGNATURE, pngChunk("IHDR", ihdr), pngChunk("IDAT", idat), pngChunk("IEND", new Uint8Array(0)));
}

/** Only the 8-byte PNG signature: starts like a PNG, decodes to nothing. */
export const PNG_SIGNATURE_ONLY = PNG_SIGNATURE;

/** `bytes` as a `data:image/png;base64,` URL (a drawn signature as the pad sends it). */
export function pngDataUrl(bytes: Uint8Array) {
  return `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`;
}

/** The decoded size and the colour at a point (as fractions of width and height) of an image file. */
export function decoded(bytes: Uint8Array) {
  const image = PhotonImage.new_from_byteslice(bytes);
  const width = image.get_width();
  const height = image.get_height();
  const pixels = image.get_raw_pixels();
  image.free();
  const at = (fx: number, fy: number): Rgb => {
    const i = (Math.floor(fy * height) * width + Math.floor(fx * width)) * 4;
    return [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
  };
  return { width, height, at };
}

/** Which of the four test colours `rgb` is (JPEG shifts colours a little). */
function nameOf(rgb: Rgb) {
  const named = { red: RED, green: GREEN, blue: BLUE, white: WHITE };
  const distance = (a: Rgb, b: Rgb) => a.reduce((sum, v, i) => sum + (v - b[i]!) ** 2, 0);
  return Object.entries(named).sort(([, a], [, b]) => distance(rgb, a) - distance(rgb, b))[0]![0];
}

/** The corners of a decoded image, by colour name: `[top-left, top-right, bottom-left, bottom-right]`. */
export function cornersOf(bytes: Uint8Array) {
  const { at } = decoded(bytes);
  return [at(0.1, 0.1), at(0.9, 0.1), at(0.1, 0.9), at(0.9, 0.9)].map(nameOf);
}

/**
 * A JPEG whose frame header (SOF `marker`: 0xc0 baseline, 0xc2 progressive…) declares `width` × `height`,
 * built the way encoders lay files out (SOI, APP0 JFIF, DQT, SOFn, …) from a real photon JPEG with its size
 * rewritten; with `sofFirst`, only SOI, the frame header and EOI (the smallest such file).
 */
export function jpegDeclaring(width: number, height: number, marker = 0xc0, sofFirst = false) {
  if (sofFirst) {
    const sof = [0xff, marker, 0, 17, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3];
    const components = [1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
    return new Uint8Array([0xff, 0xd8, ...sof, ...components, 0xff, 0xd9]);
  }
  const jpeg = jpegWithOrientation(16, 16, 1);
  for (let at = 2; at + 9 < jpeg.length; at++)
    if (jpeg[at] === 0xff && jpeg[at + 1] === 0xc0) {
      jpeg.set([marker], at + 1);
      jpeg.set([height >> 8, height & 0xff, width >> 8, width & 0xff], at + 5);
      return jpeg;
    }
  throw new Error("no SOF0 in photon's JPEG");
}

/**
 * A WebP whose header declares `width` × `height` in a `kind` chunk (`VP8 ` lossy, `VP8L` lossless, or a
 * `VP8X` extended canvas around a small lossless frame): the header only, no decodable picture.
 */
export function webpDeclaring(width: number, height: number, kind: "VP8" | "VP8L" | "VP8X") {
  const chunk = (type: string, data: number[]) => {
    const out = new Uint8Array(8 + data.length + (data.length % 2));
    out.set(new TextEncoder().encode(type));
    new DataView(out.buffer).setUint32(4, data.length, true);
    out.set(data, 8);
    return out;
  };
  const lossless = (w: number, h: number) => {
    const bits = ((w - 1) & 0x3fff) | (((h - 1) & 0x3fff) << 14);
    return chunk("VP8L", [0x2f, bits & 0xff, (bits >> 8) & 0xff, (bits >> 16) & 0xff, (bits >>> 24) & 0xff, 0, 0]);
  };
  const body =
    kind === "VP8"
      ? chunk("VP8 ", [0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a, width & 0xff, width >> 8, height & 0xff, height >> 8])
      : kind === "VP8L"
        ? lossless(width, height)
        : concat(
            chunk("VP8X", [
              0,
              0,
              0,
              0,
              (width - 1) & 0xff,
              ((width - 1) >> 8) & 0xff,
              (width - 1) >> 16,
              (height - 1) & 0xff,
              ((height - 1) >> 8) & 0xff,
              (height - 1) >> 16,
            ]),
            lossless(16, 16),
          );
  const header = new Uint8Array(12);
  header.set(new TextEncoder().encode("RIFF"));
  new DataView(header.buffer).setUint32(4, 4 + body.length, true);
  header.set(new TextEncoder().encode("WEBP"), 8);
  return concat(header, body);
}
