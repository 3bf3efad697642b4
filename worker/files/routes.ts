import type { Context } from "hono";
import { and, eq } from "drizzle-orm";
import { readAsUser, requireApartment, requireLease, requireUser } from "../auth/access";
import { memberships } from "../orgs/schema";
import { createRouter, type AppEnv } from "../lib/context";
import { AppError, NotFound, Unauthorized } from "../lib/errors";
import { verifyFileToken, type FileGrant } from "../lib/signed-urls";
import { thumbnailKeyOf } from "../lib/uploads";

/**
 * GET /files/<token>: serves a private R2 object through a signed, expiring link (worker/lib/signed-urls.ts).
 * Order matters: signature and expiry first (no D1, no R2), then the caller's access to the link's grant,
 * then R2. A signed-out browser is sent to sign in and comes back; an API client gets a 401 problem.
 */

/**
 * What files needs from other features, passed in by the app (worker/app.ts): the access check of an
 * application's files (its renter, or a member of the listing's org; anyone else 404).
 */
export type FileHooks = {
  requireApplicationAccess: (c: Context<AppEnv>, applicationId: string) => Promise<unknown>;
  /** A maintenance request's photos: whoever may see the request (a vendor by the `vendor` query parameter). */
  requireMaintenanceAccess: (c: Context<AppEnv>, requestId: string) => Promise<unknown>;
};

/** The caller must still have the access the link was issued under; anything else is a 404. */
async function requireGrant(c: Context<AppEnv>, grant: FileGrant, hooks: FileHooks): Promise<void> {
  switch (grant.kind) {
    case "apartment":
      await requireApartment(c, grant.apartmentId);
      return;
    case "lease":
      await requireLease(c, grant.leaseId);
      return;
    case "user": {
      const claims = await requireUser(c);
      if (claims.sub !== grant.userId) throw new NotFound("File");
      return;
    }
    case "application":
      await hooks.requireApplicationAccess(c, grant.applicationId);
      return;
    case "maintenance":
      await hooks.requireMaintenanceAccess(c, grant.requestId);
      return;
    case "org": {
      const { results } = await readAsUser(c, (db, claims) => [
        db
          .select({ role: memberships.role })
          .from(memberships)
          .where(and(eq(memberships.orgId, grant.orgId), eq(memberships.userId, claims.sub))),
      ]);
      if (!results[0].length) throw new NotFound("File");
      return;
    }
    default:
      grant satisfies never;
  }
}

function contentDisposition(disposition: "inline" | "attachment", name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * The object at `key`; for a thumbnail's key (`thumbnailKeyOf`) that has none (photos stored before
 * thumbnails were), the image it was made from instead.
 */
async function objectOrOriginal(bucket: R2Bucket, key: string) {
  const object = await bucket.get(key);
  const suffix = thumbnailKeyOf("");
  if (object || !key.endsWith(suffix)) return object;
  return bucket.get(key.slice(0, -suffix.length));
}

/** GET /files/:token (not under /api, not in the OpenAPI document: links are minted by other responses). */
export const fileRoutes = (hooks: FileHooks) =>
  createRouter().get("/files/:token", async (c) => {
    const check = await verifyFileToken(c.env.FILES_SIGNING_KEY, c.req.param("token"));
    if (!check.ok) {
      throw check.reason === "expired"
        ? new AppError(
            410,
            "link_expired",
            "This download link has expired. Open the document again to get a fresh link.",
          )
        : new NotFound("File");
    }
    const { file } = check;
    // A vendor has no account: their photo links carry their signed page token (`?vendor=`), checked again.
    const vendorLink = file.grant.kind === "maintenance" && c.req.query("vendor");
    if (!c.get("claims") && !vendorLink) {
      if (c.req.header("accept")?.includes("text/html")) {
        return c.redirect(`/login?next=${encodeURIComponent(new URL(c.req.url).pathname)}`, 302);
      }
      throw new Unauthorized("Sign in to download this file");
    }
    await requireGrant(c, file.grant, hooks);
    const object = await objectOrOriginal(c.env.DOCS, file.key);
    if (!object) throw new NotFound("File");
    return new Response(object.body, {
      headers: {
        "content-type": file.type,
        "content-length": String(object.size),
        "content-disposition": contentDisposition(file.disposition, file.name),
        // Private documents: never in shared caches; the link itself expires.
        "cache-control": "private, no-store",
        etag: object.httpEtag,
        "x-content-type-options": "nosniff",
      },
    });
  });
