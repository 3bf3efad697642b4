import { describe, expect, it } from "vitest";
import { SERVER_MESSAGES } from "../../worker/lib/i18n/messages";
import { translator } from "../../worker/lib/i18n/translate";
import { rawCall } from "../setup/client";

/**
 * Issue 13 §3 (a tester's find): a schema's refusal carried zod's own English ("sort: Invalid option: expected
 * one of …") in `detail` and `errors[]`, for English callers and in every language for some paths. Each zod
 * issue kind (invalid_type, too_small, too_big, invalid_value, invalid_format, custom) is now worded from the
 * validation catalogue in the caller's language, English included.
 */

const ZOD_ENGLISH =
  /expected|Invalid option|Invalid input|Too (small|big)|received|must (be|have)|Invalid (string|email)/;

const asking = (language: string) => ({ headers: { "accept-language": language } });

const badInputs = [
  // invalid_value (an enum): the tester's case.
  {
    what: "sort",
    call: () => ["GET", "/api/public/listings?sort=cheapest", undefined] as const,
    path: "sort",
    key: "choose",
  },
  // invalid_type (a number expected), too_small (an empty name), too_big, invalid_format (an email).
  {
    what: "signup",
    call: () => ["POST", "/api/auth/signup", { email: "nope", password: 42, name: "", accountType: "renter" }] as const,
    path: "email",
    key: "email",
  },
  {
    what: "too long",
    call: () =>
      [
        "POST",
        "/api/auth/signup",
        { email: "a@b.fr", password: "x".repeat(20), name: "n".repeat(500), accountType: "nobody" },
      ] as const,
    path: "name",
    key: "maxLength",
  },
] as const;

describe("a schema's refusal in the caller's words, never zod's", () => {
  for (const language of ["en", "fr", "he", "uk"] as const) {
    for (const bad of badInputs) {
      it(`${bad.what}, Accept-Language ${language}`, async () => {
        const [method, path, body] = bad.call();
        const res = await rawCall(method, path, body, asking(language));
        expect(res.status, res.text).toBe(400);
        expect(res.problem.code).toBe("invalid_input");
        expect(res.problem.detail).toBe(SERVER_MESSAGES[language].problems.invalid_input);
        expect(res.problem.detail).not.toMatch(ZOD_ENGLISH);
        expect(JSON.stringify(res.problem.errors), res.text).not.toMatch(ZOD_ENGLISH);
        const t = translator(language, "validation");
        const field = res.problem.errors?.find((e) => e.path === bad.path);
        const want = bad.key === "maxLength" ? t("maxLength", { maximum: 100 }) : t(bad.key);
        expect(field?.message, res.text).toBe(want);
      });
    }
  }

  it("the tester's case, word for word: an English reader is told to choose, in a sentence", async () => {
    const res = await rawCall("GET", "/api/public/listings?sort=cheapest", undefined, asking("en-GB"));
    expect(res.problem.errors).toEqual([{ path: "sort", message: translator("en", "validation")("choose") }]);
    expect(res.problem.detail).not.toContain("sort: Invalid option");
  });
});
