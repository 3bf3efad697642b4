import { errors, jwtVerify, SignJWT } from "jose";
import { accessClaims, type AccessClaims } from "../lib/claims";
import { hmacKey } from "../lib/keys";

/** Access tokens: short-lived HS256 JWTs; the algorithm is pinned on verification. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** The `iss` of every access token. */
export const ISSUER = "https://rentline.app";
/** The `aud` of every access token. */
export const AUDIENCE = "rentline-api";
const ALG = "HS256";

export type { AccessClaims };

/** A 15-minute access token for `claims`, signed at `now` (ms). */
export async function signAccessToken(secret: string, claims: AccessClaims, now = Date.now()): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({ sid: claims.sid, orgs: claims.orgs, ...(claims.lng ? { lng: claims.lng } : {}) })
    .setProtectedHeader({ alg: ALG, typ: "JWT" })
    .setSubject(claims.sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ACCESS_TOKEN_TTL_SECONDS)
    .sign(await hmacKey(secret));
}

/**
 * Tokens this isolate already verified, by secret and token: their claims and expiry (s). A request that
 * presents the same token again (a client's next call within the token's 15 minutes) skips the HMAC and the
 * claims parsing; the expiry is checked again on every use. Bounded: emptied when it reaches `VERIFIED_MAX`.
 */
const verified = new Map<string, { claims: AccessClaims; exp: number }>();
const VERIFIED_MAX = 1000;

/** Returns the claims, or null for any token that is malformed, forged, expired or meant for someone else. */
export async function verifyAccessToken(secret: string, token: string): Promise<AccessClaims | null> {
  const key = `${secret}\n${token}`;
  const known = verified.get(key);
  if (known) {
    if (Date.now() / 1000 < known.exp) return known.claims;
    verified.delete(key);
    return null;
  }
  try {
    const { payload } = await jwtVerify(token, await hmacKey(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: [ALG],
      requiredClaims: ["exp", "sub", "iat"],
    });
    const parsed = accessClaims.safeParse(payload);
    if (!parsed.success) return null;
    if (verified.size >= VERIFIED_MAX) verified.clear();
    // `exp` is required above; jose rejects a token at or after it, as the cache does.
    verified.set(key, { claims: parsed.data, exp: payload.exp ?? 0 });
    return parsed.data;
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}
