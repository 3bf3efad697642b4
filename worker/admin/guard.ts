import type { BatchItem } from "drizzle-orm/batch";
import type { Context } from "hono";
import { readAsUser } from "../auth/access";
import type { Db } from "../db/client";
import type { AppEnv } from "../lib/context";
import { NotFound } from "../lib/errors";
import { platformAdminQuery } from "./service";

/** The caller's claims when they are a platform admin; 404 for everyone else, as if the route did not exist. */
export async function requirePlatformAdmin(c: Context<AppEnv>) {
  return (await readAsPlatformAdmin(c, () => [])).claims;
}

/**
 * Reads for a platform admin, the check included: one round trip. 404 for everyone else (the reads' results
 * are discarded), as if the route did not exist.
 */
export async function readAsPlatformAdmin<T extends BatchItem<"sqlite">[]>(
  c: Context<AppEnv>,
  build: (db: Db) => [...T],
) {
  const { claims, results } = await readAsUser(
    c,
    (db, claims) => [platformAdminQuery(db, claims.sub), ...build(db)] as [ReturnType<typeof platformAdminQuery>, ...T],
  );
  const [[me], ...rest] = results;
  if (!me?.isPlatformAdmin) throw new NotFound();
  return { claims, results: rest };
}
