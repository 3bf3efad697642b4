import type { ZodError } from "zod";
import { DATE_OUT_OF_RANGE } from "./date-input";
import { SERVER_MESSAGES } from "./i18n/messages";
import { PROBLEM_CODES, type ProblemCode } from "./problem-codes";
import { PLACE_NAME_WITHOUT_LETTER } from "./text";

/**
 * One field's error in a problem: its path and an English message; a rule's own `code` and the numbers its
 * sentence needs (`params`) when one problem carries several broken rules (the French lease rules).
 */
export type FieldError = { path: string; message: string; code?: ProblemCode; params?: Record<string, number> };

/** Problem details (RFC 9457) with a stable machine-readable `code`. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ProblemCode;
  detail?: string;
  errors?: FieldError[];
  requestId?: string;
};

/** Errors a service may throw; `onError` turns them into problem details. */
export class AppError extends Error {
  /** The zod issues behind `errors`, one per field error, when a schema refused the input (to word them per language). */
  issues?: ZodError["issues"];
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    message: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
    /** RFC 9457 extension members the problem carries besides the standard ones (`banReason`). */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export class NotFound extends AppError {
  constructor(what = "Resource") {
    super(404, "not_found", `${what} not found`);
  }
}

export class Unauthorized extends AppError {
  constructor(message = "Sign in to continue", code: ProblemCode = "unauthorized") {
    super(401, code, message);
  }
}

export class Forbidden extends AppError {
  constructor(message = "You are not allowed to do this", code: ProblemCode = "forbidden") {
    super(403, code, message);
  }
}

/**
 * 403 `account_banned`: a platform admin banned the account (worker/admin/bans.ts); the problem's
 * `banReason` extension says why, for the sign-in page to show.
 */
export class AccountBanned extends AppError {
  constructor(banReason: string | null) {
    super(403, "account_banned", "This account has been suspended", undefined, undefined, { banReason });
  }
}

export class Conflict extends AppError {
  constructor(message: string, code: ProblemCode = "conflict") {
    super(409, code, message);
  }
}

export class Invalid extends AppError {
  constructor(message: string, errors?: { path: string; message: string }[], code: ProblemCode = "invalid_input") {
    super(400, code, message, errors);
  }
}

export class TooManyRequests extends AppError {
  constructor(retryAfterSeconds: number) {
    super(429, "rate_limited", "Too many attempts, try again later", undefined, {
      "Retry-After": String(retryAfterSeconds),
    });
  }
}

/** A refinement's own problem code (`params: { code: "invalid_iban" }`), when it names one. */
function codeOf(issue: ZodError["issues"][number]): ProblemCode | undefined {
  const code: unknown = issue.code === "custom" ? issue.params?.code : undefined;
  return typeof code === "string" && (PROBLEM_CODES as readonly string[]).includes(code)
    ? (code as ProblemCode)
    : undefined;
}

/** The English sentence of a problem code (worker/lib/i18n/messages/en/problems.ts), when it has one. */
function englishSentence(code: ProblemCode | undefined): string | undefined {
  const sentences: Partial<Record<string, string>> = SERVER_MESSAGES.en.problems;
  return code ? sentences[code] : undefined;
}

/** A schema's refusal as a problem (400, or 422 for the understood-but-unacceptable cases below), with its issues. */
export function invalidFromZod(error: ZodError): AppError {
  return Object.assign(problemOfIssues(error), { issues: error.issues });
}

function problemOfIssues(error: ZodError): AppError {
  const errors = error.issues.map((issue) => ({
    path: issue.path.join(".") || "(body)",
    message: englishSentence(codeOf(issue)) ?? issue.message,
  }));
  const first = errors[0];
  const message = first ? `${first.path}: ${first.message}` : "Invalid input";
  // A well-formed date outside the sane range (lib/date-input.ts) is understood but not acceptable: 422.
  const outOfRange = error.issues.some((i) => i.code === "custom" && i.params?.code === DATE_OUT_OF_RANGE);
  if (outOfRange) return new AppError(422, "date_out_of_range", message, errors);
  // A place name (city, address, country) with no letter in it names no place (lib/text.ts `placeName`): 422.
  const noLetter = error.issues.filter((i) => i.code === "custom" && i.params?.code === PLACE_NAME_WITHOUT_LETTER);
  if (noLetter.length && noLetter.length === error.issues.length)
    return new AppError(422, "place_name_without_letter", message, errors);
  // A country nobody can name the code of (lib/countries.ts `resolveCountry`) is understood but unknown: 422.
  const unknownCountry = error.issues.filter((i) => i.code === "custom" && i.params?.code === "unknown_country");
  if (unknownCountry.length && unknownCountry.length === error.issues.length)
    return new AppError(422, "unknown_country", message, errors);
  // A refinement may name its own stable code (`params: { code: "invalid_iban" }`): the problem carries it.
  return new Invalid(message, errors, error.issues.map(codeOf).find(Boolean));
}

const titles: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  410: "Gone",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

export function toProblem(
  status: number,
  code: ProblemCode,
  detail: string,
  requestId?: string,
  errors?: Problem["errors"],
): Problem {
  return {
    type: `https://rentline.app/problems/${code}`,
    title: titles[status] ?? "Error",
    status,
    code,
    detail,
    ...(errors ? { errors } : {}),
    ...(requestId ? { requestId } : {}),
  };
}
