import { errors, jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import { signingKey } from "../lib/keys";

/**
 * A vendor's signed link to one request: an HS256 JWT (audience `rentline-vendor`, so it never passes as an
 * access token) naming the org, the request and the vendor, valid `VENDOR_LINK_DAYS`. It is checked again on
 * every use against the request's current vendor: reassigning the request to someone else ends the link.
 */
const VENDOR_LINK_DAYS = 30;
const AUDIENCE = "rentline-vendor";
const ISSUER = "https://rentline.app";
const ALG = "HS256";

const vendorClaims = z.object({ sub: z.string(), rid: z.string(), org: z.string() });
export type VendorClaims = { vendorId: string; requestId: string; orgId: string };

/** The token for `claims`, signed at `now` (ms). */
export async function signVendorToken(secret: string, claims: VendorClaims, now = Date.now()): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({ rid: claims.requestId, org: claims.orgId })
    .setProtectedHeader({ alg: ALG, typ: "JWT" })
    .setSubject(claims.vendorId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + VENDOR_LINK_DAYS * 24 * 3600)
    .sign(signingKey(secret));
}

/** The claims, `expired` for a genuine token past its expiry, or null for anything else. */
export async function verifyVendorToken(secret: string, token: string): Promise<VendorClaims | "expired" | null> {
  try {
    const { payload } = await jwtVerify(token, signingKey(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: [ALG],
      requiredClaims: ["exp", "sub"],
    });
    const parsed = vendorClaims.safeParse(payload);
    return parsed.success ? { vendorId: parsed.data.sub, requestId: parsed.data.rid, orgId: parsed.data.org } : null;
  } catch (error) {
    if (error instanceof errors.JWTExpired) return "expired";
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}

/** The vendor's page in the app for `token` (the UI route reads the token from the path). */
export const vendorPageLink = (appUrl: string, token: string) => `${appUrl}/vendor/maintenance/${token}`;
