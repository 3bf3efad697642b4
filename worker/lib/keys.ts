/**
 * The HS256 key every Rentline JWT is signed with (access tokens, room tickets, the OIDC flow cookie), from
 * the JWT_SECRET. Throws when the secret is shorter than 32 characters: a deploy mistake, not a request's.
 */
export function signingKey(secret: string): Uint8Array {
  if (!secret || secret.length < 32) throw new Error("JWT_SECRET must be at least 32 characters");
  return new TextEncoder().encode(secret);
}
