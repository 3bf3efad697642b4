import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./context";

/**
 * CSP with a per-request nonce (the page's inline hydration scripts carry it), HSTS, nosniff,
 * frame-ancestors 'none' (files: 'self'). Form actions may redirect to Google sign-in and Stripe Checkout. The Vite dev server injects its own inline scripts and a websocket, so dev
 * mode relaxes script-src and connect-src; built bundles (wrangler dev, tests, production) do not.
 */
export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  c.set("nonce", nonce);
  await next();
  // Vitest also sets DEV; tests must see the policy that ships, so only the dev server (not mode "test") relaxes it.
  const dev = import.meta.env?.DEV === true && import.meta.env.MODE !== "test";
  // Private files (/files/...) may be previewed in a frame of our own pages, never of anyone else's.
  const framable = new URL(c.req.url).pathname.startsWith("/files/");
  const csp = [
    "default-src 'self'",
    dev ? "script-src 'self' 'unsafe-inline'" : `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    dev ? "connect-src 'self' ws: wss:" : "connect-src 'self' wss:",
    framable ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self' https://accounts.google.com https://checkout.stripe.com",
    "object-src 'none'",
  ].join("; ");
  c.header("Content-Security-Policy", csp);
  c.header("Strict-Transport-Security", "max-age=63072000; includeSubDomains; preload");
  c.header("X-Content-Type-Options", "nosniff");
  c.header("X-Frame-Options", framable ? "SAMEORIGIN" : "DENY");
  c.header("Referrer-Policy", "strict-origin-when-cross-origin");
  c.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
};
