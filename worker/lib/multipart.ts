import { Invalid } from "./errors";
import { discardRest } from "./request-body";

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
  async nextHeaders(): Promise<PartHeaders | null> {
    while (this.buf.length < 2) if (!(await this.fill())) throw new Invalid("The multipart body ends too early");
    if (this.buf[0] === 0x2d && this.buf[1] === 0x2d) return null; // "--": the closing delimiter
    let end = indexOf(this.buf, encoder.encode("\r\n\r\n"));
    while (end === -1) {
      if (this.buf.length > MAX_HEADER_BYTES || !(await this.fill()))
        throw new Invalid("Malformed multipart part headers");
      end = indexOf(this.buf, encoder.encode("\r\n\r\n"));
    }
    const headers = new PartHeaders(new TextDecoder().decode(this.buf.subarray(2, end)));
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

  /**
   * Stops reading parts: what is left of the body is read and dropped (up to `DRAIN_LIMIT_BYTES`, then
   * cancelled), so a refused upload still leaves the connection fit for the next request (./request-body).
   */
  async cancel() {
    this.done = true;
    await discardRest(this.reader);
  }
}

/**
 * A part's header lines (RFC 7578 §4.8: only Content-Disposition and Content-Type matter), by lower-cased
 * name. Not the Fetch `Headers`: it throws on a NUL, and on any character above U+00FF, which browsers send
 * raw (UTF-8) in `filename="…"`; a part's headers are data to parse, not headers to forward.
 */
export class PartHeaders {
  private readonly values = new Map<string, string>();

  constructor(block: string) {
    for (const line of block.split("\r\n")) {
      const colon = line.indexOf(":");
      if (colon > 0) this.values.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }

  /** The header's value, or null when the part has none. */
  get(name: string): string | null {
    return this.values.get(name.toLowerCase()) ?? null;
  }
}

/** The longest file name kept (characters); longer names keep their end (the extension). */
const MAX_FILENAME_LENGTH = 200;

/**
 * The field name and (for a file part) the file name of a part, from its Content-Disposition (RFC 7578
 * §4.2, RFC 6266 §4.3). `filename*` (RFC 8187: `UTF-8''percent-encoded`) wins over `filename` when it
 * decodes; a malformed one (bad percent-encoding, unknown charset) falls back to `filename`, and with no
 * `filename` either the part is refused with 400 `validation_failed`. The file name is cleaned with
 * `cleanFileName` (never a NUL, control or bidi-override character, never a path).
 */
export function dispositionOf(headers: Pick<PartHeaders, "get">): { name: string; filename: string | null } {
  const value = headers.get("content-disposition") ?? "";
  const name = paramOf(value, "name") ?? "";
  const star = paramOf(value, "filename*");
  const plain = paramOf(value, "filename");
  if (star === null && plain === null) return { name, filename: null };
  const decoded = star === null ? null : decodeExtValue(star);
  const raw = decoded ?? plain;
  if (raw === null)
    throw new Invalid("The file name could not be read (malformed filename*)", [
      { path: name || "file", message: "Malformed file name" },
    ]);
  return { name, filename: cleanFileName(raw) };
}

/**
 * One parameter of a header value, `key="quoted"` or `key=token`; null when absent. No backslash escapes:
 * browsers send `"` as `%22` and a backslash as itself (HTML's multipart/form-data encoding).
 */
function paramOf(header: string, key: string): string | null {
  const escaped = key.replace("*", "\\*");
  const match = new RegExp(`;\\s*${escaped}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, "i").exec(header);
  if (!match) return null;
  return match[1] ?? match[2] ?? "";
}

/** An RFC 8187 ext-value (`charset'lang'pct-encoded`) decoded, or null when malformed. */
function decodeExtValue(value: string): string | null {
  const match = /^(utf-8|iso-8859-1)'[^']*'(.*)$/i.exec(value);
  if (!match) return null;
  const encoded = match[2]!;
  if (match[1]!.toLowerCase() === "iso-8859-1") {
    if (/%(?![0-9a-f]{2})/i.test(encoded)) return null;
    return encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/**
 * A file name as stored and shown: the last path segment (a browser may send `C:\\Users\\…\\a.pdf`), without
 * control characters (NUL, CR, LF, C1), bidi overrides and isolates (`exe\u202Efdp.pdf` shows as `pdf.exe`),
 * trimmed, at most `MAX_FILENAME_LENGTH` characters (keeping the end); "file" when nothing is left.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const visible = base.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").trim();
  const chars = Array.from(visible);
  const kept = chars.length > MAX_FILENAME_LENGTH ? chars.slice(-MAX_FILENAME_LENGTH).join("") : visible;
  return kept === "" || kept === "." || kept === ".." ? "file" : kept;
}
