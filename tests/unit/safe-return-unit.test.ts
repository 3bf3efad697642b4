import { describe, expect, it } from "vitest";
import { safeReturnPath } from "../../worker/lib/safe-return";
import { withNext } from "../../app/lib/safe-next";

/** What `?next=a%09b` arrives as once the query string is decoded. */
const decodedNext = (query: string) => new URL(`https://rentline.test/login?next=${query}`).searchParams.get("next");

/** Where a browser lands when the server answers `Location: <path>` for a page on https://rentline.test. */
const landing = (path: string) => new URL(path, "https://rentline.test/login");

describe("safeReturnPath: every next/return URL (login, signup, Google, emailed links)", () => {
  it("refuses /%09/other-host/x (the browser strips the TAB and lands on other-host)", () => {
    const next = decodedNext("/%09/other-host/x");
    expect(next).toBe("/\t/other-host/x");
    // The attack: a browser strips TAB/CR/LF from a URL before parsing it.
    expect(landing("/\t/other-host/x").host).toBe("other-host");
    expect(safeReturnPath(next, "/home")).toBe("/home");
  });

  it("refuses /%0A/x and /%0D/x (a header value with CR/LF throws: was a 500) and gives a header-safe value", () => {
    for (const raw of ["/%0A/x", "/%0D/x", "/%0D%0ASet-Cookie:%20a=b", "/x%00y"]) {
      const next = decodedNext(raw);
      const safe = safeReturnPath(next, "/home");
      expect(safe, raw).toBe("/home");
      expect(() => new Headers({ location: safe })).not.toThrow();
    }
  });

  it("refuses backslashes, protocol-relative and absolute URLs, and anything that is not a string", () => {
    for (const bad of [
      "/\\other-host/x",
      "\\\\other-host",
      "//other-host/x",
      "https://other-host/x",
      "javascript:alert(1)",
      "other-host/x",
      "",
      " /x",
      "/x\u007f",
      `/${"a".repeat(3000)}`,
    ])
      expect(safeReturnPath(bad, "/home"), JSON.stringify(bad)).toBe("/home");
    expect(safeReturnPath(null, "/home")).toBe("/home");
    expect(safeReturnPath(undefined, "")).toBe("");
    expect(safeReturnPath(["/x"], "/home")).toBe("/home");
  });

  it("refuses dot segments that resolve to a protocol-relative path (/.//evil.example was a redirect off-site)", () => {
    for (const bad of ["/.//evil.example/x", "/%2e//evil.example/x", "/..//evil.example/x", "/a/..//evil.example/x"])
      expect(safeReturnPath(bad, "/home"), bad).toBe("/home");
    expect(safeReturnPath("/a/./b/../c", "/home")).toBe("/a/c");
  });

  it("strips React Router's .data suffix: after sign-in an applicant lands on /listings/:id/apply", () => {
    expect(safeReturnPath("/listings/0190-abc/apply.data", "/")).toBe("/listings/0190-abc/apply");
    expect(safeReturnPath("/listings/0190-abc/apply.data?_routes=routes%2Flisting-apply", "/")).toBe(
      "/listings/0190-abc/apply",
    );
    expect(safeReturnPath("/_root.data", "/home")).toBe("/");
    expect(safeReturnPath("/listings.data?city=Lyon&_routes=x", "/")).toBe("/listings?city=Lyon");
  });

  it("keeps a same-origin path with its query and hash, re-serialised as ASCII (safe in a Location header)", () => {
    expect(safeReturnPath("/invitations/accept?token=abc_DEF-123", "/")).toBe("/invitations/accept?token=abc_DEF-123");
    expect(safeReturnPath("/homes/1#chat", "/")).toBe("/homes/1#chat");
    const unicode = safeReturnPath("/listings?city=Zürich", "/");
    expect(unicode).toBe("/listings?city=Z%C3%BCrich");
    expect(() => new Headers({ location: unicode })).not.toThrow();
    for (const path of ["/a/../../b", "/%2F%2Fother-host"])
      expect(landing(safeReturnPath(path, "/")).host).toBe("rentline.test");
  });

  it("withNext adds only a safe next, and never a .data URL", () => {
    expect(withNext("/login", "/listings/9/apply.data")).toBe("/login?next=%2Flistings%2F9%2Fapply");
    expect(withNext("/login", "/\t/other-host/x")).toBe("/login");
    expect(withNext("/login", null)).toBe("/login");
  });
});
