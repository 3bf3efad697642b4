import { HTTPException } from "hono/http-exception";
import { bodyLimit } from "hono/body-limit";
import type { Context, MiddlewareHandler } from "hono";
import { adminRoutes } from "./admin/routes";
import { applicationRoutes } from "./applications/routes";
import { confirmAfterOnlinePayment } from "./applications/service";
import { dossierRoutes } from "./dossier/routes";
import { authenticate, requireSameOrigin } from "./auth/middleware";
import { authRoutes } from "./auth/routes";
import { countRoundTrips, createDb, type RoundTrips } from "./db/client";
import { devMailRoutes } from "./email/routes";
import { documentRoutes } from "./documents/routes";
import { listingRoutes } from "./listings/routes";
import { fileRoutes } from "./files/routes";
import { createRouter, type AppEnv } from "./lib/context";
import { renderApiDocs } from "./lib/api-docs";
import { AppError, toProblem } from "./lib/errors";
import type { MoneyHooks } from "./lib/hooks";
import { createLogger } from "./lib/log";
import { securityHeaders } from "./lib/security-headers";
import { isUploadRoute } from "./lib/uploads";
import { orgRoutes } from "./orgs/routes";
import { portfolioRoutes } from "./portfolio/routes";
import { leaseRoutes } from "./leases/routes";
import { rentRoutes } from "./rent/routes";
import { roomRoutes, routeToRoom } from "./rooms/routes";

/**
 * The Hono app without the UI: /api, /healthz and the shared middleware (request id, structured logs,
 * D1 round-trip counting, authentication, CSRF). Tests import this; worker/index.ts adds the UI.
 */

/** Per request: id, logger, a D1 client that counts round trips, and the access log line. */
export const requestContext: MiddlewareHandler<AppEnv> = async (c, next) => {
  const requestId = c.req.header("x-request-id")?.slice(0, 64) ?? crypto.randomUUID();
  const log = createLogger({ requestId });
  const trips: RoundTrips = { count: 0 };
  c.set("requestId", requestId);
  c.set("log", log);
  c.set("trips", trips);
  c.set("db", createDb(countRoundTrips(c.env.DB, trips)));
  const started = Date.now();
  await next();
  c.header("x-request-id", requestId);
  if (c.env.APP_ENV !== "production" && !c.res.headers.has("x-d1-round-trips"))
    c.header("x-d1-round-trips", String(trips.count));
  log.info("request", {
    method: c.req.method,
    path: new URL(c.req.url).pathname,
    status: c.res.status,
    ms: Date.now() - started,
    d1: trips.count,
  });
};

export function problemResponse(c: Context<AppEnv>, error: unknown): Response {
  const requestId = c.get("requestId");
  if (error instanceof AppError) {
    const problem = toProblem(error.status, error.code, error.message, requestId, error.errors);
    return c.json(problem, error.status as 400, { "content-type": "application/problem+json", ...error.headers });
  }
  if (error instanceof HTTPException && error.status < 500) {
    const code = error.status === 413 ? "too_large" : error.status === 415 ? "unsupported_media_type" : "bad_request";
    return c.json(toProblem(error.status, code, error.message || "Bad request", requestId), error.status, {
      "content-type": "application/problem+json",
    });
  }
  c.get("log")?.error("unhandled error", { error });
  return c.json(
    toProblem(
      500,
      "internal",
      "Something went wrong on our side. Quote the request id if you contact support.",
      requestId,
    ),
    500,
    {
      "content-type": "application/problem+json",
    },
  );
}

/** What happens elsewhere when money arrives: rent announces, applications reacts (rent never imports it). */
const moneyHooks: MoneyHooks = {
  onApplicationPaid: (ports, applicationId, ref) =>
    confirmAfterOnlinePayment(ports.db, applicationId, ref, { emailQueue: ports.queues.email, appUrl: ports.appUrl }),
};

export const OPENAPI_INFO = { openapi: "3.1.0", info: { title: "Rentline API", version: "1.0.0" } } as const;

export function createApi() {
  const api = createRouter();
  const limit = bodyLimit({
    maxSize: 1024 * 1024,
    onError: (c) => problemResponse(c, new AppError(413, "too_large", "The request body is larger than 1 MB")),
  });
  // Upload routes stream their body into R2 with their own limit (worker/lib/uploads.ts): exempt on purpose.
  api.use("*", (c, next) => (isUploadRoute(c.req.method, c.req.path) ? next() : limit(c, next)));
  const routes = api
    .route("/", authRoutes)
    .route("/", orgRoutes)
    .route("/", portfolioRoutes)
    .route("/", leaseRoutes)
    .route("/", rentRoutes(moneyHooks))
    .route("/", documentRoutes)
    .route("/", listingRoutes)
    .route("/", dossierRoutes)
    .route("/", applicationRoutes)
    .route("/", roomRoutes)
    .route("/", adminRoutes)
    .route("/", devMailRoutes);
  api.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
  });
  api.doc31("/openapi.json", { ...OPENAPI_INFO, security: [{ bearer: [] }] });
  return routes;
}

export function createApp() {
  const app = createRouter();
  app.use("*", requestContext);
  app.use("*", securityHeaders);
  app.use("*", requireSameOrigin);
  app.use("*", authenticate);
  app.onError((error, c) => problemResponse(c, error));
  app.get("/healthz", async (c) => {
    const row = await c.get("db").$client.prepare("select 1 as ok").first<{ ok: number }>();
    return c.json({ ok: row?.ok === 1, env: c.env.APP_ENV }, 200);
  });
  const api = createApi();
  app.route("/api", api);
  app.route("/", fileRoutes);
  app.get("/api-docs", (c) =>
    c.html(renderApiDocs(api.getOpenAPI31Document(OPENAPI_INFO) as Parameters<typeof renderApiDocs>[0])),
  );
  app.all("/parties/*", routeToRoom);
  app.all("/api/*", (c) =>
    problemResponse(
      c,
      new AppError(404, "not_found", `No API route for ${c.req.method} ${new URL(c.req.url).pathname}`),
    ),
  );
  return { app, api };
}

export type ApiApp = ReturnType<typeof createApi>;
export const { app } = createApp();
