import { z } from "zod";
import { base64url } from "./ids";

/**
 * Download links for private R2 objects: `/files/<payload>.<hmac>`. The payload names the object, how to
 * serve it and a *grant*: whose access the download still requires when it is used. A link is never a
 * bearer credential on its own: `/files` checks the signature and expiry, then the caller's access to the
 * grant again (a renter whose lease was removed loses the link with it).
 */
const fileGrant = z.discriminatedUnion("kind", [
  /** Org members of the apartment's org, and renters with a lease on it (ended leases keep read access). */
  z.object({ kind: z.literal("apartment"), apartmentId: z.string() }),
  /** Org members of the lease's apartment, and that lease's own renters (not the apartment's other renters). */
  z.object({ kind: z.literal("lease"), leaseId: z.string() }),
  /** Only this user (a renter's own dossier file). */
  z.object({ kind: z.literal("user"), userId: z.string() }),
  /** The applicant, and the reviewers of the application's org (the dossier documents it was sent with). */
  z.object({ kind: z.literal("application"), applicationId: z.string() }),
  /** The members of the org (its logo). */
  z.object({ kind: z.literal("org"), orgId: z.string() }),
  /** Whoever may see the maintenance request (worker/maintenance/access.ts), its vendor's link included. */
  z.object({ kind: z.literal("maintenance"), requestId: z.string() }),
]);
export type FileGrant = z.infer<typeof fileGrant>;

const fileClaim = z.object({
  /** R2 key. */
  key: z.string().min(1),
  /** File name offered to the browser. */
  name: z.string().min(1).max(200),
  /** Content type to serve. */
  type: z.string().min(1).max(100),
  /** `inline` to preview in the browser (PDFs, images), `attachment` to download. */
  disposition: z.enum(["inline", "attachment"]),
  grant: fileGrant,
  /** Expiry, seconds since the epoch. */
  exp: z.number().int(),
});
export type FileClaim = z.infer<typeof fileClaim>;

/** How long a signed file link works by default: one day. */
const DEFAULT_FILE_URL_TTL_SECONDS = 24 * 60 * 60;

async function hmacKey(secret: string) {
  return crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
    "verify",
  ]);
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/** A relative `/files/...` URL for the object, valid for `ttlSeconds` (one day by default). */
export async function signFileUrl(
  secret: string,
  file: Omit<FileClaim, "exp">,
  { ttlSeconds = DEFAULT_FILE_URL_TTL_SECONDS, now = Date.now() }: { ttlSeconds?: number; now?: number } = {},
): Promise<string> {
  const payload = base64url(
    new TextEncoder().encode(JSON.stringify({ ...file, exp: Math.floor(now / 1000) + ttlSeconds })),
  );
  const signature = new Uint8Array(
    await crypto.subtle.sign("HMAC", await hmacKey(secret), new TextEncoder().encode(payload)),
  );
  return `/files/${payload}.${base64url(signature)}`;
}

export type FileTokenCheck = { ok: true; file: FileClaim } | { ok: false; reason: "invalid" | "expired" };

/** Checks the signature (constant time, by WebCrypto) and then the expiry. */
export async function verifyFileToken(secret: string, token: string, now = Date.now()): Promise<FileTokenCheck> {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return { ok: false, reason: "invalid" };
  const signatureBytes = fromBase64url(signature);
  if (!signatureBytes) return { ok: false, reason: "invalid" };
  const valid = await crypto.subtle.verify(
    "HMAC",
    await hmacKey(secret),
    signatureBytes,
    new TextEncoder().encode(payload),
  );
  if (!valid) return { ok: false, reason: "invalid" };
  const bytes = fromBase64url(payload);
  let parsed: unknown;
  try {
    parsed = bytes && JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { ok: false, reason: "invalid" };
  }
  const claim = fileClaim.safeParse(parsed);
  if (!claim.success) return { ok: false, reason: "invalid" };
  if (claim.data.exp * 1000 <= now) return { ok: false, reason: "expired" };
  return { ok: true, file: claim.data };
}
