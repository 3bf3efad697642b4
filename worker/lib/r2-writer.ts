/** R2 multipart part size (R2: ≥ 5 MiB, all parts but the last of equal size). */
const PART_BYTES = 8 * 1024 * 1024;

/** Writes a stream of chunks of unknown total length to R2, one fixed-size part in memory at most. */
export class R2Writer {
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
