import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { detectFileType } from "../../worker/lib/file-types";
import { readImageHeader } from "../../worker/lib/image-header";
import { MAX_IMAGE_PIXELS, prepareImage, type ImageCodec } from "../../worker/lib/images";
import {
  cornersOf,
  jpegDeclaring,
  jpegWithOrientation,
  PNG_SIGNATURE_ONLY,
  pngDeclaring,
  pngWithOrientation,
  webpDeclaring,
  webpWithOrientation,
} from "../setup/images";

// issue 12 §3: the one image path (listing photos, dossier and guarantor documents, drawn signatures).

/** The corners [top-left, top-right, bottom-left, bottom-right] of the quadrant picture once upright. */
const UPRIGHT: Record<number, string[]> = {
  1: ["red", "green", "blue", "white"],
  2: ["green", "red", "white", "blue"], // mirrored
  3: ["white", "blue", "green", "red"], // rotated 180°
  4: ["blue", "white", "red", "green"], // flipped
  5: ["red", "blue", "green", "white"], // transposed
  6: ["blue", "red", "white", "green"], // rotated 90° clockwise
  7: ["white", "green", "blue", "red"], // transversed
  8: ["green", "white", "red", "blue"], // rotated 90° counter-clockwise
};

const typeOf = (bytes: Uint8Array) => detectFileType(bytes)!;
/** The render worker's codec through the RENDER service binding (vitest.config.ts): the real RPC path. */
const codec: ImageCodec = env.RENDER;

describe("the image path", () => {
  it("reads size and EXIF orientation from the header (image-size, exifr) without decoding", async () => {
    const jpeg = jpegWithOrientation(400, 200, 6);
    expect(await readImageHeader(jpeg, typeOf(jpeg))).toEqual({ width: 400, height: 200, orientation: 6 });
    const png = pngWithOrientation(40, 20, 8);
    expect(await readImageHeader(png, typeOf(png))).toEqual({ width: 40, height: 20, orientation: 8 });
    const bomb = await pngDeclaring(10000, 10000);
    expect(await readImageHeader(bomb, typeOf(bomb))).toEqual({ width: 10000, height: 10000, orientation: 1 });
    expect(await readImageHeader(PNG_SIGNATURE_ONLY, typeOf(PNG_SIGNATURE_ONLY))).toBeNull();
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])("turns EXIF orientation %i upright in the pixels (JPEG)", async (orientation) => {
    const jpeg = jpegWithOrientation(64, 32, orientation);
    const out = await prepareImage(codec, jpeg, typeOf(jpeg), { field: "file" });
    const [width, height] = orientation >= 5 ? [32, 64] : [64, 32];
    expect([out.width, out.height]).toEqual([width, height]);
    expect(cornersOf(out.bytes)).toEqual(UPRIGHT[orientation]);
    // The stored file carries no orientation any more: it is upright as it is.
    expect((await readImageHeader(out.bytes, out.type))?.orientation).toBe(1);
  });

  it("turns a PNG's eXIf orientation upright too, and keeps it a PNG", async () => {
    const png = pngWithOrientation(40, 20, 6);
    const out = await prepareImage(codec, png, typeOf(png), { field: "file" });
    expect([out.type.name, out.width, out.height]).toEqual(["png", 20, 40]);
    expect(cornersOf(out.bytes)).toEqual(UPRIGHT[6]);
  });

  it("turns a WebP's EXIF chunk orientation upright too (stored as JPEG)", async () => {
    const webp = webpWithOrientation(64, 32, 8);
    expect(await readImageHeader(webp, typeOf(webp))).toEqual({ width: 64, height: 32, orientation: 8 });
    const out = await prepareImage(codec, webp, typeOf(webp), { field: "file" });
    expect([out.type.name, out.width, out.height]).toEqual(["jpeg", 32, 64]);
    expect(cornersOf(out.bytes)).toEqual(UPRIGHT[8]);
  });

  it("refuses an image above the pixel budget from its header alone, quickly, in words", async () => {
    const bomb = await pngDeclaring(10000, 10000);
    expect(bomb.length).toBeLessThan(16 * 1024);
    const started = performance.now();
    const error = await prepareImage(codec, bomb, typeOf(bomb), { field: "file" }).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(500);
    expect(error).toMatchObject({
      status: 413,
      code: "image_too_large",
      message: expect.stringMatching(
        /10000 × 10000 pixels \(100 megapixels\); we accept images up to 16\.8 megapixels/,
      ),
    });
    expect(MAX_IMAGE_PIXELS).toBe(4096 * 4096);
  });

  it("refuses what does not decode: a bare PNG signature, a PNG whose pixels are cut off", async () => {
    await expect(
      prepareImage(codec, PNG_SIGNATURE_ONLY, typeOf(PNG_SIGNATURE_ONLY), { field: "x" }),
    ).rejects.toMatchObject({
      status: 422,
      code: "unreadable_image",
      errors: [{ path: "x", message: expect.stringContaining("cannot be read") }],
    });
    const png = pngWithOrientation(40, 20, 1);
    const cut = png.subarray(0, 60);
    await expect(prepareImage(codec, cut, typeOf(cut), { field: "file" })).rejects.toMatchObject({ status: 422 });
  });

  // Issue 12 leftovers: a JPEG declaring 60000² came back 422 `unreadable_image` (its size was not read from
  // the header, so the decoder was tried). Every format, every frame-header kind: 413 from the header.
  const OVER_BUDGET = {
    "PNG 10000²": () => pngDeclaring(10000, 10000),
    "JPEG baseline (SOF0) 60000², encoder layout": () => jpegDeclaring(60000, 60000, 0xc0),
    "JPEG baseline (SOF0) 60000², frame header first": () => jpegDeclaring(60000, 60000, 0xc0, true),
    "JPEG progressive (SOF2) 60000²": () => jpegDeclaring(60000, 60000, 0xc2),
    "JPEG progressive (SOF2) 60000², frame header first": () => jpegDeclaring(60000, 60000, 0xc2, true),
    "JPEG arithmetic (SOF9) 20000 × 9000": () => jpegDeclaring(20000, 9000, 0xc9),
    "WebP lossy (VP8) 16383²": () => webpDeclaring(16383, 16383, "VP8"),
    "WebP lossless (VP8L) 16384 × 5000": () => webpDeclaring(16384, 5000, "VP8L"),
    "WebP extended (VP8X) 60000²": () => webpDeclaring(60000, 60000, "VP8X"),
  };

  it.each(Object.entries(OVER_BUDGET))("refuses %s from its header: 413 with a sentence", async (_, make) => {
    const bytes = await make();
    const type = typeOf(bytes);
    const header = await readImageHeader(bytes, type);
    expect(header!.width * header!.height).toBeGreaterThan(MAX_IMAGE_PIXELS);
    const error = await prepareImage(codec, bytes, type, { field: "file" }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 413,
      code: "image_too_large",
      message: expect.stringContaining(`This image is ${header!.width} × ${header!.height} pixels`),
      errors: [{ path: "file", message: expect.stringContaining("Resize it") }],
    });
  });

  it("reads the declared size of every format exactly", async () => {
    const size = async (bytes: Uint8Array) => {
      const h = await readImageHeader(bytes, typeOf(bytes));
      return h && [h.width, h.height];
    };
    expect(await size(jpegDeclaring(60000, 40000, 0xc0))).toEqual([60000, 40000]);
    expect(await size(jpegDeclaring(60000, 40000, 0xc2, true))).toEqual([60000, 40000]);
    expect(await size(jpegWithOrientation(64, 32, 1))).toEqual([64, 32]);
    expect(await size(webpDeclaring(640, 480, "VP8"))).toEqual([640, 480]);
    expect(await size(webpDeclaring(640, 480, "VP8L"))).toEqual([640, 480]);
    // A small canvas around a frame 16 × 16: the larger of the two counts.
    expect(await size(webpDeclaring(8, 8, "VP8X"))).toEqual([16, 16]);
    expect(await size(webpDeclaring(60000, 300, "VP8X"))).toEqual([60000, 300]);
    expect(await size(webpWithOrientation(64, 32, 1))).toEqual([64, 32]);
    // A JPEG with a scan and no frame header, or a frame of height 0 (DNL), has no size: 422 then.
    const noFrame = new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2, 0xff, 0xd9]);
    expect(await size(noFrame)).toBeNull();
    expect(await size(jpegDeclaring(100, 0, 0xc0, true))).toBeNull();
    await expect(prepareImage(codec, noFrame, typeOf(noFrame), { field: "file" })).rejects.toMatchObject({
      status: 422,
    });
  });
});
