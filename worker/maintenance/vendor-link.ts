import { errors, jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import { signingKey } from "../lib/keys";

/**
 * A vendor's signed link to one assignment of a request: an HS256 JWT (audience `rentline-vendor`, so it never
 * passes as an access token) naming the org, the request, the vendor and when they were assigned (`asg`),
 * valid `VENDOR_LINK_DAYS`. It is checked again on every use against the request's current vendor and its
 * assignment: reassigning the request ends the link, and assigning the same vendor again later does not
 * revive it.
 */
const VENDOR_LINK_DAYS = 30;
const AUDIENCE = "rentline-vendor";
const ISSUER = "https://rentline.app";
const ALG = "HS256";

const vendorClaims = z.object({ sub: z.string(), rid: z.string(), org: z.string(), asg: z.string().min(1) });
export type VendorClaims = { vendorId: string; requestId: string; orgId: string; assignedAt: string };

/** The token for `claims`, signed at `now` (ms). */
export async function signVendorToken(secret: string, claims: VendorClaims, now = Date.now()): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({ rid: claims.requestId, org: claims.orgId, asg: claims.assignedAt })
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
    if (!parsed.success) return null;
    const { sub, rid, org, asg } = parsed.data;
    return { vendorId: sub, requestId: rid, orgId: org, assignedAt: asg };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return "expired";
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}

/** The vendor's page in the app for `token` (the UI route reads the token from the path). */
export const vendorPageLink = (appUrl: string, token: string) => `${appUrl}/vendor/maintenance/${token}`;
