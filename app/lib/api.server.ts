import { data, redirect } from "react-router";
import { z } from "zod";

/** An RFC 9457 problem from the API, as the UI needs it. */
export type Problem = { status: number; code: string; detail: string; errors?: { path: string; message: string }[] };

/** What an action hands back to its form when the input was refused. */
export type FormFailure = { formError?: string; fieldErrors: Record<string, string>; values?: Record<string, string> };

type ApiResponse = { status: number; json(): Promise<unknown> };

const problemBody = z.object({
  code: z.string().optional(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export async function readProblem(res: ApiResponse): Promise<Problem> {
  const parsed = problemBody.safeParse(await res.json().catch(() => null));
  const body = parsed.success ? parsed.data : {};
  return {
    status: res.status,
    code: body.code ?? "unknown",
    detail:
      body.detail ??
      (res.status >= 500
        ? "Something went wrong on our side. Try again in a moment."
        : "The request could not be completed."),
    errors: body.errors,
  };
}

/** Where a signed-out visitor goes, coming back to this page afterwards. */
export function loginUrl(request: Request): string {
  const url = new URL(request.url);
  return `/login?next=${encodeURIComponent(url.pathname + url.search)}`;
}

/**
 * A loader's API call failed: an ended session goes to the login page, everything else to the route's
 * error boundary with the problem as its data (a disabled org, a foreign id's 404, …).
 */
export async function throwApiError(res: ApiResponse, request: Request): Promise<never> {
  const problem = await readProblem(res);
  if (problem.status === 401) throw redirect(loginUrl(request));
  throw data(problem, { status: problem.status });
}

/** An action's refused API call, for messages outside a form's fields (a failed delete, …). Same redirects as `formFailure`. */
export async function actionProblem(res: ApiResponse, request: Request): Promise<Problem> {
  const problem = await readProblem(res);
  if (problem.status === 401) throw redirect(loginUrl(request));
  if (problem.code === "org_disabled") throw data(problem, { status: 403 });
  return problem;
}

/** Conflicts the API reports without a field path, attached to the input they are about. */
const FIELD_OF_CODE: Record<string, string> = {
  email_taken: "email",
  already_member: "email",
  unit_taken: "unitNumber",
};

/**
 * An action's API write was refused: per-field messages go next to their inputs, the rest above the form.
 * `fields` lists the inputs the form shows, so an error about anything else is not lost. Inside the app,
 * an ended session sends the visitor to sign in again, and an org-level refusal (disabled org) to the
 * error boundary; on the sign-in pages (`signedOutPage`), a 401 is just a message.
 */
export async function formFailure(
  res: ApiResponse,
  request: Request,
  fields: readonly string[],
  options: { values?: Record<string, string>; signedOutPage?: boolean; aliases?: Record<string, string> } = {},
) {
  const problem = await readProblem(res);
  if (!options.signedOutPage && problem.status === 401) throw redirect(loginUrl(request));
  if (problem.code === "org_disabled") throw data(problem, { status: 403 });
  return data(failureOf(problem, fields, options.values, options.aliases), { status: problem.status });
}

/** `aliases` maps an API field path to the form input that carries it, when their names differ. */
function failureOf(
  problem: Problem,
  fields: readonly string[],
  values?: Record<string, string>,
  aliases: Record<string, string> = {},
): FormFailure {
  const fieldErrors: Record<string, string> = {};
  const other: string[] = [];
  for (const error of problem.errors ?? []) {
    const field = aliases[error.path] ?? error.path;
    if (fields.includes(field)) fieldErrors[field] ??= sentence(error.message);
    else other.push(`${error.path}: ${error.message}`);
  }
  const codeField = FIELD_OF_CODE[problem.code];
  if (codeField && fields.includes(codeField)) fieldErrors[codeField] = problem.detail;
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  const formError = other.length
    ? other.join("; ")
    : hasFieldErrors
      ? "Please correct the highlighted fields."
      : problem.detail;
  return { formError, fieldErrors, values };
}

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** The API's Set-Cookie headers (session cookies), to pass on to the browser. */
export function forwardCookies(res: { headers: Headers }, headers = new Headers()): Headers {
  for (const cookie of res.headers.getSetCookie()) headers.append("set-cookie", cookie);
  return headers;
}
