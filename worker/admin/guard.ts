import type { Context } from "hono";
import { readAsUser } from "../auth/access";
import type { AppEnv } from "../lib/context";
import { NotFound } from "../lib/errors";
import { platformAdminQuery } from "./service";

/** The caller's claims when they are a platform admin; 404 for everyone else, as if the route did not exist. */
export async function requirePlatformAdmin(c: Context<AppEnv>) {
  const {
    claims,
    results: [[me]],
  } = await readAsUser(c, (db, claims) => [platformAdminQuery(db, claims.sub)]);
  if (!me?.isPlatformAdmin) throw new NotFound();
  return claims;
}
