import { z } from "@hono/zod-openapi";

/** `?page=&limit=`: 1-based page (default 1), page size 1–100 (default 20). */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type PageQuery = z.infer<typeof pageQuery>;

/** A page of results as the API answers lists: `{ results, total, page, limit }`. */
export function pageOf<T>(results: T[], total: number, { page, limit }: PageQuery) {
  return { results, total, page, limit };
}

/** The OpenAPI schema of a page of `item`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ results: z.array(item), total: z.number().int(), page: z.number().int(), limit: z.number().int() });
}
