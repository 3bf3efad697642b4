import { FILE_TYPES, type DetectedFileType } from "./file-types";

/** Longest side of a stored image: plenty to read a scanned document, a fraction of a phone photo. */
const MAX_IMAGE_SIDE = 2000;

/**
 * Decodes an uploaded image, downscales it to MAX_IMAGE_SIDE and re-encodes it (photon, Rust compiled to
 * wasm, runs in workerd). Re-encoding also drops whatever the original carried besides pixels (EXIF with
 * GPS positions, trailing data). The codec is loaded on first use so requests without images don't pay
 * for compiling it. A file that claims to be an image but does not decode is refused.
 */
export async function downscaleImage(
  bytes: Uint8Array,
  type: DetectedFileType,
): Promise<{ bytes: Uint8Array; type: DetectedFileType; width: number; height: number }> {
  const photon = await import("@cf-wasm/photon");
  let image: InstanceType<typeof photon.PhotonImage>;
  try {
    image = photon.PhotonImage.new_from_byteslice(bytes);
  } catch {
    const { Invalid } = await import("./errors");
    throw new Invalid("file: this image cannot be read", [{ path: "file", message: "Unreadable image" }]);
  }
  try {
    const width = image.get_width();
    const height = image.get_height();
    const scale = Math.min(1, MAX_IMAGE_SIDE / Math.max(width, height));
    let out = image;
    if (scale < 1)
      out = photon.resize(
        image,
        Math.max(1, Math.round(width * scale)),
        Math.max(1, Math.round(height * scale)),
        photon.SamplingFilter.Lanczos3,
      );
    try {
      const png = type.name === "png";
      const encoded = png ? out.get_bytes() : out.get_bytes_jpeg(85);
      const name = png ? "png" : "jpeg";
      return { bytes: encoded, type: { name, ...FILE_TYPES[name] }, width: out.get_width(), height: out.get_height() };
    } finally {
      if (out !== image) out.free();
    }
  } finally {
    image.free();
  }
}
