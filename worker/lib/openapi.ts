import { z } from "@hono/zod-openapi";
import { PROBLEM_CODES } from "./problem-codes";

/** RFC 9457 problem details, as every error answers (the `Problem` component). */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(PROBLEM_CODES).openapi({ description: "Stable machine-readable code; match on it, not on `detail`" }),
    detail: z.string().optional(),
    errors: z
      // Loose (extra keys kept): a rule's `code` and `params` ride along without inflating every route's type.
      .array(z.looseObject({ path: z.string(), message: z.string() }))
      .optional()
      .openapi({
        description:
          "Each field's error; when one problem carries several broken rules (French lease law), each also has its own `code` (a Problem code) and `params` (the numbers its sentence needs: months, minor units)",
      }),
    requestId: z.string().optional(),
  })
  .openapi("Problem");

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});

/** What each problem status means, for the OpenAPI document. */
const PROBLEM_ANSWERS = {
  400: problem("Invalid input: `errors` names each field"),
  401: problem("Not signed in, or the session has ended"),
  403: problem("Not allowed (role, disabled org, suspended account, CSRF)"),
  404: problem("Not found, or not yours"),
  409: problem("Conflict with the current state"),
  410: problem("Gone (an expired link)"),
  413: problem("The body or file is too large"),
  415: problem("Unsupported media type"),
  422: problem("Understood but not acceptable (e.g. an incomplete dossier, a reused idempotency key)"),
  429: problem("Too many attempts: retry after `Retry-After` seconds"),
} as const;
export type ProblemStatus = keyof typeof PROBLEM_ANSWERS;

/**
 * The problem answers one route can give, for its `responses`: `...problems(400, 401, 404)`. Every
 * operation lists its 2xx and exactly the 4xx it may answer.
 */
export function problems<S extends ProblemStatus>(...statuses: S[]): { [K in S]: (typeof PROBLEM_ANSWERS)[K] } {
  return Object.fromEntries(statuses.map((s) => [s, PROBLEM_ANSWERS[s]])) as { [K in S]: (typeof PROBLEM_ANSWERS)[K] };
}

/** The 4xx of a signed-in read or write in an org: bad input, signed out, not allowed, not found, conflict. */
export const errorResponses = problems(400, 401, 403, 404, 409);

/** The `{id}` path parameter (1–64 characters). */
export const idParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "id", in: "path" } }),
});

/** A JSON response of `schema`, for a route's `responses`. */
export function json<T extends z.ZodType>(schema: T, description = "OK") {
  return { description, content: { "application/json": { schema } } };
}

/** A required JSON request body of `schema`, for a route's `request`. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { required: true, content: { "application/json": { schema } } } };
}
