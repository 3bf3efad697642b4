import type { MiddlewareHandler } from "hono";
import { NONCE, secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "./context";

/**
 * CSP with a per-request nonce (the page's inline hydration scripts carry it: `c.get("secureHeadersNonce")`),
 * HSTS, nosniff, frame-ancestors 'none' (files: 'self'). Form actions may redirect to Google sign-in and
 * Stripe Checkout. The Vite dev server injects its own inline scripts and a websocket, so dev mode relaxes
 * script-src and connect-src; built bundles (wrangler dev, tests, production) do not. Only the headers
 * listed here are sent: hono's other defaults (COOP, CORP, Origin-Agent-Cluster, …) are switched off.
 * API responses (`/api/…`: JSON, never a page with inline scripts) get the same policy without the nonce, so
 * no random bytes are drawn for them (issue 17 §2): their script-src is `'self'` alone.
 */

// Only the Vite dev server (mode "development") relaxes it. Vitest (mode "test") and every build (mode
// "production"), including the browser suite's build with React's development runtime (NODE_ENV=development,
// DEV true, to report hydration warnings), must see the policy that ships.
const dev = import.meta.env?.MODE === "development";

function headersFor(framable: boolean, nonce = true) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: dev ? ["'self'", "'unsafe-inline'"] : nonce ? ["'self'", NONCE] : ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "blob:"],
      fontSrc: ["'self'"],
      connectSrc: dev ? ["'self'", "ws:", "wss:"] : ["'self'", "wss:"],
      frameAncestors: [framable ? "'self'" : "'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'", "https://accounts.google.com", "https://checkout.stripe.com"],
      objectSrc: ["'none'"],
    },
    strictTransportSecurity: "max-age=63072000; includeSubDomains; preload",
    xContentTypeOptions: true,
    xFrameOptions: framable ? "SAMEORIGIN" : "DENY",
    referrerPolicy: "strict-origin-when-cross-origin",
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: false,
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
    removePoweredBy: false,
  });
}

const pages = headersFor(false);
const api = headersFor(false, false);
// Private files (/files/...) may be previewed in a frame of our own pages, never of anyone else's.
const files = headersFor(true);

/**
 * Sets the headers on every response. Register it outside `requestContext`: that middleware's `c.header`
 * after the handler re-creates a response whose headers are immutable (one forwarded from a Durable
 * Object), and this one then writes its headers in place.
 */
export const securityHeaders: MiddlewareHandler<AppEnv> = (c, next) => {
  const path = c.req.path;
  return (path.startsWith("/api/") ? api : path.startsWith("/files/") ? files : pages)(c, next);
};
