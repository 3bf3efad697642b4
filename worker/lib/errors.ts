import type { ZodError } from "zod";

/** Problem details (RFC 9457) with a stable machine-readable `code`. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: { path: string; message: string }[];
  requestId?: string;
};

/** Errors a service may throw; `onError` turns them into problem details. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
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
  constructor(message = "Sign in to continue", code = "unauthorized") {
    super(401, code, message);
  }
}

export class Forbidden extends AppError {
  constructor(message = "You are not allowed to do this", code = "forbidden") {
    super(403, code, message);
  }
}

export class Conflict extends AppError {
  constructor(message: string, code = "conflict") {
    super(409, code, message);
  }
}

export class Invalid extends AppError {
  constructor(message: string, errors?: { path: string; message: string }[], code = "invalid_input") {
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

export function invalidFromZod(error: ZodError): Invalid {
  const errors = error.issues.map((issue) => ({
    path: issue.path.join(".") || "(body)",
    message: issue.message,
  }));
  const first = errors[0];
  return new Invalid(first ? `${first.path}: ${first.message}` : "Invalid input", errors);
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

export function toProblem(status: number, code: string, detail: string, requestId?: string, errors?: Problem["errors"]): Problem {
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
