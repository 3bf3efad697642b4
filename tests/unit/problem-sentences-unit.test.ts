import { describe, expect, it } from "vitest";
import { problemSentence, readProblem, replyFromProblem } from "../../app/lib/api.server";
import { toProblem } from "../../worker/lib/errors";
import { PROBLEM_CODES } from "../../worker/lib/problem-codes";
import { LOCALES } from "../../worker/lib/i18n/locales";
import { SERVER_MESSAGES } from "../../worker/lib/i18n/messages";

/** A page request in `lang` (the language cookie the switcher sets). */
const requestIn = (lang: string) => new Request("https://rentline.test/x", { headers: { cookie: `rl_lang=${lang}` } });
const problemResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/problem+json" } });

describe("API problems in the reader's language", () => {
  it.each(LOCALES)("every problem code has its own %s sentence (no key printed, none English in uk/he)", (locale) => {
    for (const code of PROBLEM_CODES) {
      const text = problemSentence(code, 400, locale);
      expect(text, code).toBe(SERVER_MESSAGES[locale].problems[code]);
      expect(text, code).not.toContain(code);
    }
  });

  it("a refused request reads back in the cookie's language, never the API's English detail", async () => {
    const body = toProblem(409, "already_member", "lena@example.com is already a member of this organization");
    const uk = await readProblem(problemResponse(409, body), requestIn("uk"));
    expect(uk).toMatchObject({ status: 409, code: "already_member", detail: "Ця людина вже є членом організації." });
    const he = await readProblem(problemResponse(409, body), requestIn("he"));
    expect(he.detail).toBe("האדם הזה כבר חבר בארגון.");
  });

  it("a body without a known code gets the generic sentence by status, in Accept-Language's language", async () => {
    const request = new Request("https://rentline.test/x", { headers: { "accept-language": "fr-FR,fr;q=0.9" } });
    expect((await readProblem(problemResponse(502, { detail: "upstream" }), request)).detail).toBe(
      "Une erreur est survenue de notre côté. Réessayez dans un instant.",
    );
    expect((await readProblem(new Response("not json", { status: 400 }), request)).detail).toBe(
      "La demande n’a pas pu aboutir.",
    );
  });

  it("a form reply puts localized sentences next to the fields, never zod's English text", async () => {
    const raw = toProblem(400, "invalid_input", "name: Too small", undefined, [
      { path: "name", message: "Too small: expected string to have >=1 characters" },
    ]);
    const submission = {
      payload: { name: "" },
      reply: (options: { fieldErrors?: Record<string, string[]>; formErrors?: string[] }) => ({
        status: "error" as const,
        error: { ...options.fieldErrors, "": options.formErrors ?? [] },
      }),
    };
    const reply = await replyFromProblem(problemResponse(400, raw), submission as never, { request: requestIn("uk") });
    const error = (reply.data.result as { error: Record<string, string[]> }).error;
    expect(error.name).toEqual(["Перевірте це значення."]);
    expect(error[""]).toEqual(["Виправте позначені поля."]);
    const conflict = toProblem(409, "email_taken", "An account with this email already exists");
    const taken = await replyFromProblem(
      problemResponse(409, conflict),
      { ...submission, payload: { email: "a@b.c" } } as never,
      { request: requestIn("he") },
    );
    expect((taken.data.result as { error: Record<string, string[]> }).error.email).toEqual([
      "כבר קיים חשבון עם כתובת האימייל הזו.",
    ]);
  });
});
