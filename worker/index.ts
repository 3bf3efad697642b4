import { createRequestHandler, RouterContextProvider } from "react-router";
import { createApiClient, serverContext } from "../app/lib/context.server";
import { app } from "./app";
import { ORG_COOKIE } from "./auth/cookies";
import { runQueue } from "./jobs/queues";
import { runScheduled } from "./jobs/scheduled";
import { withErrorReporting } from "./lib/error-reporting";
import { getCookie } from "hono/cookie";
import { LANGUAGE_COOKIE, readLanguageCookie, setLanguageCookie } from "./auth/cookies";
import type { Locale } from "./lib/i18n/locales";

/** The Worker: the API (worker/app.ts), then the server-rendered UI for every other path. */
const renderPage = createRequestHandler(() => import("virtual:react-router/server-build"), import.meta.env.MODE);

// app.all, not app.get: form POSTs must reach the routes' actions.
app.all("*", async (c) => {
  const token = c.get("accessToken");
  const orgId = c.req.header("x-org-id") ?? getCookie(c, ORG_COOKIE);
  const headers: Record<string, string> = {
    "x-request-id": c.get("requestId"),
    "user-agent": c.req.header("user-agent") ?? "",
    "cf-connecting-ip": c.req.header("cf-connecting-ip") ?? "",
  };
  if (token) headers.authorization = `Bearer ${token}`;
  if (orgId) headers["x-org-id"] = orgId;
  // Each loader calls the API in-process; the page's total D1 round trips and API calls are reported
  // on the document (outside production) so tests can hold every loader to one round trip.
  const page = { apiCalls: 0, trips: 0 };
  const fetchApi = async (request: Request) => {
    const res = await app.fetch(request, c.env, c.executionCtx);
    page.apiCalls++;
    page.trips += Number(res.headers.get("x-d1-round-trips") ?? 0);
    return res;
  };
  const context = new RouterContextProvider();
  context.set(serverContext, {
    env: c.env,
    api: createApiClient(fetchApi, headers, new URL(c.req.url).origin),
    signedIn: Boolean(token),
    nonce: c.get("secureHeadersNonce") ?? "",
  });
  const accountLanguage = c.get("claims")?.lng;
  const missing = accountLanguage && !readLanguageCookie(c) ? accountLanguage : undefined;
  const res = await renderPage(withAccountLanguage(c.req.raw, missing), context);
  if (c.env.APP_ENV !== "production") {
    c.header("x-d1-round-trips", String(c.get("trips").count + page.trips));
    c.header("x-api-calls", String(page.apiCalls));
  }
  // A signed-in browser without the language cookie (a session opened through the API, a new device) keeps
  // its account's language from now on, as if it had used the switcher.
  if (missing) setLanguageCookie(c, missing);
  // newResponse keeps what middleware already set on the context (a renewed session's cookies).
  return c.newResponse(res.body, res);
});

/**
 * The page request as the UI should read it: a signed-in user's account language (`lng`, from the access
 * token), given only when the request has no `rl_lang` cookie, stands in for it, so it wins over
 * Accept-Language on every page; a cookie already there (the switcher's choice on this device) wins.
 */
function withAccountLanguage(request: Request, lng: Locale | undefined): Request {
  if (!lng) return request;
  const headers = new Headers(request.headers);
  const cookie = headers.get("cookie");
  headers.set("cookie", cookie ? `${cookie}; ${LANGUAGE_COOKIE}=${lng}` : `${LANGUAGE_COOKIE}=${lng}`);
  return new Request(request, { headers });
}

// Errors go to Sentry when SENTRY_DSN is set (worker/lib/error-reporting.ts); without it, the plain handlers.
export default withErrorReporting({
  fetch: app.fetch,
  queue: runQueue,
  scheduled: runScheduled,
}) satisfies ExportedHandler<Env>;

export { ApartmentRoom } from "../durable-objects/apartment-room";
export { OrgRoom } from "../durable-objects/org-room";
