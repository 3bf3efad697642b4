import type { Submission, SubmissionResult } from "@conform-to/react";
import { data, redirect } from "react-router";
import { z } from "zod";
import { withNext } from "./safe-next";
import { PROBLEM_CODES, type ProblemCode } from "../../worker/lib/errors";
import type { FormReply } from "./forms";
import { sentence } from "./forms.server";

/** An RFC 9457 problem from the API, as the UI needs it; `code` is null when the body had none we know. */
export type Problem = {
  status: number;
  code: ProblemCode | null;
  detail: string;
  errors: { path: string; message: string }[];
};

type ApiResponse = { status: number; json(): Promise<unknown> };

const problemBody = z.object({
  code: z.enum(PROBLEM_CODES).optional().catch(undefined),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** Reads a refused response's problem details; a body that is not one still gives a sentence to show. */
export async function readProblem(res: ApiResponse): Promise<Problem> {
  const parsed = problemBody.safeParse(await res.json().catch(() => null));
  const body = parsed.success ? parsed.data : {};
  return {
    status: res.status,
    code: body.code ?? null,
    detail:
      body.detail ??
      (res.status >= 500
        ? "Something went wrong on our side. Try again in a moment."
        : "The request could not be completed."),
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
  const problem = await readProblem(res);
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

/** The problem as Conform errors: per-field messages for the inputs the form posted, the rest above the form. */
function errorsOf(problem: Problem, payload: Record<string, unknown>, options: ReplyOptions) {
  const fieldErrors: Record<string, string[]> = {};
  const other: string[] = [];
  for (const error of problem.errors) {
    const name = fieldNameOf(error.path, options);
    const shown = posted(payload, name) && (!options.fields || options.fields.includes(name));
    if (shown) fieldErrors[name] ??= [sentence(error.message)];
    else other.push(`${error.path}: ${error.message}`);
  }
  const codeField = problem.code ? FIELD_OF_CODE[problem.code] : undefined;
  if (codeField && posted(payload, codeField)) fieldErrors[codeField] = [problem.detail];
  const formError = other.length
    ? other.join("; ")
    : Object.keys(fieldErrors).length
      ? "Please correct the highlighted fields."
      : problem.detail;
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
  const problem = "json" in res ? await readProblem(res) : res;
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
