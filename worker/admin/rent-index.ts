import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq } from "drizzle-orm";
import { rentIndexInput, rentIndexValue, type RentIndexInput } from "../leases/revision/contract";
import { rentIndexValues } from "../leases/revision/schema";
import { readAsUser } from "../auth/access";
import { auditEntry } from "../lib/audit";
import { createRouter } from "../lib/context";
import { NotFound } from "../lib/errors";
import { json, jsonBody, problems } from "../lib/openapi";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { platformAdminQuery } from "../auth/access";
import { requirePlatformAdmin } from "./guard";

/**
 * The rent reference index table (IRL, INSEE series 001515333,
 * https://www.insee.fr/fr/statistiques/serie/001515333): platform admins read it and record each quarter's
 * published value (rent revisions, leases/revision/, read it). Every write is audited in its batch.
 */

const tags = ["Admin"];
/** The only series the table holds today. */
const SERIES = "IRL";

/**
 * Records (or corrects) the published IRL value of `quarter` (`YYYY-Qn`) with its publication date, and the
 * audit row with the value before and after, in one batch. Revisions already confirmed keep the values they
 * were computed with (rent_revisions stores them).
 */
async function putIndexValue(
  ports: Pick<Ports, "db" | "requestId">,
  adminUserId: string,
  quarter: string,
  input: RentIndexInput,
) {
  const { db } = ports;
  const key = and(eq(rentIndexValues.series, SERIES), eq(rentIndexValues.quarter, quarter));
  const [before] = await db.select().from(rentIndexValues).where(key);
  const row = { series: SERIES, quarter, ...input, updatedBy: adminUserId, updatedAt: nowIso() };
  const [[saved]] = await db.batch([
    db
      .insert(rentIndexValues)
      .values(row)
      .onConflictDoUpdate({
        target: [rentIndexValues.series, rentIndexValues.quarter],
        set: { value: row.value, publishedAt: row.publishedAt, updatedBy: row.updatedBy, updatedAt: row.updatedAt },
      })
      .returning(),
    auditEntry(db, {
      action: "admin.rent_index_put",
      actorUserId: adminUserId,
      targetType: "rent_index",
      targetId: `${SERIES}:${quarter}`,
      requestId: ports.requestId,
      details: { value: input.value, publishedAt: input.publishedAt, previous: before?.value ?? null },
    }),
  ]);
  return saved ?? row;
}

const view = (r: typeof rentIndexValues.$inferSelect) => ({
  series: r.series,
  quarter: r.quarter,
  value: r.value,
  publishedAt: r.publishedAt,
  updatedAt: r.updatedAt,
});

/** /api/admin/rent-index: platform admins only (404 for everyone else). */
export const rentIndexRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/admin/rent-index",
      operationId: "listRentIndexValues",
      summary: "List the recorded rent reference index values (platform admins)",
      description: "Every recorded IRL quarter (INSEE series 001515333), oldest first.",
      tags,
      responses: { 200: json(z.object({ results: z.array(rentIndexValue) })), ...problems(401, 404) },
    }),
    async (c) => {
      // The admin check and the read in one round trip; the rows are only answered to a platform admin.
      const {
        results: [[me], rows],
      } = await readAsUser(c, (db, claims) => [
        platformAdminQuery(db, claims.sub),
        db
          .select()
          .from(rentIndexValues)
          .where(eq(rentIndexValues.series, SERIES))
          .orderBy(asc(rentIndexValues.quarter)),
      ]);
      if (!me?.isPlatformAdmin) throw new NotFound();
      return c.json({ results: rows.map(view) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/admin/rent-index/{quarter}",
      operationId: "putRentIndexValue",
      summary: "Record a published rent reference index value (platform admins)",
      description:
        "Adds or corrects the IRL value INSEE published for `quarter` (`YYYY-Qn`; value with two decimals as published, e.g. `145.17`). Audited with the previous value. Confirmed revisions keep the values they used.",
      tags,
      request: {
        params: z.object({
          quarter: z
            .string()
            .regex(/^\d{4}-Q[1-4]$/, "A quarter such as 2025-Q1")
            .openapi({ param: { name: "quarter", in: "path" }, example: "2025-Q1" }),
        }),
        ...jsonBody(rentIndexInput),
      },
      responses: { 200: json(rentIndexValue), ...problems(400, 401, 404) },
    }),
    async (c) => {
      const claims = await requirePlatformAdmin(c);
      const saved = await putIndexValue(c.get("ports"), claims.sub, c.req.valid("param").quarter, c.req.valid("json"));
      return c.json(view(saved), 200);
    },
  );
