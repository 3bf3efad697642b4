import { z } from "zod";

/** The parts of the API's OpenAPI document (GET /api/openapi.json) that tests read. */
const openApiDocument = z
  .object({
    openapi: z.string(),
    paths: z.record(z.string(), z.record(z.string(), z.object({ requestBody: z.unknown().optional() }).loose())),
    components: z
      .object({ schemas: z.record(z.string(), z.object({ required: z.array(z.string()).optional() }).loose()) })
      .loose(),
  })
  .loose();

/** Reads a fetched OpenAPI document (throws, naming what is wrong, when it lacks those parts). */
export function readOpenApi(json: unknown) {
  return openApiDocument.parse(json);
}
