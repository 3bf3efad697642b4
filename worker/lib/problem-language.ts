import type { ZodError } from "zod";
import { DATE_OUT_OF_RANGE } from "./date-input";
import type { FieldError, Problem } from "./errors";
import { isLocale, negotiateLocale, type Locale } from "./i18n/locales";
import { SERVER_MESSAGES } from "./i18n/messages";
import { translator } from "./i18n/translate";
import { PROBLEM_CODES, type ProblemCode } from "./problem-codes";
import { PLACE_NAME_WITHOUT_LETTER } from "./text";

/**
 * Problem details in the caller's language (issue 13 §3). The language is the account's (`lng` in the access
 * token) for a signed-in caller, else the best of `Accept-Language`, else English: the API's language for a
 * caller who states none (a page negotiates French by default; an API client gets English).
 */

type Issue = ZodError["issues"][number];

/** The language of a problem: the token's `lng`, else `Accept-Language` (no language we speak → English). */
export function problemLocale(lng: string | undefined, acceptLanguage: string | undefined): Locale {
  if (isLocale(lng)) return lng;
  return negotiateLocale(acceptLanguage, "en");
}

/** The catalogue's sentence for `code` in `locale` (worker/lib/i18n/messages/<lang>/problems.ts). */
function sentenceOf(code: ProblemCode, locale: Locale): string | undefined {
  const sentences: Partial<Record<string, string>> = SERVER_MESSAGES[locale].problems;
  return sentences[code];
}

/** A refinement's own problem code (`params: { code }`), when it names one we know. */
function issueCode(issue: Issue): ProblemCode | undefined {
  const code: unknown = issue.code === "custom" ? issue.params?.code : undefined;
  return typeof code === "string" && (PROBLEM_CODES as readonly string[]).includes(code)
    ? (code as ProblemCode)
    : undefined;
}

const isMissing = (issue: Issue) =>
  (issue.code === "invalid_type" && issue.input === undefined) ||
  (issue.code === "too_small" && issue.origin === "string" && Number(issue.minimum) <= 1);

/** A zod issue in plain words in `locale` (the forms' words: worker/lib/i18n/messages/<lang>/validation.ts). */
function issueMessage(issue: Issue, locale: Locale): string {
  const own = issueCode(issue);
  const sentence = own ? sentenceOf(own, locale) : undefined;
  if (sentence) return sentence;
  const t = translator(locale, "validation");
  if (isMissing(issue)) return t("required");
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "int") return t("wholeNumber");
      if (issue.expected === "number") return t("number");
      break;
    case "too_small":
      if (issue.origin === "string") return t("minLength", { minimum: Number(issue.minimum) });
      if (issue.origin === "number") return t("minNumber", { minimum: Number(issue.minimum) });
      break;
    case "too_big":
      if (issue.origin === "string") return t("maxLength", { maximum: Number(issue.maximum) });
      if (issue.origin === "number") return t("maxNumber", { maximum: Number(issue.maximum) });
      break;
    case "invalid_format":
      return t(issue.format === "email" ? "email" : issue.format === "date" ? "date" : "format");
    case "invalid_value":
      return t("choose");
    case "custom":
      if (issue.params?.code === PLACE_NAME_WITHOUT_LETTER) return t("placeName");
      if (issue.params?.code === DATE_OUT_OF_RANGE) return t("dateRange");
      break;
  }
  return translator(locale, "problems")("fieldInvalid");
}

/**
 * `problem` in `locale`: `title` is its code's sentence (the problem type in words); in a language other than
 * English, `detail` is that sentence too (the service's English sentence stays for English callers: it can
 * say more, such as the months a lease lasts, unless a schema refused the input: then English is worded from
 * the issues as every other language is) and each field error's `message` is worded for the reader
 * (zod's issues when the problem came from a schema, `issues`; else the field error's own code's sentence).
 */
export function localizeProblem(problem: Problem, locale: Locale, issues?: readonly Issue[]): Problem {
  const sentence = sentenceOf(problem.code, locale) ?? translator(locale, "problems")("unknown");
  if (locale === "en" && !issues?.length) return { ...problem, title: sentence };
  // A schema's refusal is worded from its issues in every language, English included: zod's own text
  // ("Invalid option: expected one of …") is for developers, never a problem's `detail` or `errors[]`.
  // In English a refinement's own sentence (a custom issue with its message) is ours and stays.
  const ownEnglish = (i: number) => locale === "en" && isOwnSentence(issues?.[i]);
  const errors = problem.errors?.map((e, i): FieldError => ({
    ...e,
    message: ownEnglish(i)
      ? e.message
      : issues?.[i]
        ? issueMessage(issues[i], locale)
        : ((e.code && sentenceOf(e.code, locale)) ?? translator(locale, "problems")("fieldInvalid")),
  }));
  const detail = issues?.length && issues.every((_, i) => ownEnglish(i)) ? problem.detail : sentence;
  return { ...problem, title: sentence, detail, ...(errors ? { errors } : {}) };
}

/** A refinement's message written by us (not zod's default "Invalid input"): already a sentence, in English. */
function isOwnSentence(issue: Issue | undefined): boolean {
  return issue?.code === "custom" && !!issue.message && !/^Invalid input/.test(issue.message) && !issueCode(issue);
}
