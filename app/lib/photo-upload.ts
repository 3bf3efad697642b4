/**
 * Photos made small in the browser before they are sent: the one client path of every upload form
 * (maintenance reports and comments, the vendor page, listing photos, expense receipts, dossier documents).
 * A phone photo (4032 × 3024, 2–5 MB) is drawn at most PHOTO_MAX_SIDE px on its longest side, upright (the
 * EXIF orientation applied by `createImageBitmap`'s default `imageOrientation: "from-image"`), and encoded as
 * JPEG at PHOTO_QUALITY: a few hundred KB. PDFs and every other type go untouched, and so does an image the
 * browser cannot decode (HEIC in Chromium): the API checks each file's type and size again whatever is sent
 * (worker/lib/uploads.ts), and re-encodes images itself.
 */

/** Longest side sent (px): the API's stored size (worker/lib/images.ts MAX_IMAGE_SIDE), so it need not resize again. */
const PHOTO_MAX_SIDE = 2000;
/** JPEG quality of a photo made small (0–1). */
const PHOTO_QUALITY = 0.82;
/** An image at most this big (bytes) and PHOTO_MAX_SIDE is sent as it is. */
const SMALL_ENOUGH_BYTES = 600 * 1024;
const SHRINKABLE = new Set(["image/jpeg", "image/png", "image/webp"]);

/** Whether `file` is an image this module makes small (JPEG, PNG, WebP). */
const isShrinkable = (file: File) => SHRINKABLE.has(file.type);

/** The canvas' JPEG, or null when the browser cannot make one. */
function jpegOf(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", PHOTO_QUALITY));
}

/**
 * `file` at most PHOTO_MAX_SIDE px, upright, as JPEG (named `<name>.jpg`); the file itself when it is not an
 * image we shrink, already small, cannot be decoded, or would not get smaller.
 */
export async function shrinkPhoto(file: File): Promise<File> {
  if (!isShrinkable(file) || typeof createImageBitmap !== "function") return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return file;
  }
  try {
    const longest = Math.max(bitmap.width, bitmap.height);
    if (longest <= PHOTO_MAX_SIDE && file.size <= SMALL_ENOUGH_BYTES) return file;
    const scale = Math.min(1, PHOTO_MAX_SIDE / longest);
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const context = canvas.getContext("2d");
    if (!context) return file;
    context.fillStyle = "#fff"; // a transparent PNG becomes JPEG on white, not black
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await jpegOf(canvas);
    if (!blob || blob.size >= file.size) return file;
    const name = `${file.name.replace(/\.[A-Za-z0-9]{1,5}$/, "") || "photo"}.jpg`;
    return new File([blob], name, { type: "image/jpeg", lastModified: file.lastModified });
  } finally {
    bitmap.close();
  }
}

/** The files as a FileList (what an `<input type="file">` holds), to put them back into a form's input. */
export function fileListOf(files: File[]): FileList {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return transfer.files;
}

/**
 * For a plain file input (a receipt, a dossier document): its images are made small as soon as they are
 * chosen and put back into the input, so that the form posts them small; other files stay as they are.
 * Answers when the input holds the small ones.
 */
export async function shrinkInputFiles(input: HTMLInputElement): Promise<void> {
  const chosen = Array.from(input.files ?? []);
  if (!chosen.some(isShrinkable)) return;
  const small = await Promise.all(chosen.map(shrinkPhoto));
  if (small.every((f, i) => f === chosen[i])) return;
  input.files = fileListOf(small);
}
