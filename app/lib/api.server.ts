import type { Submission, SubmissionResult } from "@conform-to/react";
import { data, redirect } from "react-router";
import { z } from "zod";
import { withNext } from "./safe-next";
import { PROBLEM_CODES, type ProblemCode } from "../../worker/lib/problem-codes";
import type { Locale } from "../../worker/lib/i18n/locales";
import { translator } from "../../worker/lib/i18n/translate";
import { requestLocale } from "../i18n/translate.server";
import type { FormReply } from "./forms";

/**
 * An RFC 9457 problem from the API, as the UI needs it; `code` is null when the body had none we know.
 * `detail` is the sentence to show, in the reader's language (the `problems` catalogue, by code), never the
 * API's English `detail`. `errors` are the API's own (English `message`): pages look at their `path`.
 */
export type Problem = {
  status: number;
  code: ProblemCode | null;
  detail: string;
  errors: { path: string; message: string }[];
};

export type ApiResponse = { status: number; json(): Promise<unknown> };

const problemBody = z.object({
  code: z.enum(PROBLEM_CODES).optional().catch(undefined),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/**
 * The sentence for a refused request in `locale`: its code's (worker/lib/i18n/messages/<lang>/problems.ts),
 * else a generic one (a 5xx: "something went wrong on our side"; else "could not be completed").
 */
export function problemSentence(code: ProblemCode | null, status: number, locale: Locale): string {
  const t = translator(locale, "problems");
  if (code) return t(code);
  return t(status >= 500 ? "server" : "unknown");
}

/**
 * Reads a refused response's problem details, its sentence in the request's language (the `rl_lang`
 * cookie, else `Accept-Language`); a body that is not a problem still gives a sentence to show.
 */
export async function readProblem(res: ApiResponse, request: Request): Promise<Problem> {
  const parsed = problemBody.safeParse(await res.json().catch(() => null));
  const body = parsed.success ? parsed.data : {};
  const code = body.code ?? null;
  return {
    status: res.status,
    code,
    detail: problemSentence(code, res.status, requestLocale(request)),
    errors: body.errors ?? [],
  };
}

/**
 * Where a signed-out visitor goes, coming back to this page afterwards: the page itself, never the
 * `.data` URL of a client-side navigation's data request (worker/lib/safe-return.ts).
 */
export function loginUrl(request: Request): string {
  const url = new URL(request.url);
  return withNext("/login", url.pathname + url.search);
}

/**
 * The one way a loader handles a refused API call: an ended session goes to the login page, everything
 * else to the route's error boundary with the problem as its data (a disabled org, a foreign id's 404, …).
 */
export async function throwApiError(res: ApiResponse, request: Request): Promise<never> {
  const problem = await readProblem(res, request);
  if (problem.status === 401) throw redirect(loginUrl(request));
  throw data(problem, { status: problem.status });
}

/** Conflicts the API reports without a field path, attached to the input they are about. */
const FIELD_OF_CODE: Partial<Record<ProblemCode, string>> = {
  email_taken: "email",
  already_member: "email",
  unit_taken: "unitNumber",
};

export type ReplyOptions = {
  /** The action's request: an ended session redirects to the login page and back. */
  request: Request;
  /** On the sign-in pages a 401 is just a message (wrong password), not a redirect. */
  signedOutPage?: boolean;
  /** API field paths whose form input has another name (`{ budgetAmount: "budget" }`, `{ name: "orgName" }`). */
  aliases?: Record<string, string>;
  /** A prefix the API puts before the form's names (`templateFields.` on the agreement). */
  prefix?: string;
  /** Posted values not to send back (passwords). */
  hideFields?: string[];
  /** The fields the form shows, when some posted ones are hidden inputs (their errors then go above the form). */
  fields?: readonly string[];
};

/** `renters.0.name` (an API path) → `renters[0].name` (a Conform field name). */
function fieldNameOf(path: string, options: ReplyOptions): string {
  const aliased = options.aliases?.[path] ?? path;
  const bare = options.prefix && aliased.startsWith(options.prefix) ? aliased.slice(options.prefix.length) : aliased;
  return bare.replace(/\.(\d+)(?=\.|$)/g, "[$1]");
}

/** Whether the form posted a field of this name (so its message can go next to it). */
function posted(payload: Record<string, unknown>, name: string): boolean {
  let node: unknown = payload;
  for (const key of name.split(/[.[\]]+/).filter(Boolean)) {
    if (!node || typeof node !== "object") return false;
    node = (node as Record<string, unknown>)[key];
  }
  return node !== undefined;
}

/**
 * What an input says when the API refused its value, in `locale`: the problem's own sentence when its code
 * is about the value (an unreadable image, a date out of range), "fill this in" for an incomplete agreement,
 * and "check this value" for plain invalid input (the API's English validation text is never shown).
 */
function fieldSentence(problem: Problem, locale: Locale): string {
  if (problem.code === "incomplete") return translator(locale, "validation")("required");
  if (problem.code === "invalid_input" || !problem.code) return translator(locale, "problems")("fieldInvalid");
  return problem.detail;
}

/** The problem as Conform errors: per-field messages for the inputs the form posted, the rest above the form. */
function errorsOf(problem: Problem, payload: Record<string, unknown>, options: ReplyOptions) {
  const locale = requestLocale(options.request);
  const fieldErrors: Record<string, string[]> = {};
  let unplaced = false;
  for (const error of problem.errors) {
    const name = fieldNameOf(error.path, options);
    const shown = posted(payload, name) && (!options.fields || options.fields.includes(name));
    if (shown) fieldErrors[name] ??= [fieldSentence(problem, locale)];
    else unplaced = true;
  }
  const codeField = problem.code ? FIELD_OF_CODE[problem.code] : undefined;
  if (codeField && posted(payload, codeField)) fieldErrors[codeField] = [problem.detail];
  // An error about an input the form does not show is told above the form, by the problem's sentence.
  const formError =
    unplaced || !Object.keys(fieldErrors).length ? problem.detail : translator(locale, "problems")("correctFields");
  return { fieldErrors, formErrors: [formError] };
}

/**
 * The one mapper from a refused API call to a form's reply: inside the app an ended session goes to the login
 * page and a disabled org to the error boundary; otherwise the problem becomes `reply({ fieldErrors,
 * formErrors })` with the API's status. `submission` is null for forms the action did not parse (a streamed
 * upload): the reply then carries `intent` and the form-level message only. Pass a `Problem` already read
 * (`readProblem`) when the page looks at its code first.
 */
export async function replyFromProblem(
  res: ApiResponse | Problem,
  submission: Submission<unknown> | null,
  options: ReplyOptions & { intent?: string },
) {
  const problem = "json" in res ? await readProblem(res, options.request) : res;
  if (!options.signedOutPage && problem.status === 401) throw redirect(loginUrl(options.request));
  if (problem.code === "org_disabled") throw data(problem, { status: 403 });
  const result: SubmissionResult<string[]> = submission
    ? submission.reply({ ...errorsOf(problem, submission.payload, options), hideFields: options.hideFields })
    : {
        status: "error",
        initialValue: options.intent ? { intent: options.intent } : {},
        error: { "": [problem.detail] },
      };
  return data<FormReply>({ result }, { status: problem.status });
}

/** The API's Set-Cookie headers (session cookies), to pass on to the browser. */
export function forwardCookies(res: { headers: Headers }, headers = new Headers()): Headers {
  for (const cookie of res.headers.getSetCookie()) headers.append("set-cookie", cookie);
  return headers;
}
