import { createRoute, z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { readAsUser } from "../auth/access";
import { users } from "../auth/schema";
import { createRouter, type AppEnv } from "../lib/context";
import { NotFound } from "../lib/errors";
import { errorResponses, idParam, json, jsonBody } from "../lib/openapi";
import { orgs } from "../orgs/schema";
import { auditEntry } from "./audit";

/** Platform admins only; every action lands in the audit log in the same batch as the change. */
async function requirePlatformAdmin(c: Context<AppEnv>) {
  const {
    claims,
    results: [[me]],
  } = await readAsUser(c, (db, claims) => [
    db.select({ isPlatformAdmin: users.isPlatformAdmin }).from(users).where(eq(users.id, claims.sub)),
  ]);
  if (!me?.isPlatformAdmin) throw new NotFound();
  return claims;
}

const tags = ["Admin"];

export const adminRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/admin/orgs/{id}/disable",
      tags,
      request: { params: idParam, ...jsonBody(z.object({ reason: z.string().trim().min(3).max(500) })) },
      responses: { 200: json(z.object({ id: z.string(), isDisabled: z.boolean() })), ...errorResponses },
    }),
    async (c) => {
      const claims = await requirePlatformAdmin(c);
      const { id } = c.req.valid("param");
      const { reason } = c.req.valid("json");
      const db = c.get("db");
      const [updated] = await db.batch([
        db.update(orgs).set({ isDisabled: true, disabledReason: reason }).where(eq(orgs.id, id)),
        auditEntry(db, {
          action: "admin.org_disable",
          actorUserId: claims.sub,
          orgId: id,
          targetType: "org",
          targetId: id,
          requestId: c.get("requestId"),
          details: { reason },
        }),
      ]);
      if (updated.meta.changes !== 1) throw new NotFound("Organization");
      return c.json({ id, isDisabled: true }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/admin/orgs/{id}/enable",
      tags,
      request: { params: idParam },
      responses: { 200: json(z.object({ id: z.string(), isDisabled: z.boolean() })), ...errorResponses },
    }),
    async (c) => {
      const claims = await requirePlatformAdmin(c);
      const { id } = c.req.valid("param");
      const db = c.get("db");
      const [updated] = await db.batch([
        db.update(orgs).set({ isDisabled: false, disabledReason: null }).where(eq(orgs.id, id)),
        auditEntry(db, {
          action: "admin.org_enable",
          actorUserId: claims.sub,
          orgId: id,
          targetType: "org",
          targetId: id,
          requestId: c.get("requestId"),
        }),
      ]);
      if (updated.meta.changes !== 1) throw new NotFound("Organization");
      return c.json({ id, isDisabled: false }, 200);
    },
  );
