import { exports } from "cloudflare:workers";
import { describe, expect, inject, it } from "vitest";
import { api, rawCall } from "../setup/client";
import { BASE, env, freshIp, markVerified, signUpRenter } from "../setup/helpers";

const issuer = inject("oidcIssuer");

/** `name=value` of each Set-Cookie, by name. */
function cookiesOf(res: Response): Record<string, { value: string; raw: string }> {
  return Object.fromEntries(
    res.headers.getSetCookie().map((raw) => {
      const [pair = ""] = raw.split(";");
      const eq = pair.indexOf("=");
      return [pair.slice(0, eq), { value: pair.slice(eq + 1), raw }];
    }),
  );
}

const get = (path: string, headers: Record<string, string> = {}) =>
  exports.default.fetch(
    new Request(`${BASE}${path}`, { headers: { "cf-connecting-ip": freshIp(), ...headers }, redirect: "manual" }),
  );

/** Starts the flow at our API and walks the fake provider's authorize step; returns our callback path and the flow cookie. */
async function startAndAuthorize(loginHint: string, intent: "renter" | "landlord" = "renter") {
  const start = await get(`/api/auth/google/start?intent=${intent}`);
  expect(start.status, await start.clone().text()).toBe(302);
  const authorize = new URL(start.headers.get("location")!);
  const flowCookie = cookiesOf(start).rl_oidc;
  expect(flowCookie).toBeDefined();
  authorize.searchParams.set("login_hint", loginHint);
  const provider = await fetch(authorize, { redirect: "manual" });
  expect(provider.status).toBe(302);
  const back = new URL(provider.headers.get("location")!);
  return { start, authorize, flowCookie: flowCookie!, callbackPath: `${back.pathname}${back.search}`, back };
}

async function signInWithGoogle(loginHint: string, intent: "renter" | "landlord" = "renter") {
  const { flowCookie, callbackPath } = await startAndAuthorize(loginHint, intent);
  const callback = await get(callbackPath, { cookie: `rl_oidc=${flowCookie.value}` });
  const cookies = cookiesOf(callback);
  return {
    callback,
    cookies,
    cookieHeader: `rl_access=${cookies.rl_access?.value}; rl_refresh=${cookies.rl_refresh?.value}`,
  };
}

const subject = () => `sub-${crypto.randomUUID()}`;
const gmail = () => `g-${crypto.randomUUID().slice(0, 8)}@example.com`;

describe("Sign in with Google (OIDC code flow with PKCE)", () => {
  it("redirects to the provider with PKCE S256, state, nonce, and a short-lived flow cookie", async () => {
    const { start, authorize, flowCookie, back } = await startAndAuthorize(`${subject()}|${gmail()}|Gina`);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${issuer}/authorize`);
    const q = authorize.searchParams;
    expect(q.get("code_challenge_method")).toBe("S256");
    expect(q.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.get("state")).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(q.get("nonce")).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect(q.get("state")).not.toBe(q.get("nonce"));
    expect(q.get("response_type")).toBe("code");
    expect(q.get("client_id")).toBe("rentline-test-client");
    expect(q.get("scope")).toContain("openid");
    expect(q.get("redirect_uri")).toBe(`${BASE}/api/auth/google/callback`);
    // The verifier stays on our side: it is not in the URL.
    expect(start.headers.get("location")).not.toContain("verifier");
    expect(flowCookie.raw).toMatch(/HttpOnly/i);
    expect(flowCookie.raw).toMatch(/Secure/i);
    expect(flowCookie.raw).toMatch(/Max-Age=600/i);
    expect(back.searchParams.get("state")).toBe(q.get("state"));
    expect(back.searchParams.get("code")).toBeTruthy();
  });

  it("signs a new renter in with session cookies that work on the API", async () => {
    const email = gmail();
    const { callback, cookies, cookieHeader } = await signInWithGoogle(`${subject()}|${email}|Gina`);
    expect(callback.status, await callback.clone().text()).toBe(302);
    expect(callback.headers.get("location")).toBe("/homes");
    for (const name of ["rl_access", "rl_refresh"]) {
      expect(cookies[name]?.raw).toMatch(/HttpOnly/i);
      expect(cookies[name]?.raw).toMatch(/Secure/i);
      expect(cookies[name]?.raw).toMatch(/SameSite=Lax/i);
    }
    const me = await api({ headers: { cookie: cookieHeader } }).me.$get();
    expect(me.status, me.text).toBe(200);
    expect(me.json.user).toMatchObject({ email, name: "Gina", accountType: "renter", emailVerified: true });
    expect(me.json.memberships).toEqual([]);
  });

  it("sends a landlord to the dashboard", async () => {
    const { callback } = await signInWithGoogle(`${subject()}|${gmail()}|Lou`, "landlord");
    expect(callback.status).toBe(302);
    expect(callback.headers.get("location")).toBe("/dashboard");
  });

  it("renews an expired access cookie from the refresh cookie", async () => {
    const { cookies } = await signInWithGoogle(`${subject()}|${gmail()}|Rene`);
    const res = await get("/api/me", { cookie: `rl_refresh=${cookies.rl_refresh!.value}` });
    expect(res.status, await res.clone().text()).toBe(200);
    const renewed = cookiesOf(res);
    expect(renewed.rl_access?.value).toBeTruthy();
    expect(renewed.rl_refresh?.value).toBeTruthy();
    expect(renewed.rl_refresh?.value).not.toBe(cookies.rl_refresh!.value);
    // The old refresh cookie was rotated away: presenting it again ends the session.
    const replay = await api().auth.refresh.$post({ json: { refreshToken: cookies.rl_refresh!.value } });
    expect(replay.problem.code).toBe("refresh_token_reused");
  });

  it("refuses a callback whose state does not match the flow cookie", async () => {
    const { flowCookie, back } = await startAndAuthorize(`${subject()}|${gmail()}|Eve`);
    const res = await api({ headers: { cookie: `rl_oidc=${flowCookie.value}` } }).auth.google.callback.$get({
      query: { code: back.searchParams.get("code")!, state: "forged-state" },
    });
    expect(res.status).toBe(400);
    expect(res.problem.code).toBe("oidc_state");
  });

  it("refuses a callback without the flow cookie, or with a forged one", async () => {
    const { callbackPath } = await startAndAuthorize(`${subject()}|${gmail()}|Eve`);
    const none = await rawCall("GET", callbackPath);
    expect(none.status).toBe(400);
    expect(none.problem.code).toBe("oidc_state");
    const forged = await rawCall("GET", callbackPath, undefined, {
      headers: { cookie: "rl_oidc=eyJhbGciOiJIUzI1NiJ9.e30.AAAA" },
    });
    expect(forged.status).toBe(400);
    expect(forged.problem.code).toBe("oidc_state");
  });

  it("a code cannot be replayed", async () => {
    const { flowCookie, callbackPath } = await startAndAuthorize(`${subject()}|${gmail()}|Rex`);
    const first = await get(callbackPath, { cookie: `rl_oidc=${flowCookie.value}` });
    expect(first.status).toBe(302);
    const second = await rawCall("GET", callbackPath, undefined, {
      headers: { cookie: `rl_oidc=${flowCookie.value}` },
    });
    expect(second.status).toBe(400);
    expect(second.problem.code).toBe("oidc_exchange");
  });

  it("finds the same user on a second sign-in with the same subject", async () => {
    const sub = subject();
    const email = gmail();
    const first = await signInWithGoogle(`${sub}|${email}|Gina`);
    const second = await signInWithGoogle(`${sub}|${email}|Gina`);
    const a = await api({ headers: { cookie: first.cookieHeader } }).me.$get();
    const b = await api({ headers: { cookie: second.cookieHeader } }).me.$get();
    expect(a.json.user.id).toBeTruthy();
    expect(b.json.user.id).toBe(a.json.user.id);
  });

  it("links an existing password account with the same email (same user id, password still works)", async () => {
    const renter = await signUpRenter("Paula Password");
    const { callback, cookieHeader } = await signInWithGoogle(`${subject()}|${renter.email.toUpperCase()}|Paula G`);
    expect(callback.status).toBe(302);
    const me = await api({ headers: { cookie: cookieHeader } }).me.$get();
    expect(me.json.user).toMatchObject({
      id: renter.userId,
      email: renter.email,
      name: "Paula Password",
      emailVerified: true,
    });
    expect(
      (await api().auth.login.$post({ json: { email: renter.email, password: "correct horse battery" } })).status,
    ).toBe(200);
  });

  it("links to a password account only once its address is verified (issue 11 §4)", async () => {
    const renter = await signUpRenter("Ursula Unverified", { verified: false });
    const sub = subject();
    const refused = await signInWithGoogle(`${sub}|${renter.email}|Ursula G`);
    expect(refused.callback.status).toBe(302);
    expect(refused.callback.headers.get("location")).toBe("/login?google=unverified_account");
    expect(refused.cookies.rl_access).toBeUndefined();
    const row = await env.DB.prepare("select google_sub from users where id = ?").bind(renter.userId).first();
    expect(row).toEqual({ google_sub: null });

    await markVerified(renter.email);
    const linked = await signInWithGoogle(`${sub}|${renter.email}|Ursula G`);
    const me = await api({ headers: { cookie: linked.cookieHeader } }).me.$get();
    expect(me.json.user.id).toBe(renter.userId);
  });

  it("returns to a safe next after signing in, never to another host", async () => {
    const landing = async (next: string) => {
      const { flowCookie, callbackPath } = await startAndAuthorizeWith(`${subject()}|${gmail()}|Nina`, next);
      const callback = await get(callbackPath, { cookie: `rl_oidc=${flowCookie.value}` });
      expect(callback.status).toBe(302);
      return callback.headers.get("location");
    };
    expect(await landing("/listings/abc/apply.data")).toBe("/listings/abc/apply");
    expect(await landing("/\t/other-host/x")).toBe("/homes");
    expect(await landing("//other-host/x")).toBe("/homes");
  });
});

/** As `startAndAuthorize`, with a `next` to come back to. */
async function startAndAuthorizeWith(loginHint: string, next: string) {
  const start = await get(`/api/auth/google/start?intent=renter&next=${encodeURIComponent(next)}`);
  expect(start.status, await start.clone().text()).toBe(302);
  const authorize = new URL(start.headers.get("location")!);
  authorize.searchParams.set("login_hint", loginHint);
  const provider = await fetch(authorize, { redirect: "manual" });
  const back = new URL(provider.headers.get("location")!);
  return { flowCookie: cookiesOf(start).rl_oidc!, callbackPath: `${back.pathname}${back.search}` };
}
