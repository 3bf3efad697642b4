import { z } from "@hono/zod-openapi";
import { PROBLEM_CODES } from "./errors";

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(PROBLEM_CODES).openapi({ description: "Stable machine-readable code; match on it, not on `detail`" }),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  })
  .openapi("Problem");

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});

/** The error answers every authenticated route may give, for the OpenAPI document. */
export const errorResponses = {
  400: problem("Invalid input"),
  401: problem("Not signed in"),
  403: problem("Not allowed"),
  404: problem("Not found, or not yours"),
  409: problem("Conflict"),
} as const;

export const idParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "id", in: "path" } }),
});

export function json<T extends z.ZodType>(schema: T, description = "OK") {
  return { description, content: { "application/json": { schema } } };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { required: true, content: { "application/json": { schema } } } };
}
