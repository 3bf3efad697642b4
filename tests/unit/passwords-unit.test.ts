import { describe, expect, it } from "vitest";
import { hashPassword, PASSWORD_ITERATIONS, timingSafeEqual, verifyPassword } from "../../worker/auth/passwords";

const b64Bytes = (s: string) => Uint8Array.from(atob(s), (ch) => ch.charCodeAt(0));

describe("password hashing (PBKDF2-SHA256)", () => {
  it("pins the iteration count to exactly 100,000: deployed workerd refuses more", () => {
    expect(PASSWORD_ITERATIONS).toBe(100_000);
  });

  it("writes a versioned hash string: pbkdf2-sha256$100000$<16-byte salt>$<32-byte hash>", async () => {
    const stored = await hashPassword("correct horse battery");
    expect(stored).toMatch(/^pbkdf2-sha256\$100000\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
    const [, , salt, hash] = stored.split("$");
    expect(b64Bytes(salt!)).toHaveLength(16);
    expect(b64Bytes(hash!)).toHaveLength(32);
    expect(stored).not.toContain("correct horse battery");
  });

  it("salts every hash with fresh randomness: one password, two different hashes, both verify", async () => {
    const a = await hashPassword("same password here");
    const b = await hashPassword("same password here");
    expect(a).not.toBe(b);
    expect(a.split("$")[2]).not.toBe(b.split("$")[2]);
    expect(await verifyPassword("same password here", a)).toBe(true);
    expect(await verifyPassword("same password here", b)).toBe(true);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("s3cret-passphrase");
    expect(await verifyPassword("s3cret-passphrase", stored)).toBe(true);
    expect(await verifyPassword("s3cret-passphrasE", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("still verifies a hash written with fewer iterations (the format is versioned)", async () => {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const key = await crypto.subtle.importKey("raw", new TextEncoder().encode("older password"), "PBKDF2", false, [
      "deriveBits",
    ]);
    const bits = new Uint8Array(
      await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations: 1000 }, key, 256),
    );
    const toB64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));
    const stored = `pbkdf2-sha256$1000$${toB64(salt)}$${toB64(bits)}`;
    expect(await verifyPassword("older password", stored)).toBe(true);
    expect(await verifyPassword("other password", stored)).toBe(false);
  });

  it("answers false (never throws) for a missing or malformed stored hash", async () => {
    const good = await hashPassword("a good password");
    const [, , salt, hash] = good.split("$");
    const malformed: (string | null)[] = [
      null,
      "",
      "not-a-hash",
      "bcrypt$10$abc$def",
      `pbkdf2-sha256$100000$${salt}`,
      `pbkdf2-sha256$100000$${salt}$${hash}$extra`,
      `pbkdf2-sha512$100000$${salt}$${hash}`,
      `pbkdf2-sha256$abc$${salt}$${hash}`,
      `pbkdf2-sha256$0$${salt}$${hash}`,
      `pbkdf2-sha256$-5$${salt}$${hash}`,
      `pbkdf2-sha256$5000000$${salt}$${hash}`,
      `pbkdf2-sha256$100000$!!!not base64!!!$${hash}`,
      `pbkdf2-sha256$100000$${salt}$!!!not base64!!!`,
      `pbkdf2-sha256$100000$${salt}$${btoa("short")}`,
      `pbkdf2-sha256$100000$$`,
    ];
    for (const stored of malformed) {
      await expect(verifyPassword("a good password", stored), String(stored)).resolves.toBe(false);
    }
  });
});

describe("timingSafeEqual", () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it("is true only for equal byte strings", () => {
    expect(timingSafeEqual(bytes(1, 2, 3), bytes(1, 2, 3))).toBe(true);
    expect(timingSafeEqual(bytes(), bytes())).toBe(true);
    expect(timingSafeEqual(bytes(1, 2, 3), bytes(1, 2, 4))).toBe(false);
    expect(timingSafeEqual(bytes(0, 2, 3), bytes(1, 2, 3))).toBe(false);
    expect(timingSafeEqual(bytes(255), bytes(127))).toBe(false);
  });
  it("is false for different lengths, even when one is a prefix of the other", () => {
    expect(timingSafeEqual(bytes(1, 2), bytes(1, 2, 3))).toBe(false);
    expect(timingSafeEqual(bytes(1, 2, 3), bytes(1, 2))).toBe(false);
    expect(timingSafeEqual(bytes(), bytes(0))).toBe(false);
  });
});
