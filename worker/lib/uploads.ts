import { AppError, Invalid } from "./errors";
import { detectFileType, FILE_SNIFF_BYTES, type DetectedFileType, type FileTypeName } from "./file-types";
import { downscaleImage } from "./images";

/**
 * Uploads straight from the request stream into R2, never holding the whole body: a small multipart/form-data
 * parser over the web stream (workerd has no streaming `formData()`), a Content-Length check before the
 * first byte is read, a byte count while streaming, and the content type decided from the file's first
 * bytes. Files bigger than one part go to R2 as a multipart upload of fixed-size parts (R2 requires equal
 * parts except the last), so at most one part is in memory at a time. Images are decoded, downscaled and
 * re-encoded (see ./images), which needs them whole: they have their own, smaller limit.
 *
 * Routes that take uploads are exempt from the 1 MB /api body limit (worker/app.ts): add them to
 * UPLOAD_ROUTES, deliberately, and call `receiveUpload` in the handler.
 */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** Room for the multipart framing and the small text fields around the file. */
const FRAMING_ALLOWANCE = 64 * 1024;
const MAX_FIELD_BYTES = 8 * 1024;
const MAX_HEADER_BYTES = 8 * 1024;
/** R2 multipart part size (R2: ≥ 5 MiB, all parts but the last of equal size). */
export const PART_BYTES = 8 * 1024 * 1024;

/** POST routes under /api that read their body with `receiveUpload` instead of through the 1 MB limit. */
export const UPLOAD_ROUTES: RegExp[] = [
  /^\/api\/me\/(dossier\/)?documents$/,
  /^\/api\/me\/guarantors\/[^/]+\/documents$/,
  /^\/api\/listings\/[^/]+\/photos$/,
];
export const isUploadRoute = (method: string, path: string) =>
  method === "POST" && UPLOAD_ROUTES.some((re) => re.test(path));

export class TooLarge extends AppError {
  constructor(limit: number) {
    super(413, "too_large", `Files are limited to ${Math.round(limit / (1024 * 1024))} MB`);
  }
}

export class UnsupportedFile extends AppError {
  constructor(accepted: readonly FileTypeName[]) {
    super(
      415,
      "unsupported_media_type",
      `This file is not one we accept (${accepted.map((t) => t.toUpperCase()).join(", ")}), whatever its name says`,
    );
  }
}

export type Upload = { fields: Record<string, string>; file: { name: string; type: DetectedFileType; size: number } };
type Options = { bucket: R2Bucket; key: string; accept: readonly FileTypeName[]; maxBytes?: number };

const encoder = new TextEncoder();

function indexOf(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0]!;
  for (
    let i = haystack.indexOf(first, from);
    i !== -1 && i <= haystack.length - needle.length;
    i = haystack.indexOf(first, i + 1)
  ) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Pulls a multipart body apart, part by part; each part's content must be read before the next. */
class MultipartReader {
  private buf: Uint8Array;
  private done = false;
  private readonly delimiter: Uint8Array;

  constructor(
    private readonly reader: ReadableStreamDefaultReader<Uint8Array>,
    boundary: string,
  ) {
    this.delimiter = encoder.encode(`\r\n--${boundary}`);
    // The first delimiter has no CRLF before it: pretend it has, so one search finds them all.
    this.buf = encoder.encode("\r\n");
  }

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const { value, done } = await this.reader.read();
    if (done) {
      this.done = true;
      return false;
    }
    this.buf = concat(this.buf, value);
    return true;
  }

  /** Skips the preamble up to the first delimiter. */
  async start(): Promise<void> {
    for await (const _ of this.content()) void _;
  }

  /** The headers of the next part, or null after the closing delimiter. */
  async nextHeaders(): Promise<Headers | null> {
    while (this.buf.length < 2) if (!(await this.fill())) throw new Invalid("The multipart body ends too early");
    if (this.buf[0] === 0x2d && this.buf[1] === 0x2d) return null; // "--": the closing delimiter
    let end = indexOf(this.buf, encoder.encode("\r\n\r\n"));
    while (end === -1) {
      if (this.buf.length > MAX_HEADER_BYTES || !(await this.fill()))
        throw new Invalid("Malformed multipart part headers");
      end = indexOf(this.buf, encoder.encode("\r\n\r\n"));
    }
    const headers = new Headers();
    for (const line of new TextDecoder().decode(this.buf.subarray(2, end)).split("\r\n")) {
      const colon = line.indexOf(":");
      if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
    }
    this.buf = this.buf.subarray(end + 4);
    return headers;
  }

  /** The current part's bytes, as they arrive; ends at the next delimiter. */
  async *content(): AsyncGenerator<Uint8Array> {
    for (;;) {
      const at = indexOf(this.buf, this.delimiter);
      if (at !== -1) {
        if (at > 0) yield this.buf.slice(0, at);
        this.buf = this.buf.subarray(at + this.delimiter.length);
        return;
      }
      // Keep a tail that may be the start of a delimiter split across chunks.
      const safe = this.buf.length - (this.delimiter.length - 1);
      if (safe > 0) {
        yield this.buf.slice(0, safe);
        this.buf = this.buf.subarray(safe);
      }
      if (!(await this.fill())) throw new Invalid("The multipart body ends in the middle of a part");
    }
  }

  async cancel() {
    await this.reader.cancel().catch(() => undefined);
  }
}

function dispositionOf(headers: Headers): { name: string; filename: string | null } {
  const value = headers.get("content-disposition") ?? "";
  const name = /;\s*name="([^"]*)"/i.exec(value)?.[1] ?? "";
  const star = /;\s*filename\*=UTF-8''([^;]+)/i.exec(value)?.[1];
  const plain = /;\s*filename="([^"]*)"/i.exec(value)?.[1];
  const filename = star ? decodeURIComponent(star) : (plain ?? null);
  return { name, filename };
}

/** Writes a stream of chunks of unknown total length to R2, one fixed-size part in memory at most. */
class R2Writer {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private upload: R2MultipartUpload | null = null;
  private parts: R2UploadedPart[] = [];

  constructor(
    private readonly bucket: R2Bucket,
    private readonly key: string,
    private readonly contentType: string,
  ) {}

  async write(chunk: Uint8Array) {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    while (this.pendingBytes >= PART_BYTES) await this.flushPart(PART_BYTES);
  }

  private take(bytes: number): Uint8Array {
    const out = new Uint8Array(bytes);
    let filled = 0;
    while (filled < bytes) {
      const head = this.pending[0]!;
      const n = Math.min(head.length, bytes - filled);
      out.set(head.subarray(0, n), filled);
      filled += n;
      if (n === head.length) this.pending.shift();
      else this.pending[0] = head.subarray(n);
    }
    this.pendingBytes -= bytes;
    return out;
  }

  private async flushPart(bytes: number) {
    this.upload ??= await this.bucket.createMultipartUpload(this.key, {
      httpMetadata: { contentType: this.contentType },
    });
    this.parts.push(await this.upload.uploadPart(this.parts.length + 1, this.take(bytes)));
  }

  /** Small files are one plain put; big ones complete their multipart upload. */
  async close() {
    if (!this.upload) {
      await this.bucket.put(this.key, this.take(this.pendingBytes), {
        httpMetadata: { contentType: this.contentType },
      });
      return;
    }
    if (this.pendingBytes > 0) await this.flushPart(this.pendingBytes);
    await this.upload.complete(this.parts);
  }

  async abort() {
    await this.upload?.abort().catch(() => undefined);
  }
}

/**
 * Reads a multipart/form-data request with exactly one file part (`file`) and small text fields, and
 * stores the file at `key`. Throws 413 before reading when Content-Length is too large, and as soon as
 * the streamed bytes pass the limit; 415 as soon as the first bytes show a type not in `accept`.
 */
export async function receiveUpload(request: Request, options: Options): Promise<Upload> {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  const contentType = request.headers.get("content-type") ?? "";
  const boundary = /^multipart\/form-data;.*\bboundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) throw new AppError(415, "unsupported_media_type", "Send the file as multipart/form-data");
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > maxBytes + FRAMING_ALLOWANCE) throw new TooLarge(maxBytes);
  if (!request.body) throw new Invalid("file: a file is required", [{ path: "file", message: "Required" }]);

  const parts = new MultipartReader(request.body.getReader(), (boundary[1] ?? boundary[2])!.trim());
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
  const begin = async (bytes: Uint8Array, partEnded: boolean) => {
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
    if (await begin(head, false)) await take(head);
  }
  if (!type) {
    if (head.length === 0) throw new Invalid("file: the file is empty", [{ path: "file", message: "Empty file" }]);
    await begin(head, true);
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
    const scaled = await downscaleImage(bytes, detected);
    await options.bucket.put(options.key, scaled.bytes, { httpMetadata: { contentType: scaled.type.mime } });
    return { name: withExtension(name, scaled.type.extension), type: scaled.type, size: scaled.bytes.length };
  }
  await (writer as R2Writer | null)!.close();
  return { name, type: detected, size };
}

function withExtension(name: string, extension: string) {
  const base = name.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  return `${base}.${extension}`;
}
