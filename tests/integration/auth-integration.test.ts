import { describe, expect, it } from "vitest";
import {
  call,
  env,
  freshIp,
  linkToken,
  PASSWORD,
  signUpLandlord,
  signUpRenter,
  uniqueEmail,
  waitForMail,
} from "../setup/helpers";

const login = (email: string, password = PASSWORD, ip = freshIp()) =>
  call("POST", "/api/auth/login", { email, password }, { ip });

describe("signup", () => {
  it("gives a landlord an org with an owner membership, and a renter none", async () => {
    const landlord = await signUpLandlord("Signup Lettings");
    const me = await call("GET", "/api/me", undefined, landlord);
    expect(me.status, me.text).toBe(200);
    expect(me.json.user).toMatchObject({
      id: landlord.userId,
      email: landlord.email,
      accountType: "landlord",
      emailVerified: false,
      isPlatformAdmin: false,
    });
    expect(me.json.memberships).toEqual([
      { orgId: landlord.orgId, orgName: "Signup Lettings", role: "owner", isDisabled: false, disabledReason: null },
    ]);

    const renter = await signUpRenter();
    const renterMe = await call("GET", "/api/me", undefined, renter);
    expect(renterMe.status).toBe(200);
    expect(renterMe.json.user).toMatchObject({ id: renter.userId, accountType: "renter" });
    expect(renterMe.json.memberships).toEqual([]);
  });

  it("refuses a password shorter than 10 characters with a 400 naming the field", async () => {
    const res = await call("POST", "/api/auth/signup", {
      email: uniqueEmail(),
      password: "123456789",
      name: "Shorty",
      accountType: "renter",
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.json.code).toBe("invalid_input");
    expect(res.json.errors).toEqual([
      expect.objectContaining({ path: "password", message: expect.stringContaining("10") }),
    ]);
    // Exactly 10 is enough.
    expect(
      (
        await call("POST", "/api/auth/signup", {
          email: uniqueEmail(),
          password: "1234567890",
          name: "Tenny",
          accountType: "renter",
        })
      ).status,
    ).toBe(201);
  });

  it("requires an org name for a landlord", async () => {
    const res = await call("POST", "/api/auth/signup", {
      email: uniqueEmail(),
      password: PASSWORD,
      name: "No Org",
      accountType: "landlord",
    });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { path: string }) => e.path)).toContain("orgName");
  });

  it("answers 409 for an email that already has an account, whatever its case", async () => {
    const renter = await signUpRenter();
    const again = await call("POST", "/api/auth/signup", {
      email: renter.email.toUpperCase(),
      password: PASSWORD,
      name: "Copy",
      accountType: "landlord",
      orgName: "Copy Co",
    });
    expect(again.status, again.text).toBe(409);
    expect(again.json.code).toBe("email_taken");
  });
});

describe("login", () => {
  it("signs in with the right password and the token works as a bearer", async () => {
    const renter = await signUpRenter();
    const res = await login(renter.email);
    expect(res.status, res.text).toBe(200);
    expect(res.json.user.id).toBe(renter.userId);
    expect(res.json).toMatchObject({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
    });
    const me = await call("GET", "/api/me", undefined, { token: res.json.accessToken });
    expect(me.status).toBe(200);
    expect(me.json.user.id).toBe(renter.userId);
  });

  it("answers a wrong password and an unknown email identically (no account enumeration)", async () => {
    const renter = await signUpRenter();
    const wrong = await login(renter.email, "not the password at all");
    const unknown = await login(uniqueEmail("nobody"), "not the password at all");
    expect(wrong.status).toBe(401);
    const shape = (r: typeof wrong) => ({
      status: r.status,
      code: r.json.code,
      title: r.json.title,
      detail: r.json.detail,
      type: r.json.type,
    });
    expect(shape(unknown)).toEqual(shape(wrong));
    expect(wrong.json.code).toBe("invalid_credentials");
  });

  it("refuses requests without a token, or with a forged one", async () => {
    expect((await call("GET", "/api/me")).status).toBe(401);
    const renter = await signUpRenter();
    const forged = `${renter.token.slice(0, -4)}AAAA`;
    expect((await call("GET", "/api/me", undefined, { token: forged })).status).toBe(401);
  });

  it("rate-limits repeated attempts for one address and email with 429 and Retry-After", async () => {
    const renter = await signUpRenter();
    const ip = freshIp();
    let limited: Awaited<ReturnType<typeof login>> | undefined;
    let attempts = 0;
    for (; attempts < 40 && !limited; attempts++) {
      const res = await login(renter.email, "wrong password guess", ip);
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(401);
    }
    expect(limited, "no 429 after 40 attempts").toBeDefined();
    expect(attempts).toBeGreaterThan(20);
    expect(limited!.json.code).toBe("rate_limited");
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThan(0);
    // Even the right password is refused while limited; another address is not.
    expect((await login(renter.email, PASSWORD, ip)).status).toBe(429);
    expect((await login(renter.email, PASSWORD, freshIp())).status).toBe(200);
  });
});

describe("refresh tokens and sessions", () => {
  it("rotates the refresh token; reusing an old one ends the whole session", async () => {
    const renter = await signUpRenter();
    const first = await call("POST", "/api/auth/refresh", { refreshToken: renter.refreshToken });
    expect(first.status, first.text).toBe(200);
    expect(first.json.refreshToken).not.toBe(renter.refreshToken);
    expect(first.json.accessToken).toEqual(expect.any(String));
    expect((await call("GET", "/api/me", undefined, { token: first.json.accessToken })).status).toBe(200);

    const second = await call("POST", "/api/auth/refresh", { refreshToken: first.json.refreshToken });
    expect(second.status).toBe(200);

    // Someone replays the first (already rotated) token: the family is revoked.
    const replay = await call("POST", "/api/auth/refresh", { refreshToken: renter.refreshToken });
    expect(replay.status).toBe(401);
    expect(replay.json.code).toBe("refresh_token_reused");

    // The newest token of that family is dead too, and so is every access token of the session on D1-checked routes.
    const newest = await call("POST", "/api/auth/refresh", { refreshToken: second.json.refreshToken });
    expect(newest.status).toBe(401);
    for (const token of [renter.token, first.json.accessToken, second.json.accessToken]) {
      const me = await call("GET", "/api/me", undefined, { token });
      expect(me.status).toBe(401);
      expect(me.json.code).toBe("session_ended");
    }
    // Other sessions of the same user are untouched.
    expect((await login(renter.email)).status).toBe(200);
  });

  it("two racing rotations of one refresh token never both mint a successor", async () => {
    const renter = await signUpRenter();
    const results = await Promise.all(
      [1, 2, 3].map(() => call("POST", "/api/auth/refresh", { refreshToken: renter.refreshToken })),
    );
    const ok = results.filter((r) => r.status === 200);
    expect(ok.length).toBeLessThanOrEqual(1);
    for (const r of results.filter((r) => r.status !== 200)) expect(r.status).toBe(401);
    const { results: tokens } = await env.DB.prepare(
      "select count(*) as n from refresh_tokens r join sessions s on s.id = r.session_id where s.user_id = ? and r.used_at is null",
    )
      .bind(renter.userId)
      .all<{ n: number }>();
    expect(tokens[0]!.n).toBeLessThanOrEqual(1);
  });

  it("refuses an unknown refresh token and a missing one", async () => {
    expect((await call("POST", "/api/auth/refresh", { refreshToken: "not-a-real-token" })).status).toBe(401);
    expect((await call("POST", "/api/auth/refresh", {})).status).toBe(401);
  });

  it("logout revokes the session: access and refresh token both stop working", async () => {
    const renter = await signUpRenter();
    const out = await call("POST", "/api/auth/logout", undefined, renter);
    expect(out.status).toBe(204);
    expect((await call("GET", "/api/me", undefined, renter)).status).toBe(401);
    expect((await call("POST", "/api/auth/refresh", { refreshToken: renter.refreshToken })).status).toBe(401);
  });

  it("lists sessions with `current`, and revoke-others ends the others only", async () => {
    const renter = await signUpRenter();
    const laptop = await login(renter.email);
    const phone = await login(renter.email);
    const list = await call("GET", "/api/auth/sessions", undefined, { token: laptop.json.accessToken });
    expect(list.status).toBe(200);
    expect(list.json.results).toHaveLength(3);
    expect(list.json.results.filter((s: { current: boolean }) => s.current)).toHaveLength(1);

    const revoked = await call("POST", "/api/auth/sessions/revoke-others", undefined, {
      token: laptop.json.accessToken,
    });
    expect(revoked.status).toBe(200);
    expect(revoked.json.revoked).toBe(2);
    expect((await call("GET", "/api/me", undefined, { token: phone.json.accessToken })).status).toBe(401);
    expect((await call("GET", "/api/me", undefined, renter)).status).toBe(401);
    expect((await call("POST", "/api/auth/refresh", { refreshToken: phone.json.refreshToken })).status).toBe(401);
    const after = await call("GET", "/api/auth/sessions", undefined, { token: laptop.json.accessToken });
    expect(after.json.results).toEqual([expect.objectContaining({ current: true })]);
  });

  it("ends one of your own sessions by id, and answers 404 for someone else's", async () => {
    const alice = await signUpRenter("Alice");
    const bob = await signUpRenter("Bob");
    const bobSessions = await call("GET", "/api/auth/sessions", undefined, bob);
    const bobSession = bobSessions.json.results[0].id as string;

    const foreign = await call("DELETE", `/api/auth/sessions/${bobSession}`, undefined, alice);
    expect(foreign.status).toBe(404);
    expect((await call("GET", "/api/me", undefined, bob)).status).toBe(200);

    const second = await login(alice.email);
    const aliceSessions = await call("GET", "/api/auth/sessions", undefined, alice);
    const other = aliceSessions.json.results.find((s: { current: boolean }) => !s.current).id as string;
    expect((await call("DELETE", `/api/auth/sessions/${other}`, undefined, alice)).status).toBe(204);
    expect((await call("GET", "/api/me", undefined, { token: second.json.accessToken })).status).toBe(401);
    expect((await call("GET", "/api/me", undefined, alice)).status).toBe(200);
  });
});

describe("email verification", () => {
  it("verifies the address from the emailed link, once", async () => {
    const renter = await signUpRenter();
    const mail = await waitForMail(renter.email, "verify_email");
    const token = linkToken(mail.text);
    const verified = await call("POST", "/api/auth/verify-email", { token });
    expect(verified.status, verified.text).toBe(204);
    const me = await call("GET", "/api/me", undefined, renter);
    expect(me.json.user.emailVerified).toBe(true);

    const reused = await call("POST", "/api/auth/verify-email", { token });
    expect(reused.status).toBe(400);
    expect(reused.json.code).toBe("invalid_token");
    expect((await call("POST", "/api/auth/verify-email", { token: "x".repeat(43) })).status).toBe(400);
  });
});

describe("password reset", () => {
  it("answers 202 for any address but only mails an existing account", async () => {
    const renter = await signUpRenter();
    const unknown = uniqueEmail("ghost");
    const none = await call("POST", "/api/auth/password-reset", { email: unknown });
    expect(none.status).toBe(202);
    const known = await call("POST", "/api/auth/password-reset", { email: renter.email });
    expect(known.status).toBe(202);
    // Once the later message was delivered, the earlier one would have been too.
    await waitForMail(renter.email, "reset_password");
    const mailbox = await call("GET", `/api/dev/mail?to=${encodeURIComponent(unknown)}`);
    expect(mailbox.json.results).toEqual([]);
  });

  it("sets the new password from the emailed link and signs out every session", async () => {
    const renter = await signUpRenter();
    const other = await login(renter.email);
    expect((await call("POST", "/api/auth/password-reset", { email: renter.email })).status).toBe(202);
    const mail = await waitForMail(renter.email, "reset_password");
    const token = linkToken(mail.text);

    expect((await call("POST", "/api/auth/password-reset/confirm", { token, password: "short" })).status).toBe(400);
    const confirmed = await call("POST", "/api/auth/password-reset/confirm", {
      token,
      password: "a brand new passphrase",
    });
    expect(confirmed.status, confirmed.text).toBe(204);

    expect((await login(renter.email, PASSWORD)).status).toBe(401);
    const fresh = await login(renter.email, "a brand new passphrase");
    expect(fresh.status).toBe(200);
    expect(fresh.json.user.emailVerified).toBe(true);
    for (const token of [renter.token, other.json.accessToken])
      expect((await call("GET", "/api/me", undefined, { token })).status).toBe(401);
    expect((await call("POST", "/api/auth/refresh", { refreshToken: other.json.refreshToken })).status).toBe(401);

    const again = await call("POST", "/api/auth/password-reset/confirm", { token, password: "yet another passphrase" });
    expect(again.status).toBe(400);
    expect((await login(renter.email, "a brand new passphrase")).status).toBe(200);
  });
});
