import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../worker/lib/log";
import { redact } from "../../worker/lib/redact";

afterEach(() => vi.restoreAllMocks());

describe("redact", () => {
  it("hides values under keys that could carry secrets, at any casing", () => {
    expect(
      redact({
        password: "p",
        newPassword: "p",
        passwordHash: "h",
        accessToken: "a",
        refresh_token: "r",
        Authorization: "Bearer x",
        cookie: "rl_access=x",
        "set-cookie": "rl_refresh=y",
        clientSecret: "s",
        ticket: "t",
        signature: "sig",
        code_verifier: "v",
        email: "kept@example.com",
        status: 200,
      }),
    ).toEqual({
      password: "[redacted]",
      newPassword: "[redacted]",
      passwordHash: "[redacted]",
      accessToken: "[redacted]",
      refresh_token: "[redacted]",
      Authorization: "[redacted]",
      cookie: "[redacted]",
      "set-cookie": "[redacted]",
      clientSecret: "[redacted]",
      ticket: "[redacted]",
      signature: "[redacted]",
      code_verifier: "[redacted]",
      email: "kept@example.com",
      status: 200,
    });
  });

  it("walks nested objects and arrays", () => {
    expect(redact({ user: { name: "Ann", password: "p" }, list: [{ token: "t", id: 1 }, "plain"] })).toEqual({
      user: { name: "Ann", password: "[redacted]" },
      list: [{ token: "[redacted]", id: 1 }, "plain"],
    });
  });

  it("never prints a secret nested deeper than it walks", () => {
    const deep = { a: { b: { c: { d: { e: { f: { password: "deep-secret-value" } } } } } } };
    expect(JSON.stringify(redact(deep))).not.toContain("deep-secret-value");
    const deepArray = [[[[[[{ token: "deep-token-value" }]]]]]];
    expect(JSON.stringify(redact(deepArray))).not.toContain("deep-token-value");
  });

  it("keeps primitives as they are and turns errors into plain objects", () => {
    expect(redact("x")).toBe("x");
    expect(redact(3)).toBe(3);
    expect(redact(null)).toBeNull();
    const out = redact({ error: new TypeError("boom") }) as { error: { name: string; message: string } };
    expect(out.error).toMatchObject({ name: "TypeError", message: "boom" });
  });
});

describe("createLogger", () => {
  it("writes one JSON line per call with the base fields, and redacts the fields", () => {
    const info = vi.spyOn(console, "log").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const log = createLogger({ requestId: "req-1" });
    log.info("hello", { password: "hunter2hunter2", n: 1 });
    log.warn("careful", {});
    log.error("bad", { headers: { authorization: "Bearer abc" } });
    const line = JSON.parse(info.mock.calls[0]![0] as string);
    expect(line).toMatchObject({ level: "info", msg: "hello", requestId: "req-1", password: "[redacted]", n: 1 });
    expect(JSON.parse(warn.mock.calls[0]![0] as string)).toMatchObject({ level: "warn", msg: "careful" });
    expect(error.mock.calls[0]![0]).not.toContain("Bearer abc");
    expect(JSON.parse(error.mock.calls[0]![0] as string)).toMatchObject({
      level: "error",
      headers: { authorization: "[redacted]" },
    });
  });
});
