import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import {
  ACCESS_TOKEN_TTL_SECONDS,
  AUDIENCE,
  ISSUER,
  signAccessToken,
  verifyAccessToken,
} from "../../worker/auth/tokens";
import { signingKey } from "../../worker/lib/keys";
import { base64url } from "../../worker/lib/ids";

const SECRET = "unit-test-secret-0123456789abcdefghijklmnopqrstuvwxyz";
const claims = { sub: "user-1", sid: "session-1", orgs: ["org-1"] };

const enc = (value: unknown) => base64url(new TextEncoder().encode(JSON.stringify(value)));
const now = () => Math.floor(Date.now() / 1000);
const goodPayload = () => ({
  sub: claims.sub,
  sid: claims.sid,
  orgs: claims.orgs,
  iss: ISSUER,
  aud: AUDIENCE,
  iat: now(),
  exp: now() + 600,
});

/** A compact JWS built by hand, so tests control every byte (header, payload, algorithm). */
async function handSigned(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  hash: "SHA-256" | "SHA-512" = "SHA-256",
  secret = SECRET,
) {
  const input = `${enc(header)}.${enc(payload)}`;
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash }, false, [
    "sign",
  ]);
  const sig = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(input)));
  return `${input}.${base64url(sig)}`;
}

describe("access tokens", () => {
  it("a freshly signed token verifies and yields its claims", async () => {
    const token = await signAccessToken(SECRET, claims);
    expect(await verifyAccessToken(SECRET, token)).toEqual(claims);
    const [header, payload] = token
      .split(".")
      .slice(0, 2)
      .map((p) => JSON.parse(atob(p.replaceAll("-", "+").replaceAll("_", "/"))) as Record<string, unknown>);
    expect(header).toMatchObject({ alg: "HS256" });
    expect(payload).toMatchObject({ iss: ISSUER, aud: AUDIENCE, sub: "user-1" });
    expect(Number(payload!.exp) - Number(payload!.iat)).toBe(ACCESS_TOKEN_TTL_SECONDS);
  });

  it("the hand-built reference token verifies (so the refusals below are about the one thing changed)", async () => {
    expect(await verifyAccessToken(SECRET, await handSigned({ alg: "HS256", typ: "JWT" }, goodPayload()))).toEqual(
      claims,
    );
  });

  it("refuses alg: none", async () => {
    const unsigned = `${enc({ alg: "none", typ: "JWT" })}.${enc(goodPayload())}.`;
    expect(await verifyAccessToken(SECRET, unsigned)).toBeNull();
    const withSig = (await handSigned({ alg: "HS256" }, goodPayload())).split(".");
    expect(await verifyAccessToken(SECRET, `${enc({ alg: "none" })}.${withSig[1]}.${withSig[2]}`)).toBeNull();
  });

  it("refuses HS512 signed with the same key (the algorithm is pinned)", async () => {
    expect(
      await verifyAccessToken(SECRET, await handSigned({ alg: "HS512", typ: "JWT" }, goodPayload(), "SHA-512")),
    ).toBeNull();
  });

  it("refuses a wrong audience, a wrong issuer, or none at all", async () => {
    expect(
      await verifyAccessToken(
        SECRET,
        await handSigned({ alg: "HS256" }, { ...goodPayload(), aud: "rentline-oidc-flow" }),
      ),
    ).toBeNull();
    expect(
      await verifyAccessToken(
        SECRET,
        await handSigned({ alg: "HS256" }, { ...goodPayload(), iss: "https://evil.example" }),
      ),
    ).toBeNull();
    const { aud: _a, ...noAud } = goodPayload();
    expect(await verifyAccessToken(SECRET, await handSigned({ alg: "HS256" }, noAud))).toBeNull();
    const { iss: _i, ...noIss } = goodPayload();
    expect(await verifyAccessToken(SECRET, await handSigned({ alg: "HS256" }, noIss))).toBeNull();
  });

  it("refuses the OIDC flow cookie (same key, other audience) as an access token", async () => {
    const flow = await new SignJWT({ state: "s", verifier: "v", nonce: "n", intent: "renter" })
      .setProtectedHeader({ alg: "HS256" })
      .setAudience("rentline-oidc-flow")
      .setExpirationTime("10m")
      .sign(signingKey(SECRET));
    expect(await verifyAccessToken(SECRET, flow)).toBeNull();
  });

  it("refuses an expired token", async () => {
    const expired = await signAccessToken(SECRET, claims, Date.now() - (ACCESS_TOKEN_TTL_SECONDS + 120) * 1000);
    expect(await verifyAccessToken(SECRET, expired)).toBeNull();
    const { exp: _e, ...noExp } = goodPayload();
    expect(await verifyAccessToken(SECRET, await handSigned({ alg: "HS256" }, noExp))).toBeNull();
  });

  it("refuses a tampered payload or signature, and a token signed with another secret", async () => {
    const [header, payload, signature] = (await signAccessToken(SECRET, claims)).split(".") as [string, string, string];
    const forged = enc({
      ...JSON.parse(atob(payload.replaceAll("-", "+").replaceAll("_", "/"))),
      sub: "admin",
      orgs: ["org-2"],
    });
    expect(await verifyAccessToken(SECRET, `${header}.${forged}.${signature}`)).toBeNull();
    const flipped = (signature[0] === "A" ? "B" : "A") + signature.slice(1);
    expect(await verifyAccessToken(SECRET, `${header}.${payload}.${flipped}`)).toBeNull();
    expect(await verifyAccessToken(SECRET, `${header}.${payload}.`)).toBeNull();
    expect(
      await verifyAccessToken(SECRET, await signAccessToken("another-secret-0123456789abcdefghijklmnopqrstuv", claims)),
    ).toBeNull();
  });

  it("refuses garbage and tokens whose claims have the wrong shape", async () => {
    for (const junk of ["", "abc", "a.b.c", "....", "Bearer x"])
      expect(await verifyAccessToken(SECRET, junk)).toBeNull();
    expect(
      await verifyAccessToken(SECRET, await handSigned({ alg: "HS256" }, { ...goodPayload(), orgs: "org-1" })),
    ).toBeNull();
    const { sid: _s, ...noSid } = goodPayload();
    expect(await verifyAccessToken(SECRET, await handSigned({ alg: "HS256" }, noSid))).toBeNull();
  });

  it("refuses to sign or verify with a short secret", async () => {
    expect(() => signingKey("short")).toThrow(/at least 32/);
    await expect(signAccessToken("short", claims)).rejects.toThrow(/at least 32/);
  });
});
