import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import { R2Writer } from "../lib/r2-writer";

/**
 * A ZIP written straight into R2 as it is built, with fflate (well kept, small, streams, and runs in Workers
 * with no Node API): each entry is pushed chunk by chunk and every chunk the ZIP yields goes on to R2 through
 * the multipart writer (worker/lib/r2-writer.ts), so memory holds one R2 part at most, never the whole
 * archive. JSON and text are deflated; PDFs and photos, already compressed, are stored as they are.
 */
export class ZipToR2 {
  private readonly out: R2Writer;
  private readonly zip: Zip;
  private ready: Uint8Array[] = [];
  private failure: Error | null = null;
  /** The archive's size so far, in bytes. */
  bytes = 0;

  constructor(bucket: R2Bucket, key: string) {
    this.out = new R2Writer(bucket, key, "application/zip");
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.ready.push(chunk);
    });
  }

  /** Hands what the ZIP produced so far to R2. */
  private async drain() {
    if (this.failure) throw this.failure;
    const chunks = this.ready;
    this.ready = [];
    for (const chunk of chunks) {
      this.bytes += chunk.length;
      await this.out.write(chunk);
    }
  }

  /** Adds a text file (JSON, README), deflated. */
  async addText(path: string, text: string) {
    const entry = new ZipDeflate(path, { level: 6 });
    this.zip.add(entry);
    entry.push(new TextEncoder().encode(text), true);
    await this.drain();
  }

  /** Adds a file from a stream of bytes (an R2 object's body), stored as is. Answers its size in bytes. */
  async addStream(path: string, body: ReadableStream<Uint8Array>): Promise<number> {
    const entry = new ZipPassThrough(path);
    this.zip.add(entry);
    let size = 0;
    for await (const chunk of body) {
      size += chunk.length;
      entry.push(chunk, false);
      await this.drain();
    }
    entry.push(new Uint8Array(0), true);
    await this.drain();
    return size;
  }

  /** Finishes the archive and its R2 object; answers its size in bytes. */
  async close(): Promise<number> {
    this.zip.end();
    await this.drain();
    await this.out.close();
    return this.bytes;
  }

  /** Gives up: the multipart upload, if one was started, is aborted. */
  async abort() {
    this.zip.terminate();
    await this.out.abort();
  }
}
