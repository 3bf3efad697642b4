import type { Submission, SubmissionResult } from "@conform-to/react";
import { data } from "react-router";
import { z } from "zod";
import { LEASE_LAW_CODES } from "../../worker/lib/french-lease-law";
import { formatMoney } from "../../worker/lib/i18n/format";
import { requestLocale, translate } from "../i18n/translate.server";
import { replyFromProblem, type ReplyOptions } from "./api.server";
import type { FormReply } from "./forms";

/** A refused API call (the typed client's response): read twice, once here and once by `replyFromProblem`. */
type ApiResponse = { status: number; json(): Promise<unknown>; clone(): { json(): Promise<unknown> } };

/** The rules a 422 from worker/lib/lease-law-problem.ts lists: one per broken rule, with its numbers. */
const lawProblem = z.object({
  errors: z.array(
    z.object({
      path: z.string(),
      code: z.enum(LEASE_LAW_CODES).optional().catch(undefined),
      params: z.record(z.string(), z.number()).default({}),
    }),
  ),
});

/**
 * The sentence of each French-law rule a 422's `errors` name (`lease.violations.<code>` in the request's
 * language, the deposit cap as money of `currency`), in the order given; errors of other codes are skipped.
 */
export function lawSentences(errors: unknown, request: Request, currency: string): string[] {
  const parsed = lawProblem.shape.errors.safeParse(errors);
  if (!parsed.success) return [];
  const t = translate(request, "lease");
  const locale = requestLocale(request);
  return parsed.data.flatMap((e) =>
    e.code ? [t(`violations.${e.code}`, { ...e.params, cap: formatMoney(e.params.cap ?? 0, currency, locale) })] : [],
  );
}

/** `templateFields.deposit.amount` (an API path) → `deposit.amount` (the form's field name), when posted. */
function placed(path: string, payload: Record<string, unknown>, options: ReplyOptions): string | undefined {
  const name = options.prefix && path.startsWith(options.prefix) ? path.slice(options.prefix.length) : path;
  let node: unknown = payload;
  for (const key of name.split(".")) node = node && typeof node === "object" ? Reflect.get(node, key) : undefined;
  if (node === undefined || (options.fields && !options.fields.includes(name))) return undefined;
  return name;
}

/**
 * The form's reply to a refused lease or agreement: when the API refused it under French law (422,
 * worker/lib/lease-law-problem.ts), each broken rule's sentence in the page's language (`lease.violations.
 * <code>` with the rule's numbers; the deposit cap, minor units of `currency`, as money) next to its field,
 * or above the form when the form has no such field. Any other problem goes to `replyFromProblem`.
 */
export async function replyFromLawProblem(
  res: ApiResponse,
  submission: Submission<unknown>,
  options: ReplyOptions & { currency: string },
) {
  const parsed = lawProblem.safeParse(
    await res
      .clone()
      .json()
      .catch(() => null),
  );
  const rules = parsed.success ? parsed.data.errors.flatMap((e) => (e.code ? [{ ...e, code: e.code }] : [])) : [];
  if (res.status !== 422 || rules.length === 0) return replyFromProblem(res, submission, options);
  const t = translate(options.request, "lease");
  const locale = requestLocale(options.request);
  const fieldErrors: Record<string, string[]> = {};
  const unplaced: string[] = [];
  for (const rule of rules) {
    const { params } = rule;
    const sentence = t(`violations.${rule.code}`, {
      ...params,
      cap: formatMoney(params.cap ?? 0, options.currency, locale),
    });
    const name = placed(rule.path, submission.payload, options);
    if (name) (fieldErrors[name] ??= []).push(sentence);
    else unplaced.push(sentence);
  }
  const formErrors = [unplaced.length ? `${t("violationsTitle")} ${unplaced.join(" ")}` : t("refused")];
  const result: SubmissionResult<string[]> = submission.reply({ fieldErrors, formErrors });
  return data<FormReply>({ result }, { status: res.status });
}
