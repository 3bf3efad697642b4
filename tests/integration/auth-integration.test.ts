import { describe, expect, it } from "vitest";
import { api } from "../setup/client";
import {
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
  api({ ip }).auth.login.$post({ json: { email, password } });

describe("signup", () => {
  it("gives a landlord an org with an owner membership, and a renter none", async () => {
    const landlord = await signUpLandlord("Signup Lettings", { verified: false });
    const me = await api(landlord).me.$get();
    expect(me.status, me.text).toBe(200);
    expect(me.json.user).toMatchObject({
      id: landlord.userId,
      email: landlord.email,
      accountType: "landlord",
      emailVerified: false,
      isPlatformAdmin: false,
    });
    // A new org's currency is the euro and its country France (org settings, issue 13).
    expect(me.json.memberships).toEqual([
      {
        orgId: landlord.orgId,
        orgName: "Signup Lettings",
        role: "owner",
        currency: "EUR",
        country: "FR",
        timezone: "Europe/Paris",
        isDisabled: false,
        disabledReason: null,
      },
    ]);

    const renter = await signUpRenter();
    const renterMe = await api(renter).me.$get();
    expect(renterMe.status).toBe(200);
    expect(renterMe.json.user).toMatchObject({ id: renter.userId, accountType: "renter" });
    expect(renterMe.json.memberships).toEqual([]);
  });

  it("refuses a password shorter than 10 characters with a 400 naming the field", async () => {
    const res = await api().auth.signup.$post({
      json: {
        email: uniqueEmail(),
        password: "123456789",
        name: "Shorty",
        accountType: "renter",
      },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.problem.code).toBe("invalid_input");
    expect(res.problem.errors).toEqual([
      expect.objectContaining({ path: "password", message: expect.stringContaining("10") }),
    ]);
    // Exactly 10 is enough when it is not easy to guess (issue 11 §4: "1234567890" no longer is).
    expect(
      (
        await api().auth.signup.$post({
          json: {
            email: uniqueEmail(),
            password: "plum-rivet",
            name: "Tenny",
            accountType: "renter",
          },
        })
      ).status,
    ).toBe(202);
  });

  it("refuses easily guessed passwords (aaaaaaaaaa and the like) with 400 weak_password saying why", async () => {
    const cases = [
      ["aaaaaaaaaa", /Repeated characters/],
      ["1234567890", /frequently used password/],
      ["password123", /commonly used password/],
      ["qwertyuiop", /frequently used password/],
      ["abcdefghij", /character sequences/],
      ["Wanda Weakling", /personal/],
    ] as const;
    for (const [password, why] of cases) {
      const email = uniqueEmail("weak");
      const res = await api().auth.signup.$post({
        json: { email, password, name: "Wanda Weakling", accountType: "renter" },
      });
      expect(res.status, password).toBe(400);
      expect(res.problem.code, password).toBe("weak_password");
      expect(res.problem.errors, password).toEqual([{ path: "password", message: expect.stringMatching(why) }]);
      // Nothing was created: the address is free for a better password.
      expect(await env.DB.prepare("select id from users where email = ?").bind(email).first()).toBeNull();
    }
  });

  it("requires an org name for a landlord", async () => {
    const res = await api().auth.signup.$post({
      json: {
        email: uniqueEmail(),
        password: PASSWORD,
        name: "No Org",
        accountType: "landlord",
      },
    });
    expect(res.status).toBe(400);
    expect(res.problem.errors!.map((e: { path: string }) => e.path)).toContain("orgName");
  });

  it("does not reveal a taken address: the same answer as a new one, and its owner gets an email instead (issue 11 §4)", async () => {
    const renter = await signUpRenter();
    const attempt = (email: string) =>
      api().auth.signup.$post({
        json: { email, password: "copy cat passphrase", name: "Copy", accountType: "landlord", orgName: "Copy Co" },
      });
    const fresh = uniqueEmail("fresh");
    const [taken, free] = [await attempt(renter.email.toUpperCase()), await attempt(fresh)];
    expect(taken.status, taken.text).toBe(202);
    expect(free.status, free.text).toBe(202);
    expect(taken.json).toEqual({ email: renter.email, status: "check_email" });
    expect(free.json).toEqual({ email: fresh, status: "check_email" });
    expect([...taken.headers.keys()].sort()).toEqual([...free.headers.keys()].sort());
    expect(taken.headers.get("set-cookie")).toBeNull();
    // The owner is told; nothing changed on their account (no org, same password).
    const mail = await waitForMail(renter.email, "signup_existing_account");
    // An account that chose no language is written to in French (DEFAULT_LOCALE, issue 13).
    expect(mail.text).toMatch(/qui en a déjà un/);
    expect(mail.text).toContain("/forgot-password");
    expect((await login(renter.email)).status).toBe(200);
    expect((await login(renter.email, "copy cat passphrase")).status).toBe(401);
    expect((await api(renter).me.$get()).json.memberships).toEqual([]);
    // The new address got its verification link.
    await waitForMail(fresh, "verify_email");
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
    const me = await api({ token: res.json.accessToken }).me.$get();
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
      code: r.problem.code,
      title: r.problem.title,
      detail: r.problem.detail,
      type: r.problem.type,
    });
    expect(shape(unknown)).toEqual(shape(wrong));
    expect(wrong.problem.code).toBe("invalid_credentials");
  });

  it("refuses requests without a token, or with a forged one", async () => {
    expect((await api().me.$get()).status).toBe(401);
    const renter = await signUpRenter();
    const forged = `${renter.token.slice(0, -4)}AAAA`;
    expect((await api({ token: forged }).me.$get()).status).toBe(401);
  });

  it("rate-limits repeated attempts for one address and email with 429 and Retry-After", async () => {
    // An address with no account: an existing one is locked sooner, per account across addresses (issue 11
    // §4, tests/integration/accounts-integration.test.ts), and this is the (IP, email) limiter's own test.
    const renter = { email: uniqueEmail("nobody") };
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
    expect(limited!.problem.code).toBe("rate_limited");
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThan(0);
    // Even a right password would be refused while limited; another address is not.
    expect((await login(renter.email, PASSWORD, ip)).status).toBe(429);
    expect((await login(renter.email, PASSWORD, freshIp())).status).toBe(401);
  });
});

describe("refresh tokens and sessions", () => {
  it("rotates the refresh token; reusing an old one ends the whole session", async () => {
    const renter = await signUpRenter();
    const first = await api().auth.refresh.$post({ json: { refreshToken: renter.refreshToken } });
    expect(first.status, first.text).toBe(200);
    expect(first.json.refreshToken).not.toBe(renter.refreshToken);
    expect(first.json.accessToken).toEqual(expect.any(String));
    expect((await api({ token: first.json.accessToken }).me.$get()).status).toBe(200);

    const second = await api().auth.refresh.$post({ json: { refreshToken: first.json.refreshToken } });
    expect(second.status).toBe(200);

    // Someone replays the first (already rotated) token: the family is revoked.
    const replay = await api().auth.refresh.$post({ json: { refreshToken: renter.refreshToken } });
    expect(replay.status).toBe(401);
    expect(replay.problem.code).toBe("refresh_token_reused");

    // The newest token of that family is dead too, and so is every access token of the session on D1-checked routes.
    const newest = await api().auth.refresh.$post({ json: { refreshToken: second.json.refreshToken } });
    expect(newest.status).toBe(401);
    for (const token of [renter.token, first.json.accessToken, second.json.accessToken]) {
      const me = await api({ token }).me.$get();
      expect(me.status).toBe(401);
      expect(me.problem.code).toBe("session_ended");
    }
    // Other sessions of the same user are untouched.
    expect((await login(renter.email)).status).toBe(200);
  });

  it("two racing rotations of one refresh token never both mint a successor", async () => {
    const renter = await signUpRenter();
    const results = await Promise.all(
      [1, 2, 3].map(() => api().auth.refresh.$post({ json: { refreshToken: renter.refreshToken } })),
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
    expect((await api().auth.refresh.$post({ json: { refreshToken: "not-a-real-token" } })).status).toBe(401);
    expect((await api().auth.refresh.$post({ json: {} })).status).toBe(401);
  });

  it("logout revokes the session: access and refresh token both stop working", async () => {
    const renter = await signUpRenter();
    const out = await api(renter).auth.logout.$post();
    expect(out.status).toBe(204);
    expect((await api(renter).me.$get()).status).toBe(401);
    expect((await api().auth.refresh.$post({ json: { refreshToken: renter.refreshToken } })).status).toBe(401);
  });

  it("lists sessions with `current`, and revoke-others ends the others only", async () => {
    const renter = await signUpRenter();
    const laptop = await login(renter.email);
    const phone = await login(renter.email);
    const list = await api({ token: laptop.json.accessToken }).auth.sessions.$get();
    expect(list.status).toBe(200);
    expect(list.json.results).toHaveLength(3);
    expect(list.json.results.filter((s: { current: boolean }) => s.current)).toHaveLength(1);

    const revoked = await api({
      token: laptop.json.accessToken,
    }).auth.sessions["revoke-others"].$post();
    expect(revoked.status).toBe(200);
    expect(revoked.json.revoked).toBe(2);
    expect((await api({ token: phone.json.accessToken }).me.$get()).status).toBe(401);
    expect((await api(renter).me.$get()).status).toBe(401);
    expect((await api().auth.refresh.$post({ json: { refreshToken: phone.json.refreshToken } })).status).toBe(401);
    const after = await api({ token: laptop.json.accessToken }).auth.sessions.$get();
    expect(after.json.results).toEqual([expect.objectContaining({ current: true })]);
  });

  it("ends one of your own sessions by id, and answers 404 for someone else's", async () => {
    const alice = await signUpRenter("Alice");
    const bob = await signUpRenter("Bob");
    const bobSessions = await api(bob).auth.sessions.$get();
    const bobSession = bobSessions.json.results[0]!.id;

    const foreign = await api(alice).auth.sessions[":id"].$delete({ param: { id: bobSession } });
    expect(foreign.status).toBe(404);
    expect((await api(bob).me.$get()).status).toBe(200);

    const second = await login(alice.email);
    const aliceSessions = await api(alice).auth.sessions.$get();
    const other = aliceSessions.json.results.find((s: { current: boolean }) => !s.current)!.id;
    expect((await api(alice).auth.sessions[":id"].$delete({ param: { id: other } })).status).toBe(204);
    expect((await api({ token: second.json.accessToken }).me.$get()).status).toBe(401);
    expect((await api(alice).me.$get()).status).toBe(200);
  });
});

describe("email verification", () => {
  it("verifies the address from the emailed link, once", async () => {
    const renter = await signUpRenter(undefined, { verified: false });
    expect((await api(renter).me.$get()).json.user.emailVerified).toBe(false);
    const mail = await waitForMail(renter.email, "verify_email");
    const token = linkToken(mail.text);
    const verified = await api().auth["verify-email"].$post({ json: { token } });
    expect(verified.status, verified.text).toBe(204);
    const me = await api(renter).me.$get();
    expect(me.json.user.emailVerified).toBe(true);

    const reused = await api().auth["verify-email"].$post({ json: { token } });
    expect(reused.status).toBe(400);
    expect(reused.problem.code).toBe("invalid_token");
    expect((await api().auth["verify-email"].$post({ json: { token: "x".repeat(43) } })).status).toBe(400);
  });
});

describe("password reset", () => {
  it("answers 202 for any address but only mails an existing account", async () => {
    const renter = await signUpRenter();
    const unknown = uniqueEmail("ghost");
    const none = await api().auth["password-reset"].$post({ json: { email: unknown } });
    expect(none.status).toBe(202);
    const known = await api().auth["password-reset"].$post({ json: { email: renter.email } });
    expect(known.status).toBe(202);
    // Once the later message was delivered, the earlier one would have been too.
    await waitForMail(renter.email, "reset_password");
    const mailbox = await api().dev.mail.$get({ query: { to: unknown } });
    expect(mailbox.json.results).toEqual([]);
  });

  it("sets the new password from the emailed link and signs out every session", async () => {
    const renter = await signUpRenter(undefined, { verified: false });
    const other = await login(renter.email);
    expect((await api().auth["password-reset"].$post({ json: { email: renter.email } })).status).toBe(202);
    const mail = await waitForMail(renter.email, "reset_password");
    const token = linkToken(mail.text);

    expect((await api().auth["password-reset"].confirm.$post({ json: { token, password: "short" } })).status).toBe(400);
    // A guessable password is refused with why, and the link stays usable for a better one (issue 11 §4).
    const weak = await api().auth["password-reset"].confirm.$post({ json: { token, password: "aaaaaaaaaa" } });
    expect(weak.status).toBe(400);
    expect(weak.problem.code).toBe("weak_password");
    expect(weak.problem.errors![0]!.message).toMatch(/Repeated characters/);
    const confirmed = await api().auth["password-reset"].confirm.$post({
      json: {
        token,
        password: "a brand new passphrase",
      },
    });
    expect(confirmed.status, confirmed.text).toBe(204);

    expect((await login(renter.email, PASSWORD)).status).toBe(401);
    const fresh = await login(renter.email, "a brand new passphrase");
    expect(fresh.status).toBe(200);
    expect(fresh.json.user.emailVerified).toBe(true);
    for (const token of [renter.token, other.json.accessToken])
      expect((await api({ token }).me.$get()).status).toBe(401);
    expect((await api().auth.refresh.$post({ json: { refreshToken: other.json.refreshToken } })).status).toBe(401);

    const again = await api().auth["password-reset"].confirm.$post({
      json: { token, password: "yet another passphrase" },
    });
    expect(again.status).toBe(400);
    expect((await login(renter.email, "a brand new passphrase")).status).toBe(200);
  });
});
