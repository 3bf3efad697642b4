import { describe, expect, it } from "vitest";
import type { Locale } from "../../worker/lib/i18n/locales";
import { SERVER_MESSAGES } from "../../worker/lib/i18n/messages";
import { translator } from "../../worker/lib/i18n/translate";
import { rawCall, type Caller } from "../setup/client";
import { PASSWORD, signUpAndSignIn, uniqueEmail } from "../setup/helpers";

/**
 * Issue 13 §3: API problems in the caller's language. Signed out: the best of `Accept-Language` (none we speak
 * → English); signed in: the account's language (`lng` in the token), whatever the browser asks. `title` is
 * the code's sentence, and outside English `detail` and each field error's message are worded too.
 */

const sentence = (locale: Locale, code: keyof (typeof SERVER_MESSAGES)["en"]["problems"]) =>
  SERVER_MESSAGES[locale].problems[code];

const asking = (language: string, who: Caller = {}): Caller => ({
  ...who,
  headers: { ...who.headers, "accept-language": language },
});

/** A sign-up with a bad email and no password: a schema's refusal. */
const badSignup = (who: Caller) => rawCall("POST", "/api/auth/signup", { email: "nope", name: "Ana" }, who);

describe("problems in the caller's language", () => {
  for (const locale of ["fr", "uk", "he"] as const) {
    it(`signed out, Accept-Language ${locale}: validation, 404 and 401 are worded in it`, async () => {
      const who = asking(`${locale}-XX, en;q=0.5`);
      const invalid = await badSignup(who);
      expect(invalid.status).toBe(400);
      expect(invalid.headers.get("content-language")).toBe(locale);
      expect(invalid.problem).toMatchObject({
        code: "invalid_input",
        title: sentence(locale, "invalid_input"),
        detail: sentence(locale, "invalid_input"),
      });
      const t = translator(locale, "validation");
      expect(invalid.problem.errors).toEqual(
        expect.arrayContaining([
          { path: "email", message: t("email") },
          { path: "password", message: t("required") },
        ]),
      );
      // No zod English left in the field errors.
      expect(JSON.stringify(invalid.problem.errors)).not.toMatch(/expected|Invalid|Required/);

      const missing = await rawCall("GET", "/api/no-such-route", undefined, who);
      expect(missing.status).toBe(404);
      expect(missing.problem).toMatchObject({ code: "not_found", detail: sentence(locale, "not_found") });
      const signedOut = await rawCall("GET", "/api/me", undefined, who);
      expect(signedOut.status).toBe(401);
      expect(signedOut.problem).toMatchObject({
        code: "unauthorized",
        title: sentence(locale, "unauthorized"),
        detail: sentence(locale, "unauthorized"),
      });
    });
  }

  it("a language we do not speak (or none) falls back to English: the English title, the service's detail", async () => {
    for (const who of [asking("de-DE, pt;q=0.8"), {}]) {
      const invalid = await badSignup(who);
      expect(invalid.status).toBe(400);
      expect(invalid.headers.get("content-language")).toBe("en");
      expect(invalid.problem.title).toBe(sentence("en", "invalid_input"));
      expect(invalid.problem.errors?.find((e) => e.path === "email")?.message).toBeTruthy();
      const missing = await rawCall("GET", "/api/no-such-route", undefined, who);
      expect(missing.problem).toMatchObject({
        title: sentence("en", "not_found"),
        detail: "No API route for GET /api/no-such-route",
      });
      const signedOut = await rawCall("GET", "/api/me", undefined, who);
      expect(signedOut.problem).toMatchObject({ title: sentence("en", "unauthorized"), detail: "Sign in to continue" });
    }
  });

  it("signed in: the account's language wins over Accept-Language (validation, 404 from a service)", async () => {
    const session = await signUpAndSignIn({
      email: uniqueEmail("lng"),
      password: PASSWORD,
      name: "Олена Коваленко",
      accountType: "landlord",
      orgName: "Коваленко",
      locale: "uk",
    });
    const who = asking("fr", session);
    const missing = await rawCall("GET", "/api/apartments/00000000000000000000000000", undefined, who);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-language")).toBe("uk");
    expect(missing.problem).toMatchObject({ code: "not_found", detail: sentence("uk", "not_found") });
    const invalid = await rawCall("POST", "/api/properties", { name: "" }, who);
    expect(invalid.status).toBe(400);
    expect(invalid.problem.title).toBe(sentence("uk", "invalid_input"));
    expect(invalid.problem.errors).toContainEqual({
      path: "name",
      message: translator("uk", "validation")("required"),
    });
  });
});
