import * as Sentry from "@sentry/cloudflare";
import type { CloudflareOptions, ErrorEvent, Event } from "@sentry/cloudflare";
import { redact } from "./redact";

/**
 * Error reporting to a Sentry-compatible endpoint (issue 16 §5), only when the `SENTRY_DSN` secret is set.
 *
 * How: `withErrorReporting` hands each invocation (fetch, queue, scheduled) to `withSentry`'s instrumented
 * copy of the handler when the invocation's env has a DSN, else to the plain handler: without a DSN the SDK is
 * never initialised (no client, no wrapped bindings, no flush). `withSentry` gives every invocation its own
 * isolation scope and client, reports what a queue consumer or cron run throws, and flushes through
 * `waitUntil`. What it cannot see, because the app answers it, is reported explicitly with `reportError`: the
 * API's 500s (Hono's `onError` turns them into problem details, so `fetch` never throws), a page's render
 * errors (React Router's `handleError`), and every error log line (`log.error`: dead-lettered jobs, failed
 * retention rules, …). 4xx problems are never logged as errors, so never reported.
 *
 * Privacy: no personal data collected (`dataCollection`, SDK 11's successor of `sendDefaultPii: false`), no breadcrumbs (the log lines are in Workers Logs already, and could
 * carry personal data), and `scrubEvent` on every event and transaction before it leaves.
 */

/** Headers a report may keep; every other header (cookie, authorization, client IPs, tokens) is dropped. */
const SAFE_HEADERS = new Set(["accept", "accept-language", "content-type", "content-length", "x-request-id"]);
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;

/** A sample rate from an env string: a number in [0, 1], else `fallback`. */
function sampleRate(value: string | undefined, fallback: number): number {
  const rate = value === undefined || value.trim() === "" ? NaN : Number(value);
  return rate >= 0 && rate <= 1 ? rate : fallback;
}

/** `url` without its query string and fragment (signed-file signatures, invitation tokens live there). */
function withoutQuery(url: string): string {
  const cut = url.search(/[?#]/);
  return cut === -1 ? url : url.slice(0, cut);
}

/** `text` with every email address replaced by `[email]`. */
function withoutEmails(text: string): string {
  return text.replace(EMAIL, "[email]");
}

/** `data` through the log's `redact` (secret-bearing keys), then with email addresses cut from every string. */
function scrubData(data: object): unknown {
  return JSON.parse(withoutEmails(JSON.stringify(redact(data)))) as unknown;
}

/**
 * The event as it may leave the Worker: no request cookies, body, query string or unsafe headers; the user
 * reduced to an id (no email, IP or name); extra data and contexts through the log's `redact` (secret-bearing
 * keys); email addresses cut from messages and exception values; no breadcrumbs. Mutates and returns `event`.
 */
function scrubEvent<E extends Event>(event: E): E {
  if (event.request) {
    const { url, method, headers } = event.request;
    event.request = {
      url: url ? withoutQuery(url) : undefined,
      method,
      headers: Object.fromEntries(Object.entries(headers ?? {}).filter(([k]) => SAFE_HEADERS.has(k.toLowerCase()))),
    };
  }
  event.user = event.user?.id === undefined ? undefined : { id: event.user.id };
  delete event.breadcrumbs;
  if (event.extra) event.extra = scrubData(event.extra) as Record<string, unknown>;
  if (event.contexts) event.contexts = scrubData(event.contexts) as Event["contexts"];
  if (event.message) event.message = withoutEmails(event.message);
  for (const exception of event.exception?.values ?? []) {
    if (exception.value) exception.value = withoutEmails(exception.value);
  }
  return event;
}

/** A span as `beforeSendSpan` gets it (the SDK's `StreamedSpanJSON`, not re-exported by @sentry/cloudflare). */
type StreamedSpanJSON = Parameters<NonNullable<CloudflareOptions["beforeSendSpan"]>>[0];

/** Span attributes that name a person or carry credentials: dropped. */
const PERSONAL_ATTRIBUTE = /client\.address|user\.|cookie|authorization|ip$|email/i;

/**
 * A span as it may leave (tracing on, `SENTRY_TRACES_SAMPLE_RATE` > 0): URLs without query strings, no client
 * address, user, cookie or authorization attributes, email addresses cut from every string. Mutates and
 * returns `span`.
 */
function scrubSpan(span: StreamedSpanJSON): StreamedSpanJSON {
  const attributes = span.attributes as Record<string, unknown>;
  for (const [key, value] of Object.entries(attributes)) {
    if (PERSONAL_ATTRIBUTE.test(key)) delete attributes[key];
    else if (typeof value === "string")
      attributes[key] = withoutEmails(/url|query|target/i.test(key) ? withoutQuery(value) : value);
  }
  return span;
}

/**
 * The SDK's options for one invocation's env: DSN, environment (`APP_ENV`), release (`SENTRY_RELEASE`, read by
 * the SDK itself), sample rates (`SENTRY_SAMPLE_RATE` for errors, default 1; `SENTRY_TRACES_SAMPLE_RATE`,
 * default 0: tracing is Workers Observability's job unless asked for), and the privacy settings above.
 */
function sentryOptions(env: Env): CloudflareOptions {
  return {
    dsn: env.SENTRY_DSN,
    environment: env.APP_ENV,
    sampleRate: sampleRate(env.SENTRY_SAMPLE_RATE, 1),
    tracesSampleRate: sampleRate(env.SENTRY_TRACES_SAMPLE_RATE, 0),
    // SDK 11 replaced `sendDefaultPii` with `dataCollection`: every category of request and user data off.
    dataCollection: {
      userInfo: false,
      cookies: false,
      httpHeaders: { request: { allow: [...SAFE_HEADERS] }, response: false },
      httpBodies: [],
      urlQueryParams: false,
      databaseQueryData: false,
      queues: false,
      stackFrameVariables: false,
      genAI: { inputs: false, outputs: false },
      graphQL: { document: false, variables: false },
    },
    maxBreadcrumbs: 0,
    beforeSend: (event: ErrorEvent) => scrubEvent(event),
    // Spans are streamed (SDK 11's default `traceLifecycle`), so they pass through beforeSendSpan.
    beforeSendSpan: scrubSpan,
  };
}

type WorkerHandler = Required<Pick<ExportedHandler<Env>, "fetch" | "queue" | "scheduled">>;

/**
 * `handler` with error reporting: each invocation whose env has `SENTRY_DSN` runs through `withSentry`
 * (created on the first such invocation), every other one runs `handler` untouched.
 */
export function withErrorReporting(handler: WorkerHandler): WorkerHandler {
  let reported: WorkerHandler | undefined;
  // withSentry instruments the object it is given in place: a copy, so `handler` stays the plain one.
  const sentried = () => (reported ??= Sentry.withSentry((env: Env) => sentryOptions(env), { ...handler }));
  return {
    fetch: (request, env, ctx) =>
      env.SENTRY_DSN ? sentried().fetch(request, env, ctx) : handler.fetch(request, env, ctx),
    queue: (batch, env, ctx) => (env.SENTRY_DSN ? sentried().queue(batch, env, ctx) : handler.queue(batch, env, ctx)),
    scheduled: (controller, env, ctx) =>
      env.SENTRY_DSN ? sentried().scheduled(controller, env, ctx) : handler.scheduled(controller, env, ctx),
  };
}

/**
 * Reports `error` (an Error or any thrown value as an exception; a string as an error-level message) with
 * `tags` (request id, queue, cron: the string and number values of `tags`) and `extra` data to the invocation's Sentry client. A no-op when there is none (no `SENTRY_DSN`, or outside an
 * instrumented invocation, e.g. in a Durable Object). Never throws.
 */
export function reportError(error: unknown, tags: Record<string, unknown>, extra?: Record<string, unknown>): void {
  if (!Sentry.getClient()) return;
  try {
    Sentry.withScope((scope) => {
      for (const [key, value] of Object.entries(tags))
        if (typeof value === "string" || typeof value === "number") scope.setTag(key, String(value));
      if (extra) scope.setExtras(extra);
      if (typeof error === "string") Sentry.captureMessage(error, "error");
      else Sentry.captureException(error);
    });
  } catch {
    // Reporting must never turn an answered error into another one.
  }
}

/**
 * Tags the current invocation's reports with its request id, so events raised outside the logger (a page's
 * render errors) carry the same id as the logs and the `X-Request-Id` header, and puts it on the request's
 * root span (a Sentry trace, when traces are sampled). A no-op without a client.
 */
export function tagRequest(requestId: string): void {
  if (!Sentry.getClient()) return;
  Sentry.getIsolationScope().setTag("requestId", requestId);
  const span = Sentry.getActiveSpan();
  if (span) Sentry.getRootSpan(span).setAttribute("requestId", requestId);
}
