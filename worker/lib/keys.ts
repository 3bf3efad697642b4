/**
 * The HS256 key every Rentline JWT is signed with (access tokens, room tickets, the OIDC flow cookie), from
 * the JWT_SECRET. Throws when the secret is shorter than 32 characters: a deploy mistake, not a request's.
 */
export function signingKey(secret: string): Uint8Array {
  if (!secret || secret.length < 32) throw new Error("JWT_SECRET must be at least 32 characters");
  return new TextEncoder().encode(secret);
}

let cached: { secret: string; key: Promise<CryptoKey> } | undefined;

/**
 * `signingKey(secret)` imported once per isolate as an HMAC SHA-256 `CryptoKey` (sign and verify), for the
 * hot path: jose imports a raw key on every call it is given bytes, once per request for the access token.
 * Throws like `signingKey` for a short secret. A changed secret (tests, a rotation) replaces the cached key.
 */
export function hmacKey(secret: string): Promise<CryptoKey> {
  if (cached?.secret === secret) return cached.key;
  const raw = signingKey(secret);
  const key = crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
  cached = { secret, key };
  return key;
}
