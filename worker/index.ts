import { createRequestHandler, RouterContextProvider } from "react-router";
import { createApiClient, serverContext } from "../app/lib/context.server";
import { app } from "./app";
import { ORG_COOKIE } from "./auth/cookies";
import { runQueue } from "./jobs/queues";
import { runScheduled } from "./jobs/scheduled";
import { getCookie } from "hono/cookie";

/** The Worker: the API (worker/app.ts), then the server-rendered UI for every other path. */
const renderPage = createRequestHandler(() => import("virtual:react-router/server-build"), import.meta.env.MODE);

// app.all, not app.get: form POSTs must reach the routes' actions.
app.all("*", async (c) => {
  const token = c.get("accessToken");
  const orgId = c.req.header("x-org-id") ?? getCookie(c, ORG_COOKIE);
  const headers: Record<string, string> = { "x-request-id": c.get("requestId"), "user-agent": c.req.header("user-agent") ?? "", "cf-connecting-ip": c.req.header("cf-connecting-ip") ?? "" };
  if (token) headers.authorization = `Bearer ${token}`;
  if (orgId) headers["x-org-id"] = orgId;
  const context = new RouterContextProvider();
  context.set(serverContext, {
    env: c.env,
    api: createApiClient((request) => Promise.resolve(app.fetch(request, c.env, c.executionCtx)), headers),
    signedIn: Boolean(token),
    nonce: c.get("nonce"),
  });
  return renderPage(c.req.raw, context);
});

export default {
  fetch: app.fetch,
  queue: runQueue,
  scheduled: runScheduled,
} satisfies ExportedHandler<Env>;

export { ApartmentRoom } from "../durable-objects/apartment-room";
