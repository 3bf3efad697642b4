import { describe, expect, it } from "vitest";
import { parse } from "@formatjs/icu-messageformat-parser";
import { isolateArguments, isolateMessage } from "../../app/i18n/isolate-arguments";
import { he } from "../../app/i18n/messages/he";
import { signAccessToken, verifyAccessToken } from "../../worker/auth/tokens";

const SECRET = "a-test-secret-0123456789abcdefghijklmnopqrstuvwxyz";

describe("right-to-left catalogues isolate their arguments", () => {
  it("wraps simple arguments, inside plural branches too, and leaves the rest", () => {
    expect(isolateMessage("{property} · יחידה {unit}")).toBe("\u2068{property}\u2069 · יחידה \u2068{unit}\u2069");
    expect(isolateMessage("{name} דיווח/ה על {amount}")).toBe("\u2068{name}\u2069 דיווח/ה על \u2068{amount}\u2069");
    expect(isolateMessage("{count, plural, one {# תשלום של {amount}} other {# תשלומים}}")).toBe(
      "{count, plural, one {# תשלום של \u2068{amount}\u2069} other {# תשלומים}}",
    );
    expect(isolateMessage("<link>{ chunks }</link> '{literal}'")).toBe("<link>\u2068{chunks}\u2069</link> '{literal}'");
    expect(isolateArguments({ a: { b: "{x}" }, c: "plain" })).toEqual({ a: { b: "\u2068{x}\u2069" }, c: "plain" });
    expect(isolateMessage("{kind, select, pdf {PDF} other {{name}}}")).toBe(
      "{kind, select, pdf {PDF} other {\u2068{name}\u2069}}",
    );
  });

  it("leaves every Hebrew message a valid ICU message with the same arguments", () => {
    const walk = (node: unknown, path: string): [string, string][] =>
      typeof node === "string"
        ? [[path, node]]
        : Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => walk(v, `${path}.${k}`));
    const isolated = new Map(walk(isolateArguments(he), "he"));
    for (const [path, original] of walk(he, "he")) {
      const changed = isolated.get(path) ?? "";
      expect(() => parse(changed, { ignoreTag: false }), path).not.toThrow();
      expect(changed.replace(/[\u2068\u2069]/g, ""), path).toBe(original.replace(/\{\s*(\w+)\s*\}/g, "{$1}"));
    }
  });
});

describe("the access token carries the account's language", () => {
  it("round-trips `lng`, and leaves it out when the account has none", async () => {
    const claims = { sub: "u1", sid: "s1", orgs: [] };
    expect((await verifyAccessToken(SECRET, await signAccessToken(SECRET, { ...claims, lng: "uk" })))?.lng).toBe("uk");
    const none = await verifyAccessToken(SECRET, await signAccessToken(SECRET, claims));
    expect(none).toEqual(claims);
  });
});
