import { Invalid } from "./errors";

/**
 * A small streaming multipart/form-data reader over a web stream (workerd has no streaming `formData()`):
 * part headers, then each part's bytes as they arrive, never the whole body in memory. Used by ./uploads.
 * Why not @remix-run/multipart-parser (0.16): it hands each part over whole (`MultipartPart.content` is the
 * part's buffered chunks), and a 100 MB document part would not fit next to the rest of a 128 MB isolate;
 * this reader yields a part's bytes as they arrive so ./uploads can stream them to R2.
 */

const MAX_HEADER_BYTES = 8 * 1024;
const encoder = new TextEncoder();

/** The first index of `needle` in `haystack` at or after `from`, or -1. */
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

/** `a` then `b`, as one array (`b` itself when `a` is empty). */
export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Pulls a multipart body apart, part by part; each part's content must be read before the next. */
export class MultipartReader {
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

/** The field name and (for a file part) the file name of a part, from its Content-Disposition. */
export function dispositionOf(headers: Headers): { name: string; filename: string | null } {
  const value = headers.get("content-disposition") ?? "";
  const name = /;\s*name="([^"]*)"/i.exec(value)?.[1] ?? "";
  const star = /;\s*filename\*=UTF-8''([^;]+)/i.exec(value)?.[1];
  const plain = /;\s*filename="([^"]*)"/i.exec(value)?.[1];
  const filename = star ? decodeURIComponent(star) : (plain ?? null);
  return { name, filename };
}
