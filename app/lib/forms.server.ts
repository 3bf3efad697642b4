import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "react-router";
import { z } from "zod";
import type { Locale } from "../../worker/lib/i18n/locales";
import { translator } from "../../worker/lib/i18n/translate";
import { DATE_OUT_OF_RANGE } from "../../worker/lib/date-input";
import { PLACE_NAME_WITHOUT_LETTER } from "../../worker/lib/text";
import { minorToInput, minorUnitDigits, parseMoney } from "../../worker/lib/money";
import type { FormReply } from "./forms";

/** What a field says when an issue is about it; a string is the message for "missing or not valid". */
export type FieldMessages = string | { required?: string; invalid?: string; tooSmall?: string; tooBig?: string };

/** Issue paths as message keys: `renters.0.name` → `renters.*.name`. */
const keyOf = (path: readonly PropertyKey[]) => path.map((p) => (typeof p === "number" ? "*" : String(p))).join(".");

function isMissing(issue: z.core.$ZodRawIssue): boolean {
  if (issue.code === "invalid_type") return issue.input === undefined || issue.input === "";
  return issue.code === "too_small" && issue.origin === "string" && Number(issue.minimum) <= 1;
}

/** Plain-language defaults for the issues forms meet, whatever the field, in the page's language. */
function defaultMessage(issue: z.core.$ZodRawIssue, locale: Locale): string | undefined {
  const t = translator(locale, "validation");
  switch (issue.code) {
    case "invalid_type":
      if (isMissing(issue)) return t("required");
      if (issue.expected === "int") return t("wholeNumber");
      if (issue.expected === "number") return t("number");
      return undefined;
    case "too_small":
      if (isMissing(issue)) return t("required");
      if (issue.origin === "string") return t("minLength", { minimum: Number(issue.minimum) });
      if (issue.origin === "number") return t("minNumber", { minimum: Number(issue.minimum) });
      return undefined;
    case "too_big":
      if (issue.origin === "string") return t("maxLength", { maximum: Number(issue.maximum) });
      if (issue.origin === "number") return t("maxNumber", { maximum: Number(issue.maximum) });
      return undefined;
    case "invalid_format":
      if (issue.format === "email") return t("email");
      if (issue.format === "date") return t("date");
      return t("format");
    case "invalid_value":
      return t("choose");
    case "custom":
      // A city, address or country without a letter (worker/lib/text.ts `placeName`); a date outside the sane
      // range (worker/lib/date-input.ts).
      if (issue.params?.code === PLACE_NAME_WITHOUT_LETTER) return t("placeName");
      if (issue.params?.code === DATE_OUT_OF_RANGE) return t("dateRange");
      return undefined;
    default:
      return undefined;
  }
}

/**
 * A per-form error map: the contract schemas say what is valid, this says it in the form's words. Keys are
 * field paths (`email`, `rent.amount`, `renters.*.name`). Messages written on a schema itself win over these
 * (zod's precedence), so an API-side sentence such as "type your full name" still shows.
 */
export function formMessages(fields: Record<string, FieldMessages> = {}, locale: Locale = "en"): z.core.$ZodErrorMap {
  return (issue) => {
    const own = fields[keyOf(issue.path ?? [])];
    const messages = typeof own === "string" ? { required: own, invalid: own } : (own ?? {});
    if (isMissing(issue)) return messages.required ?? defaultMessage(issue, locale);
    if (issue.code === "too_small") return messages.tooSmall ?? defaultMessage(issue, locale);
    if (issue.code === "too_big") return messages.tooBig ?? defaultMessage(issue, locale);
    return messages.invalid ?? defaultMessage(issue, locale);
  };
}

/**
 * A money input typed in `locale` ("850", "850.5", "850,50", "1 234,50") as integer minor units of `currency` (worker/lib/money.ts:
 * EUR has 2 decimals, JPY none). Pipe it into the contract's amount schema to keep the API's bounds.
 */
export function moneyInput(currency: string, locale: Locale = "en") {
  const example = minorToInput(850 * 10 ** minorUnitDigits(currency), currency, locale);
  return z.string().transform((text, ctx) => {
    const minor = parseMoney(text, currency, locale);
    if (minor === null) {
      ctx.addIssue({ code: "custom", message: translator(locale, "validation")("amount", { example }) });
      return z.NEVER;
    }
    return minor;
  });
}

/** The currency a form posts (a hidden field or the currency select, `name`), for parsing its amounts. */
export function postedCurrency(form: FormData, name = "currency", fallback = "EUR"): string {
  const value = form.get(name);
  return typeof value === "string" && /^[A-Z]{3}$/.test(value) ? value : fallback;
}

/**
 * The message a person reads for `issue`. Lengths, bounds and formats are always worded by the form: a
 * contract schema may carry its own English sentence for API clients ("must be a phone number", "must be at
 * least 10 characters"), which zod puts before the form's map; people read the form's sentence in their
 * language instead. Other issues keep their message (already the form's, or a translated refinement's).
 */
function formMessageOf(issue: z.core.$ZodIssue, messages: z.core.$ZodErrorMap): string {
  const raw =
    issue.code === "too_small" || issue.code === "too_big" || issue.code === "custom"
      ? { ...issue, input: issue.input }
      : issue.code === "invalid_format"
        ? { ...issue, input: typeof issue.input === "string" ? issue.input : undefined }
        : null;
  if (!raw) return issue.message;
  const own = messages(raw);
  return (typeof own === "string" ? own : own?.message) ?? issue.message;
}

/** "must be a date" → "Must be a date": API and schema messages start lower-case. */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * Parses a posted form with a contract schema (Conform's coercion: "" is missing, "3" a number, "on" true)
 * and the form's messages. The result's `reply()` is what the action answers.
 */
export function parseSubmission<Schema extends z.ZodType>(
  form: FormData,
  schema: Schema,
  messages: z.core.$ZodErrorMap = formMessages(),
) {
  return parseWithZod(form, {
    schema,
    error: messages,
    formatError: (issues: z.core.$ZodIssue[]) => issues.map((issue) => sentence(formMessageOf(issue, messages))),
  });
}

/**
 * A submission the schema refused: its reply (messages next to the fields, the values typed kept, except
 * `hideFields` such as passwords), status 400; the sentence above the form is in `locale` (the page's,
 * `requestLocale(request)`).
 */
export function refused(
  submission: { reply(options: { formErrors: string[]; hideFields?: string[] }): SubmissionResult<string[]> },
  locale: Locale,
  hideFields?: string[],
) {
  const formErrors = [translator(locale, "problems")("correctFields")];
  return data<FormReply>({ result: submission.reply({ formErrors, hideFields }) }, { status: 400 });
}
