import { TooManyRequests } from "../lib/errors";

/** Throws 429 (Retry-After: one limiter period) once `key` exceeds the binding's budget. */
export async function limitAttempts(limiter: RateLimit, key: string): Promise<void> {
  const { success } = await limiter.limit({ key });
  if (!success) throw new TooManyRequests(60);
}

/** The caller's IP as Cloudflare reports it ("unknown" when absent, e.g. in tests). */
export function clientIp(headers: Headers): string {
  return headers.get("cf-connecting-ip") ?? "unknown";
}
