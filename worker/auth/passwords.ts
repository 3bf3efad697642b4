/**
 * Password hashes: PBKDF2-SHA256 through WebCrypto, versioned so parameters can change later.
 * Format: `pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>`.
 * 100,000 iterations is the most deployed workerd accepts (local runs accept more; a test pins it).
 */
export const PASSWORD_ITERATIONS = 100_000;
/** The shortest password accepted (characters). */
export const PASSWORD_MIN_LENGTH = 10;
const HASH_BYTES = 32;

const toB64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromB64 = (s: string) => Uint8Array.from(atob(s), (ch) => ch.charCodeAt(0));

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(password), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    key,
    HASH_BYTES * 8,
  );
  return new Uint8Array(bits);
}

/** A new versioned hash of `password` with a random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, salt, PASSWORD_ITERATIONS);
  return `pbkdf2-sha256$${PASSWORD_ITERATIONS}$${toB64(salt)}$${toB64(hash)}`;
}

/** Constant-time comparison of two byte strings of equal length. */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** The parts of a stored hash, or null when it is not one we can check (WebCrypto would throw on it). */
function parseStoredHash(stored: string | null) {
  const parts = stored?.split("$");
  if (!parts || parts.length !== 4 || parts[0] !== "pbkdf2-sha256") return null;
  const iterations = Number(parts[1]);
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > PASSWORD_ITERATIONS) return null;
  try {
    return { iterations, salt: fromB64(parts[2]!), expected: fromB64(parts[3]!) };
  } catch {
    return null;
  }
}

/** Whether `password` matches `stored` (constant time); false for a malformed or missing hash. */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parsed = parseStoredHash(stored);
  if (!parsed) {
    // Spend the same work on unknown accounts so timing does not reveal which emails exist.
    await derive(password, new Uint8Array(16), PASSWORD_ITERATIONS);
    return false;
  }
  const actual = await derive(password, parsed.salt, parsed.iterations);
  return timingSafeEqual(actual, parsed.expected);
}
