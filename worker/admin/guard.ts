import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { readAsPlatformAdmin } from "../auth/access";
import type { AppEnv } from "../lib/context";
import { AppError, invalidFromZod, NotFound } from "../lib/errors";

/** The caller's claims when they are a platform admin; 404 for everyone else, as if the route did not exist. */
export async function requirePlatformAdmin(c: Context<AppEnv>) {
  return (await readAsPlatformAdmin(c, () => [])).claims;
}

/**
 * Before any admin write (every method but GET): 404 unless the caller is a platform admin, checked before
 * the body is read, so nobody else learns even that a body would be refused. Reads check inside their own
 * batch (`readAsPlatformAdmin`: one round trip), with lenient queries that never answer 400 first.
 */
export const platformAdminWrites = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method !== "GET") await requirePlatformAdmin(c);
  await next();
});

/** The platform admin acting in a write (after `platformAdminWrites`). */
export function actingAdmin(c: Context<AppEnv>): string {
  const claims = c.get("claims");
  if (!claims) throw new NotFound();
  return claims.sub;
}

/**
 * An admin feature's router: like `createRouter`, but a missing or unusable `reason` (every admin action
 * needs one) is 422 `reason_required`, naming the field; other bad input stays 400.
 */
export function createAdminRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      if (result.error.issues.some((i) => i.path[0] === "reason"))
        throw new AppError(422, "reason_required", "reason: a reason of 3 to 500 characters is required", [
          { path: "reason", message: "A reason of 3 to 500 characters is required" },
        ]);
      throw invalidFromZod(result.error);
    },
  });
}
