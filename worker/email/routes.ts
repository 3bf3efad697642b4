import { createRoute, z } from "@hono/zod-openapi";
import { createRouter } from "../lib/context";
import { NotFound } from "../lib/errors";
import { json, problems } from "../lib/openapi";
import { devMailQuery, devMailView } from "./contract";
import { devMailbox } from "./transport";

/** The local dev mailbox, read by the /dev/mail page and by tests. Absent (404) outside development. */
export const devMailRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/dev/mail",
    operationId: "listDevMail",
    summary: "Mail the dev transport sent (development only)",
    tags: ["Development"],
    security: [],
    request: { query: devMailQuery },
    responses: { 200: json(z.object({ results: z.array(devMailView) })), ...problems(400, 404) },
  }),
  async (c) => {
    if (c.env.APP_ENV !== "development") throw new NotFound();
    return c.json({ results: await devMailbox(c.get("db"), c.req.valid("query").to) }, 200);
  },
);
