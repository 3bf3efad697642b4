import { JPG } from "image-size/types/jpg";
import { PNG } from "image-size/types/png";
import { WEBP } from "image-size/types/webp";
import type { DetectedFileType } from "./file-types";

/**
 * What an image's header says, read without decoding a pixel: its stored dimensions (`image-size`) and its
 * EXIF orientation (`exifr`, its "mini" build: JPEG APP1 and bare TIFF; the TIFF block of a PNG `eXIf`
 * chunk or a WebP `EXIF` chunk is found here and handed to it). Both are plain JS and run in workerd.
 */
export type ImageHeader = { width: number; height: number; orientation: number };

const SIZE_READERS = { png: PNG, jpeg: JPG, webp: WEBP } as const;

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
  const reader = type.name in SIZE_READERS ? SIZE_READERS[type.name as keyof typeof SIZE_READERS] : null;
  if (!reader) return null;
  let size: { width?: number; height?: number };
  try {
    if (!reader.validate(bytes)) return null;
    size = reader.calculate(bytes);
  } catch {
    return null;
  }
  const { width, height } = size;
  if (!width || !height || !Number.isInteger(width) || !Number.isInteger(height)) return null;
  return { width, height, orientation: await orientationOf(bytes, type) };
}
