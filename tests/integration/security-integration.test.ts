import { exports } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { api, rawCall } from "../setup/client";
import { BASE, freshIp, PASSWORD, signUpLandlord, signUpRenter, uniqueEmail } from "../setup/helpers";

afterEach(() => vi.restoreAllMocks());

const raw = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
  exports.default.fetch(
    new Request(`${BASE}${path}`, { ...init, headers: { "cf-connecting-ip": freshIp(), ...init.headers } }),
  );

/** The policy every response carries; a page's script-src has the nonce, an API response's `'self'` alone. */
function expectSecurityHeaders(headers: Headers, kind: "page" | "api" = "page") {
  const csp = headers.get("content-security-policy") ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  if (kind === "page") expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'/);
  else expect(csp).toMatch(/script-src 'self';/);
  expect(headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
  expect(headers.get("x-content-type-options")).toBe("nosniff");
}

describe("every response", () => {
  it("carries a request id and the security headers, on success, on errors and on /healthz", async () => {
    const owner = await signUpLandlord();
    const responses = [
      await rawCall("GET", "/healthz"),
      await api(owner).me.$get(),
      await api().me.$get(),
      await rawCall("GET", "/api/no-such-route"),
      await rawCall("POST", "/api/properties", { name: "" }, owner),
      await api(owner).properties[":id"].$get({ param: { id: "nope" } }),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 401, 404, 400, 404]);
    const ids = new Set<string>();
    for (const [i, res] of responses.entries()) {
      const id = res.headers.get("x-request-id");
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      ids.add(id!);
      // /healthz is not under /api/: it gets the pages' policy; the API's responses draw no nonce.
      expectSecurityHeaders(res.headers, i === 0 ? "page" : "api");
    }
    expect(ids.size).toBe(responses.length);
    // A problem names the same request id as its header.
    expect(responses[2]!.problem.requestId).toBe(responses[2]!.headers.get("x-request-id"));
  });

  it("keeps a caller's request id (bounded) so traces join up", async () => {
    const res = await rawCall("GET", "/healthz", undefined, { headers: { "x-request-id": "trace-abc-123" } });
    expect(res.headers.get("x-request-id")).toBe("trace-abc-123");
    const long = await rawCall("GET", "/healthz", undefined, { headers: { "x-request-id": "x".repeat(500) } });
    expect(long.headers.get("x-request-id")).toHaveLength(64);
  });
});

describe("session cookies", () => {
  it("are HttpOnly, Secure and SameSite=Lax", async () => {
    const renter = await signUpRenter();
    const res = await raw("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: renter.email, password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookies = res.headers.getSetCookie();
    for (const name of ["rl_access", "rl_refresh"]) {
      const cookie = cookies.find((c) => c.startsWith(`${name}=`));
      expect(cookie, name).toBeDefined();
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*SameSite=Lax/i);
      expect(cookie).toMatch(/;\s*Path=\//i);
    }
  });
});

describe("CSRF", () => {
  async function cookieSession() {
    const renter = await signUpRenter();
    const login = await raw("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: renter.email, password: PASSWORD }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    return { renter, cookie };
  }

  it("refuses a cookie-carrying POST from a foreign origin, and lets the same origin through", async () => {
    const { cookie } = await cookieSession();
    const foreign = await api({ headers: { cookie, origin: "https://evil.example" } }).orgs.$post({
      json: { name: "Evil Org" },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.problem.code).toBe("csrf");
    const noOrigin = await api({ headers: { cookie, "sec-fetch-site": "cross-site" } }).orgs.$post({
      json: { name: "Evil Org" },
    });
    expect(noOrigin.status).toBe(403);
    expect(noOrigin.problem.code).toBe("csrf");
    const me = await api({ headers: { cookie } }).me.$get();
    expect(me.json.memberships).toEqual([]);

    const same = await api({ headers: { cookie, origin: BASE } }).orgs.$post({ json: { name: "Own Org" } });
    expect(same.status, same.text).toBe(201);
    const fetchSite = await api({ headers: { cookie, "sec-fetch-site": "same-origin" } }).orgs.$post({
      json: { name: "Own Org 2" },
    });
    expect(fetchSite.status, fetchSite.text).toBe(201);
  });

  it("does not apply to bearer-token calls without cookies", async () => {
    const renter = await signUpRenter();
    const res = await api({ token: renter.token, headers: { origin: "https://elsewhere.example" } }).orgs.$post({
      json: { name: "API Org" },
    });
    expect(res.status, res.text).toBe(201);
  });
});

describe("bad requests get problems, never 500s", () => {
  it("malformed JSON → 400 problem", async () => {
    const owner = await signUpLandlord();
    for (const body of ["{not json", '{"name": "x",}', ""]) {
      const res = await raw("/api/properties", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${owner.token}` },
        body,
      });
      expect(res.status, body).toBe(400);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect((await res.json<{ status: number }>()).status).toBe(400);
    }
    const signup = await raw("/api/auth/signup", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{]",
    });
    expect(signup.status).toBe(400);
  });

  it("unknown /api route → 404 problem", async () => {
    for (const [method, path] of [
      ["GET", "/api/nothing-here"],
      ["POST", "/api/properties/x/y/z"],
      ["DELETE", "/api/me"],
    ] as const) {
      const res = await rawCall(method, path);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(res.json).toMatchObject({ status: 404, code: "not_found" });
    }
  });

  it("a body over 1 MB → 413 problem", async () => {
    const owner = await signUpLandlord();
    const big = JSON.stringify({
      name: "x".repeat(1024 * 1024 + 10),
      address: "a",
      city: "c",
      postalCode: "p",
      country: "c",
    });
    const res = await raw("/api/properties", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${owner.token}` },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect((await res.json<{ code: string }>()).code).toBe("too_large");
    // Streamed without a length, it is cut off just the same.
    const stream = new Blob([big]).stream();
    const streamed = await raw("/api/auth/signup", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
    });
    expect(streamed.status).toBe(413);
  });
});

describe("logs", () => {
  it("never contain a password or a token", async () => {
    const lines: string[] = [];
    const capture = (...args: unknown[]) =>
      void lines.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "));
    for (const level of ["log", "info", "warn", "error", "debug"] as const)
      vi.spyOn(console, level).mockImplementation(capture);

    const email = uniqueEmail("logs");
    const password = `pw-${crypto.randomUUID()}`;
    const signup = await api().auth.signup.$post({
      json: {
        email,
        password,
        name: "Logan",
        accountType: "landlord",
        orgName: "Log Co",
      },
    });
    expect(signup.status).toBe(202);
    const wrong = await api().auth.login.$post({ json: { email, password: `${password}-wrong` } });
    expect(wrong.status).toBe(401);
    const login = await api().auth.login.$post({ json: { email, password } });
    expect(login.status).toBe(200);
    const refreshed = await api().auth.refresh.$post({ json: { refreshToken: login.json.refreshToken } });
    expect(refreshed.status).toBe(200);
    await api({ token: refreshed.json.accessToken }).me.$get();

    vi.restoreAllMocks();
    // The access log did write (so the spies saw the worker's output).
    expect(lines.some((l) => l.includes('"msg":"request"') && l.includes("/api/auth/login"))).toBe(true);
    const secrets = [
      password,
      login.json.accessToken,
      login.json.refreshToken,
      refreshed.json.accessToken,
      refreshed.json.refreshToken,
    ];
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(20);
      const leaked = lines.filter((l) => l.includes(secret) || l.includes(secret.slice(0, 24)));
      expect(leaked, "a secret was logged").toEqual([]);
    }
  });
});
