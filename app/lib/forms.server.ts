import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "react-router";
import { z } from "zod";
import type { Locale } from "../../worker/lib/i18n/locales";
import { translator } from "../../worker/lib/i18n/translate";
import { DATE_OUT_OF_RANGE, TIME_WINDOW_ORDER } from "../../worker/lib/date-input";
import { PLACE_NAME_WITHOUT_LETTER } from "../../worker/lib/text";
import { formatMoney, minorUnitDigits } from "../../worker/lib/money";
import { minorToInput, parseMoney } from "../../worker/lib/money-input";
import type { FormReply } from "./forms";

/** A money amount outside its schema's bounds (`moneyInput`): `params.bound` says which. */
const MONEY_OUT_OF_BOUNDS = "money_out_of_bounds";

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
      if (issue.params?.code === DATE_OUT_OF_RANGE) return issue.params.past ? t("datePast") : t("dateRange");
      if (issue.params?.code === TIME_WINDOW_ORDER) return t("windowOrder");
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
    // An amount over or under its bounds says so as money ("Au plus 1 000 000,00 €") unless the field words it.
    if (issue.code === "custom" && issue.params?.code === MONEY_OUT_OF_BOUNDS)
      return (issue.params.bound === "max" ? messages.tooBig : messages.tooSmall) ?? issue.message;
    return messages.invalid ?? defaultMessage(issue, locale);
  };
}

/**
 * A money input typed in `locale` ("850", "850.5", "850,50", "1 234,50") as integer minor units of `currency` (worker/lib/money.ts:
 * EUR has 2 decimals, JPY none), checked by `bounds` (the contract's amount schema, keeping the API's bounds):
 * an amount out of them is told as money in `locale` and `currency` ("Au plus 1 000 000,00 €"), never as
 * minor units.
 */
export function moneyInput<T extends z.ZodType<unknown, number>>(currency: string, locale: Locale, bounds: T) {
  const example = minorToInput(850 * 10 ** minorUnitDigits(currency), currency, locale);
  const t = translator(locale, "validation");
  return z.string().transform((text, ctx): z.output<T> => {
    const minor = parseMoney(text, currency, locale);
    if (minor === null) {
      ctx.addIssue({ code: "custom", message: t("amount", { example }) });
      return z.NEVER;
    }
    const checked = bounds.safeParse(minor);
    if (checked.success) return checked.data;
    for (const issue of checked.error.issues) {
      if ((issue.code === "too_big" || issue.code === "too_small") && issue.origin === "number") {
        const max = issue.code === "too_big";
        const limit = Number(max ? issue.maximum : issue.minimum);
        const amount = formatMoney(limit, currency, locale);
        const message = t(max ? "maxAmount" : "minAmount", { amount });
        ctx.addIssue({ code: "custom", message, params: { code: MONEY_OUT_OF_BOUNDS, bound: max ? "max" : "min" } });
      } else ctx.addIssue({ code: "custom", message: issue.message });
    }
    return z.NEVER;
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
