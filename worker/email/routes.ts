import { createRoute, z } from "@hono/zod-openapi";
import { desc, eq } from "drizzle-orm";
import { createRouter } from "../lib/context";
import { NotFound } from "../lib/errors";
import { json } from "../lib/openapi";
import { devMail } from "./schema";

/** The local dev mailbox, read by the /dev/mail page and by tests. Absent outside development. */
export const devMailRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/dev/mail",
    tags: ["Development"],
    request: { query: z.object({ to: z.string().max(254).optional() }) },
    responses: {
      200: json(
        z.object({
          results: z.array(
            z.object({
              id: z.string(),
              to: z.string(),
              subject: z.string(),
              text: z.string(),
              html: z.string(),
              template: z.string(),
              createdAt: z.string(),
            }),
          ),
        }),
      ),
    },
  }),
  async (c) => {
    if (c.env.APP_ENV !== "development") throw new NotFound();
    const { to } = c.req.valid("query");
    const db = c.get("db");
    const rows = await db
      .select()
      .from(devMail)
      .where(to ? eq(devMail.to, to.toLowerCase()) : undefined)
      .orderBy(desc(devMail.createdAt))
      .limit(100);
    return c.json({ results: rows }, 200);
  },
);
