import { PNG } from "image-size/types/png";
import type { DetectedFileType } from "./file-types";

/**
 * What an image's header says, read without decoding a pixel: its stored dimensions and its EXIF
 * orientation (`exifr`, its "mini" build: JPEG APP1 and bare TIFF; the TIFF block of a PNG `eXIf` chunk or
 * a WebP `EXIF` chunk is found here and handed to it). Dimensions: PNG's IHDR through `image-size`; JPEG's
 * frame header and WebP's chunks read here (`image-size` misses a SOF that is the first marker, knows only
 * SOF0–SOF2, and reads a VP8X canvas without the frames inside it, so a bomb declared there went on to the
 * decoder and came back 422 instead of 413). All plain JS, run in workerd.
 */
export type ImageHeader = { width: number; height: number; orientation: number };

type Size = { width: number; height: number };

/**
 * A JPEG's frame size from its SOFn marker (ITU-T T.81 §B.2.2: SOF0–SOF3, SOF5–SOF7, SOF9–SOF11,
 * SOF13–SOF15; baseline, extended, progressive, lossless, arithmetic), walking the marker segments from SOI
 * (fill bytes 0xFF skipped, stand-alone markers have no length). Null without a frame header before the
 * scan, or with a height of 0 (defined later by a DNL marker, which nothing here decodes).
 */
function jpegSize(bytes: Uint8Array): Size | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    while (bytes[at + 1] === 0xff && at + 2 < bytes.length) at++;
    const marker = bytes[at + 1]!;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return null; // a scan or the end before any frame header
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (at + 9 > bytes.length) return null;
      const height = (bytes[at + 5]! << 8) | bytes[at + 6]!;
      const width = (bytes[at + 7]! << 8) | bytes[at + 8]!;
      return height && width ? { width, height } : null;
    }
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

const u24 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);

/** The size a WebP `VP8 ` (lossy, RFC 9649 §2.5: 14 bits each after the start code) or `VP8L` chunk declares. */
function webpFrameSize(bytes: Uint8Array, type: string, data: number): Size | null {
  if (type === "VP8 " && bytes[data + 3] === 0x9d && bytes[data + 4] === 0x01 && bytes[data + 5] === 0x2a)
    return {
      width: (bytes[data + 6]! | (bytes[data + 7]! << 8)) & 0x3fff,
      height: (bytes[data + 8]! | (bytes[data + 9]! << 8)) & 0x3fff,
    };
  if (type === "VP8L" && bytes[data] === 0x2f) {
    const bits = bytes[data + 1]! | (bytes[data + 2]! << 8) | (bytes[data + 3]! << 16) | (bytes[data + 4]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return null;
}

/**
 * A WebP's size (RFC 9649): the largest of the VP8X canvas (24 bits each, minus one) and every `VP8 ` /
 * `VP8L` frame in the file (a decoder sizes its buffers by the frame, whatever the canvas says). Null
 * without any size, or with a frame whose header does not parse.
 */
function webpSize(bytes: Uint8Array): Size | null {
  if (fourCC(bytes, 0) !== "RIFF" || fourCC(bytes, 8) !== "WEBP") return null;
  let size: Size | null = null;
  const grow = (s: Size) => {
    size = { width: Math.max(size?.width ?? 0, s.width), height: Math.max(size?.height ?? 0, s.height) };
  };
  for (let at = 12; at + 8 <= bytes.length;) {
    const type = fourCC(bytes, at);
    const length = u24(bytes, at + 4) + bytes[at + 7]! * 0x1000000;
    const data = at + 8;
    if (type === "VP8X") {
      if (data + 10 > bytes.length) return null;
      grow({ width: u24(bytes, data + 4) + 1, height: u24(bytes, data + 7) + 1 });
    } else if (type === "VP8 " || type === "VP8L") {
      const frame = webpFrameSize(bytes, type, data);
      if (!frame) return null;
      grow(frame);
    } else if (type === "ANMF" && data + 16 <= bytes.length) {
      // An animation frame: its own frame chunk follows its 16-byte header.
      const inner = data + 16;
      const frame = webpFrameSize(bytes, fourCC(bytes, inner), inner + 8);
      if (frame) grow(frame);
    }
    at = data + length + (length % 2);
  }
  return size;
}

/** PNG's IHDR through `image-size` (IHDR is always the first chunk, at a fixed offset). */
function pngSize(bytes: Uint8Array): Size | null {
  try {
    return PNG.validate(bytes) ? PNG.calculate(bytes) : null;
  } catch {
    return null;
  }
}

const SIZE_READERS: Record<string, (bytes: Uint8Array) => Size | null> = {
  png: pngSize,
  jpeg: jpegSize,
  webp: webpSize,
};

const fourCC = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

/** The TIFF block of a PNG's `eXIf` chunk (PNG 1.5 / PNG 3rd ed. §11.3.3.6), if any, before the pixels. */
function pngExif(bytes: Uint8Array): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = view.getUint32(at);
    const type = fourCC(bytes, at + 4);
    if (type === "eXIf") return bytes.subarray(at + 8, at + 8 + length);
    if (type === "IDAT" || type === "IEND") return null;
    at += 12 + length;
  }
  return null;
}

/** The TIFF block of a WebP's `EXIF` chunk (RIFF container, extended format), if any. */
function webpExif(bytes: Uint8Array): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 12; at + 8 <= bytes.length;) {
    const length = view.getUint32(at + 4, true);
    if (fourCC(bytes, at) === "EXIF") {
      const block = bytes.subarray(at + 8, at + 8 + length);
      // Some writers keep JPEG's "Exif\0\0" prefix in front of the TIFF header.
      return fourCC(block, 0) === "Exif" ? block.subarray(6) : block;
    }
    at += 8 + length + (length % 2);
  }
  return null;
}

/**
 * A TIFF block in the smallest JPEG envelope exifr's mini build reads (SOI, APP1 "Exif\0\0", EOI): that
 * build parses JPEG but does not recognise a bare TIFF block.
 */
function inJpegEnvelope(tiff: Uint8Array): Uint8Array | null {
  const length = 2 + 6 + tiff.length;
  if (length > 0xffff) return null;
  const out = new Uint8Array(2 + 2 + length + 2);
  out.set([0xff, 0xd8, 0xff, 0xe1, length >> 8, length & 0xff, 0x45, 0x78, 0x69, 0x66, 0, 0]);
  out.set(tiff, 12);
  out.set([0xff, 0xd9], 12 + tiff.length);
  return out;
}

/** The EXIF orientation (1–8; 1 when absent or out of range) of a PNG, JPEG or WebP. */
async function orientationOf(bytes: Uint8Array, type: DetectedFileType): Promise<number> {
  const tiff = type.name === "png" ? pngExif(bytes) : type.name === "webp" ? webpExif(bytes) : null;
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  // exifr reads a typed array's whole underlying buffer, ignoring its offset: hand it a view of its own.
  const input =
    type.name === "jpeg" ? (whole ? bytes : bytes.slice()) : tiff && tiff.length >= 8 ? inJpegEnvelope(tiff) : null;
  if (!input) return 1;
  const exifr = await import("exifr/dist/mini.esm.mjs");
  const orientation = await exifr.orientation(input).catch(() => undefined);
  return orientation && orientation >= 1 && orientation <= 8 ? orientation : 1;
}

/**
 * The header of an image of `type` (PNG, JPEG or WebP, as sniffed): stored width and height in pixels and
 * EXIF orientation; null when the header is missing or malformed (the image cannot be decoded either).
 */
export async function readImageHeader(bytes: Uint8Array, type: DetectedFileType): Promise<ImageHeader | null> {
  const size = SIZE_READERS[type.name]?.(bytes);
  if (!size) return null;
  const { width, height } = size;
  if (!width || !height || !Number.isInteger(width) || !Number.isInteger(height)) return null;
  return { width, height, orientation: await orientationOf(bytes, type) };
}
