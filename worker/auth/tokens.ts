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

/** Returns the claims, or null for any token that is malformed, forged, expired or meant for someone else. */
export async function verifyAccessToken(secret: string, token: string): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, await hmacKey(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: [ALG],
      requiredClaims: ["exp", "sub", "iat"],
    });
    const parsed = accessClaims.safeParse(payload);
    return parsed.success ? parsed.data : null;
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}
