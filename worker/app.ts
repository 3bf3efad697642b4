import { sql } from "drizzle-orm";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, Hono, MiddlewareHandler } from "hono";
import type { MergeSchemaPath } from "hono/types";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { adminRoutes } from "./admin/routes";
import { auditRoutes } from "./audit/routes";
import { requireApplicationAccess } from "./applications/access";
import { apartmentRoutes } from "./apartments/routes";
import { accountRoutes } from "./account/routes";
import { applicationRoutes } from "./applications/routes";
import { confirmAfterOnlinePayment } from "./applications/service";
import { authenticate, requireSameOrigin } from "./auth/middleware";
import { authRoutes } from "./auth/routes";
import { countRoundTrips, createDb, type RoundTrips } from "./db/client";
import { orgRoomGate } from "./dashboard/live";
import { dashboardRoutes } from "./dashboard/routes";
import { documentRoutes } from "./documents/routes";
import { presentDossier } from "./dossier/present";
import { dossierRoutes } from "./dossier/routes";
import { erasureRoutes } from "./erasure/routes";
import { devMailRoutes } from "./email/routes";
import { expenseRoutes } from "./expenses/routes";
import { exportRoutes } from "./exports/routes";
import { fileRoutes } from "./files/routes";
import { acceptLeaseInvitation, joinedLeaseStatements } from "./leases/service";
import { leaseRoutes } from "./leases/routes";
import { homesRoutes } from "./leases/homes-routes";
import { awaitingHomesQuery } from "./applications/queries";
import { listingRoutes } from "./listings/routes";
import { requireMaintenanceFileAccess } from "./maintenance/access";
import { maintenanceRoutes } from "./maintenance/routes";
import { renderApiDocs } from "./lib/api-docs";
import { appUrl, createRouter, type AppEnv } from "./lib/context";
import { auditWrites, describeWrite, type Changes } from "./lib/audit-writes";
import { AppError, toProblem } from "./lib/errors";
import { localizeProblem, problemLocale } from "./lib/problem-language";
import type { MoneyHooks } from "./lib/hooks";
import { tagRequest } from "./lib/error-reporting";
import { createLogger } from "./lib/log";
import { portsOf } from "./lib/ports";
import { drainUnreadBody, limitBody } from "./lib/request-body";
import { securityHeaders } from "./lib/security-headers";
import { isUploadRoute } from "./lib/uploads";
import { newOrgRows } from "./orgs/service";
import { orgRoutes } from "./orgs/routes";
import { portfolioRoutes } from "./portfolio/routes";
import { rentRoutes } from "./rent/routes";
import { roomEvents } from "./rooms/publish";
import { roomGate } from "./rooms/connect";
import { roomRoutes } from "./rooms/routes";
import { issueRoomTicket } from "./rooms/tickets";

/**
 * The Hono app without the UI: /api, /files, /parties, /healthz and the shared middleware (request id,
 * security headers, the per-request ports with structured logs and D1 round-trip counting, CSRF,
 * authentication). The composition root: features that need another feature's service get it here, as a
 * function, so no feature imports another's service. Tests import this; worker/index.ts adds the UI.
 */

/**
 * The caller's `X-Request-Id` when it is safe (letters, digits, `-`, `_`, `=`), cut to 64 characters so
 * traces join up; otherwise a fresh UUID.
 */
const requestIds = requestId({
  limitLength: 64,
  generator: (c) => {
    const given = c.req.header("x-request-id")?.slice(0, 64);
    return given && /^[\w\-=]+$/.test(given) ? given : crypto.randomUUID();
  },
});

/** Per request: the ports (D1 client that counts round trips, logger, queues, …) and the access log line. */
const requestContext: MiddlewareHandler<AppEnv> = async (c, next) => {
  const id = c.get("requestId");
  const log = createLogger({ requestId: id });
  tagRequest(id);
  const trips: RoundTrips = { count: 0 };
  const changes: Changes = { count: 0 };
  const db = createDb(auditWrites(countRoundTrips(c.env.DB, trips), () => describeWrite(c), changes));
  c.set("log", log);
  c.set("trips", trips);
  c.set("db", db);
  c.set(
    "ports",
    portsOf(
      c.env,
      { db, log, requestId: id, rooms: roomEvents(c.env.APARTMENT_ROOM, log, db, c.env.ORG_ROOM) },
      appUrl(c),
    ),
  );
  const started = Date.now();
  await next();
  c.header("x-request-id", id);
  if (c.env.APP_ENV !== "production" && !c.res.headers.has("x-d1-round-trips"))
    c.header("x-d1-round-trips", String(trips.count));
  if (c.env.APP_ENV !== "production") c.header("x-d1-changes", String(changes.count));
  log.info("request", {
    method: c.req.method,
    path: c.req.path,
    status: c.res.status,
    ms: Date.now() - started,
    d1: trips.count,
  });
};

/** Any error as RFC 9457 problem details: `AppError`s as thrown, 4xx `HTTPException`s, else a logged 500. */
function problemResponse(c: Context<AppEnv>, error: unknown): Response {
  const requestId = c.get("requestId");
  // In the caller's language (issue 13 §3): the account's, else Accept-Language, else English.
  const locale = problemLocale(c.get("claims")?.lng, c.req.header("accept-language"));
  const headers = { "content-type": "application/problem+json", "content-language": locale };
  if (error instanceof AppError) {
    const problem = toProblem(error.status, error.code, error.message, requestId, error.errors);
    const worded = localizeProblem(problem, locale, error.issues);
    return c.json({ ...worded, ...error.extensions }, error.status as 400, { ...headers, ...error.headers });
  }
  if (error instanceof HTTPException && error.status < 500) {
    const code = error.status === 413 ? "too_large" : error.status === 415 ? "unsupported_media_type" : "bad_request";
    const problem = toProblem(error.status, code, error.message || "Bad request", requestId);
    return c.json(localizeProblem(problem, locale), error.status, headers);
  }
  // An error log line, so also a Sentry report when SENTRY_DSN is set (worker/lib/log.ts); 4xx are not.
  c.get("log")?.error("unhandled error", { error });
  const detail = "Something went wrong on our side. Quote the request id if you contact support.";
  return c.json(localizeProblem(toProblem(500, "internal", detail, requestId), locale), 500, headers);
}

/** What happens elsewhere when money arrives: rent announces, applications reacts (rent never imports it). */
const moneyHooks: MoneyHooks = {
  onApplicationPaid: (ports, applicationId, paymentRef) =>
    confirmAfterOnlinePayment(ports, applicationId, paymentRef, joinedLeaseStatements),
};

/** The OpenAPI version and info block. */
const OPENAPI_INFO = {
  openapi: "3.1.0",
  info: {
    title: "Rentline API",
    version: "1.0.0",
    license: { name: "Proprietary", identifier: "LicenseRef-Rentline-Proprietary" },
  },
} as const;

/** The OpenAPI document's frame: paths resolve under /api, one tag per feature, bearer auth by default. */
const OPENAPI_DOCUMENT = {
  ...OPENAPI_INFO,
  servers: [{ url: "/api", description: "This deployment" }],
  security: [{ bearer: [] }],
  tags: [
    { name: "Auth", description: "Accounts, sign-in (password or Google), sessions, email verification, `/me`" },
    { name: "Organizations", description: "Orgs, the current org and its team, staff and lease invitations" },
    { name: "Portfolio", description: "The org's properties and apartments" },
    { name: "Leases", description: "Leases of an apartment, their renters and a renter's homes" },
    { name: "Rent", description: "The ledger, payments (manual and Stripe), reminders, receipts, the rent dashboard" },
    { name: "Documents", description: "Rental agreements: drafting, rendering to PDF, signing, verification" },
    { name: "Listings", description: "Listings of apartments to let, their photos and the public search" },
    { name: "Dossier", description: "A renter's profile, documents and guarantors, used to apply" },
    { name: "Applications", description: "Applications to listings and their lifecycle" },
    { name: "Apartment rooms", description: "The apartment's activity feed, chat and room tickets" },
    { name: "Admin", description: "Platform moderation (platform admins only)" },
    { name: "Erasure", description: "Erasing one's account, closing an org (GDPR art. 17)" },
    { name: "Development", description: "Local development helpers (absent in production)" },
    { name: "Dashboard", description: "The org dashboard and its live channel" },
    { name: "Expenses", description: "Expenses per property and the owner statement (rent collected, expenses, net)" },
    {
      name: "Maintenance",
      description: "Maintenance requests: reports, the board, triage, the lifecycle, comments, photos, vendors",
    },
  ],
};

/** The API's account, org, portfolio, lease, rent and document routes (one half of the route table). */
function homeRoutes() {
  return createRouter()
    .route("/", authRoutes({ newOrgRows }))
    .route(
      "/",
      orgRoutes({
        acceptLeaseInvitation: (ports, userId, token) =>
          acceptLeaseInvitation(ports.db, userId, token, ports.requestId),
      }),
    )
    .route("/", portfolioRoutes)
    .route("/", leaseRoutes)
    .route("/", homesRoutes({ awaitingHomesQuery }))
    .route("/", rentRoutes(moneyHooks))
    .route("/", documentRoutes);
}

/** The API's marketplace and room routes (a third of the route table). */
function marketRoutes() {
  return createRouter()
    .route("/", listingRoutes)
    .route("/", dossierRoutes)
    .route("/", applicationRoutes({ joinedLeaseStatements, presentDossier, issueRoomTicket }))
    .route("/", roomRoutes);
}

/** The API's apartment, account, admin, dev, dashboard, expense, audit and privacy export routes (the last third). */
function deskRoutes() {
  return createRouter()
    .route("/", apartmentRoutes)
    .route("/", accountRoutes)
    .route("/", adminRoutes)
    .route("/", devMailRoutes)
    .route("/", dashboardRoutes)
    .route("/", expenseRoutes)
    .route("/", auditRoutes)
    .route("/", exportRoutes)
    .route("/", erasureRoutes);
}

/** The API's maintenance routes (typed for clients as `WorkApi`, apart from `ApiApp`). */
function workRoutes() {
  return createRouter().route("/", maintenanceRoutes);
}

type SchemaOf<T> = T extends Hono<AppEnv, infer S, "/"> ? S : never;

/**
 * The API as the typed client (hc) sees it. Named from its parts: the whole table (or a half of it) as one
 * inferred type is longer than the compiler writes into a declaration file (TS7056).
 */
export type ApiApp = Hono<
  AppEnv,
  | MergeSchemaPath<SchemaOf<ReturnType<typeof homeRoutes>>, "/">
  | MergeSchemaPath<SchemaOf<ReturnType<typeof marketRoutes>>, "/">
  | MergeSchemaPath<SchemaOf<ReturnType<typeof deskRoutes>>, "/">,
  "/"
>;

/**
 * The maintenance routes as the typed client sees them: kept apart from `ApiApp` (one union with them is more
 * than the compiler represents, TS2590); the UI's client is typed by both (`ServerContext["api"]`).
 */
export type WorkApi = Hono<AppEnv, MergeSchemaPath<SchemaOf<ReturnType<typeof workRoutes>>, "/">, "/">;

/** /api: every feature's routes, the 1 MB body limit (uploads excepted) and the OpenAPI document. */
function createApi(): { api: OpenAPIHono<AppEnv>; routes: ApiApp } {
  const api = createRouter();
  // Upload routes stream their body into R2 with their own limit (worker/lib/uploads.ts): exempt on purpose.
  api.use("*", limitBody(1024 * 1024, isUploadRoute));
  const routes = api
    .route("/", homeRoutes())
    .route("/", marketRoutes())
    .route("/", deskRoutes())
    .route("/", workRoutes());
  api.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
  });
  // A vendor's signed page link (worker/maintenance/vendor-link.ts): no account, one request.
  api.openAPIRegistry.registerComponent("securitySchemes", "vendorToken", {
    type: "apiKey",
    in: "header",
    name: "X-Vendor-Token",
  });
  api.doc31("/openapi.json", OPENAPI_DOCUMENT);
  return { api, routes };
}

/** The whole app without the UI: middleware, /healthz, /api, /api-docs, /files and /parties. */
function createApp() {
  const app = createRouter();
  // First in, last out: whatever answers (a refusal before the body was read included), the body is drained.
  app.use("*", drainUnreadBody);
  app.use("*", requestIds);
  // Outside requestContext: its `c.header` after the handler leaves a response whose headers can be set.
  app.use("*", securityHeaders);
  app.use("*", requestContext);
  app.use("*", requireSameOrigin);
  app.use("*", authenticate);
  app.onError((error, c) => problemResponse(c, error));
  app.get("/healthz", async (c) => {
    const row = await c.get("db").get<{ ok: number }>(sql`select 1 as ok`);
    return c.json({ ok: row?.ok === 1, env: c.env.APP_ENV }, 200);
  });
  const { api, routes } = createApi();
  app.route("/api", routes);
  app.route("/", fileRoutes({ requireApplicationAccess, requireMaintenanceAccess: requireMaintenanceFileAccess }));
  app.get("/api-docs", (c) =>
    c.html(renderApiDocs(api.getOpenAPI31Document(OPENAPI_DOCUMENT) as Parameters<typeof renderApiDocs>[0])),
  );
  app.all("/parties/org-room/*", orgRoomGate());
  app.all("/parties/*", roomGate());
  app.all("/api/*", (c) =>
    problemResponse(
      c,
      new AppError(404, "not_found", `No API route for ${c.req.method} ${new URL(c.req.url).pathname}`),
    ),
  );
  return { app, api };
}

/** The app tests and worker/index.ts serve. */
export const { app } = createApp();
