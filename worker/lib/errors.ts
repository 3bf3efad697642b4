import type { ZodError } from "zod";
import { DATE_OUT_OF_RANGE } from "./date-input";
import { SERVER_MESSAGES } from "./i18n/messages";
import { PLACE_NAME_WITHOUT_LETTER } from "./text";

/**
 * Every `code` the API may put in a problem. Stable: clients (our UI, generated clients) match on them,
 * and the OpenAPI document lists them as the `Problem.code` enum. Add a code here before throwing it.
 */
export const PROBLEM_CODES = [
  // generic
  "invalid_input",
  "bad_request",
  "not_found",
  "unauthorized",
  "forbidden",
  "conflict",
  "too_large",
  "unsupported_media_type",
  "image_too_large",
  "unreadable_image",
  "rate_limited",
  "internal",
  // sessions and accounts
  "session_ended",
  "user_banned",
  "invalid_credentials",
  "invalid_token",
  "link_expired",
  "email_taken",
  "refresh_token_reused",
  "csrf",
  "oidc_state",
  "oidc_token",
  "oidc_exchange",
  "oidc_unverified_email",
  "email_unverified",
  "weak_password",
  // orgs and teams
  "no_org",
  "org_required",
  "org_disabled",
  "already_member",
  "invitation_used",
  "invitation_expired",
  "invitation_email_mismatch",
  "last_owner",
  // org settings (worker/orgs/settings-rules.ts) and what needs them
  "invalid_iban",
  "invalid_bic",
  "invalid_siret",
  "invalid_postcode",
  "invalid_country",
  "invalid_currency",
  "invalid_timezone",
  "org_identity_missing",
  // portfolio and leases
  "unit_taken",
  "already_on_lease",
  "lease_ended",
  "lease_started",
  "last_renter",
  "read_only",
  "lease_required",
  "has_money_records",
  // rent revision (IRL, loi n° 89-462 art. 17-1)
  "rent_revision_not_applicable",
  "rent_revision_no_clause",
  "rent_revision_not_due",
  "rent_revision_done",
  "rent_revision_stale",
  "rent_revision_frozen",
  "rent_index_missing",
  "no_rent_revision",
  // rent and payments
  "idempotency_key_required",
  "idempotency_key_reused",
  "idempotency_in_progress",
  "nothing_due",
  "not_paid",
  "own_entry",
  "pending_confirmation",
  "already_posted",
  "already_confirmed",
  "already_rejected",
  "invalid_signature",
  "amount_not_payable",
  "date_out_of_range",
  "place_name_without_letter",
  // agreements
  "not_editable",
  "not_ready",
  "already_rendered",
  "not_out_for_signature",
  "renters_first",
  "wrong_side",
  "already_signed",
  "no_renters",
  "not_a_pdf",
  "stale",
  "incomplete",
  "unprintable_text",
  // marketplace
  "listing_closed",
  "rooms_taken",
  "no_place_left",
  "room_full",
  "already_applied",
  "dossier_incomplete",
  "illegal_transition",
  "not_accepted",
  "too_many_documents",
  "too_many_guarantors",
  "too_many_photos",
  "places_have_applications",
  "unknown_renter",
  "listing_incomplete",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Problem details (RFC 9457) with a stable machine-readable `code`. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  code: ProblemCode;
  detail?: string;
  errors?: { path: string; message: string }[];
  requestId?: string;
};

/** Errors a service may throw; `onError` turns them into problem details. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    message: string,
    readonly errors?: { path: string; message: string }[],
    readonly headers?: Record<string, string>,
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

export function invalidFromZod(error: ZodError): AppError {
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
  // A refinement may name its own stable code (`params: { code: "invalid_iban" }`): the problem carries it.
  return new Invalid(message, errors, error.issues.map(codeOf).find(Boolean));
}

const titles: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
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
