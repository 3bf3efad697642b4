import { rememberServedOrigin } from "./served-origin";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Db, RoundTrips } from "../db/client";
import type { AccessClaims } from "./claims";
import { invalidFromZod } from "./errors";
import type { Logger } from "./log";
import type { Ports } from "./ports";

export type AppEnv = {
  Bindings: Env;
  Variables: {
    requestId: string;
    log: Logger;
    /** The request's D1 client (counts round trips); the same as `ports.db`. */
    db: Db;
    /** What services reach outside themselves through, built once per request by `requestContext`. */
    ports: Ports;
    trips: RoundTrips;
    /** Set by `authenticate` when a valid access token came with the request. */
    claims?: AccessClaims;
    /** How the caller authenticated: cookie sessions need CSRF protection, bearer tokens don't. */
    authVia?: "bearer" | "cookie";
    /** The verified access token itself, for the UI's in-process API calls. */
    accessToken?: string;
    /**
     * Who acts through a signed link rather than an account (a vendor's job page): set by the link's check,
     * read by the audit floor so the entry credits them, in the org and on the object the link names.
     */
    linkActor?: { kind: "vendor"; id: string; name: string; orgId: string; targetType: string; targetId: string };
    /** Per-request CSP nonce for the page's inline scripts (set by hono/secure-headers' `NONCE`). */
    secureHeadersNonce?: string;
  };
};

/** A feature's router: zod-validated (bad input throws `Invalid` → 400 problem) and described in OpenAPI. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw invalidFromZod(result.error);
    },
  });
}

/**
 * The origin for links in emails: the configured URL when deployed, the caller's origin locally (a dev
 * server on another port than APP_URL's). Locally it is also remembered for the links that jobs and crons
 * build later, without a request (`jobAppUrl`).
 */
export function appUrl(c: { env: Env; req: { url: string } }): string {
  if (c.env.APP_ENV !== "development") return c.env.APP_URL;
  return rememberServedOrigin(new URL(c.req.url).origin);
}
