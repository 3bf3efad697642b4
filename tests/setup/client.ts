import { exports } from "cloudflare:workers";
import { requireAuditRow } from "./audit";
import { hc, type ClientRequestOptions } from "hono/client";
import type { SuccessStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import type { ApiApp } from "../../worker/app";
import { problemSchema } from "../../worker/lib/openapi";

/**
 * How tests reach the worker under test: the way a client would (real routing, middleware and bindings,
 * through `exports.default.fetch`), either with the typed client `api(who)` (hc<ApiApp>: paths, inputs
 * and success bodies checked by the compiler) or, for what that client cannot express, `rawCall`.
 */
export const BASE = "https://rentline.test";

let ipCounter = 0;
/** A fresh client address per caller, so the auth rate limiter only bites where a test means it to. */
export const freshIp = () => `203.0.113.${(ipCounter = (ipCounter % 250) + 1)}-${crypto.randomUUID().slice(0, 8)}`;

/** Who calls: a bearer token, the org to act in (`X-Org-Id`), a client address, extra headers. */
export type Caller = {
  token?: string;
  /** The session's refresh token, when the caller signed in: `renewSession` rotates it. */
  refreshToken?: string;
  orgId?: string;
  ip?: string;
  headers?: Record<string, string>;
};

/** Seconds until a bearer token's `exp` (its payload read, not verified: the worker verifies it). */
function secondsLeft(token: string): number {
  const payload = JSON.parse(atob(token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))) as { exp: number };
  return payload.exp - Date.now() / 1000;
}

/**
 * Renews the caller's access token (15 minutes, worker/auth/tokens.ts) through `POST /api/auth/refresh`, as the
 * app does, when fewer than `marginSeconds` are left; updates `who` in place (the rotated refresh token too).
 * For suites that sign their callers in once and run longer than a token lives on a loaded machine (the
 * permission matrix: ~800 cases): call it before a case's "wrote nothing" snapshot, since renewing writes the
 * session. A caller without a session is left alone.
 */
export async function renewSession(who: Caller, marginSeconds = 300): Promise<void> {
  if (!who.token || !who.refreshToken || secondsLeft(who.token) > marginSeconds) return;
  const res = await api({ ip: who.ip }).auth.refresh.$post({ json: { refreshToken: who.refreshToken } });
  if (res.status !== 200) throw new Error(`renewing a test session failed: ${res.status} ${res.text}`);
  who.token = res.json.accessToken;
  who.refreshToken = res.json.refreshToken;
}

function headersOf(who: Caller): Record<string, string> {
  const headers: Record<string, string> = { "cf-connecting-ip": who.ip ?? freshIp(), ...who.headers };
  if (who.token) headers.authorization = `Bearer ${who.token}`;
  if (who.orgId) headers["x-org-id"] = who.orgId;
  return headers;
}

type Problem = z.infer<typeof problemSchema>;

/**
 * A response, read: `status`, `headers`, the body as `text`, and as `json` (typed as the route's success
 * body; at run time it is whatever JSON came back, or undefined when the body is not JSON). `problem` reads
 * the body as an RFC 9457 problem and throws when it is not one, so error answers are typed too.
 */
export type Answer<Body> = {
  status: number;
  headers: Headers;
  text: string;
  json: Body;
  readonly problem: Problem;
};

function answer<Body>(status: number, headers: Headers, text: string, json: Body): Answer<Body> {
  // `problem` is a non-enumerable getter: spreading or printing an answer never trips its check.
  return Object.defineProperty({ status, headers, text, json }, "problem", {
    enumerable: false,
    get(): Problem {
      const parsed = problemSchema.safeParse(json);
      if (!parsed.success) throw new Error(`expected a problem, got ${status}: ${text.slice(0, 300)}`);
      return parsed.data;
    },
  }) as Answer<Body>;
}

type Method = "$get" | "$post" | "$put" | "$patch" | "$delete";
/** The JSON of a call's 2xx answers (routes also declare bodiless errors such as a 429, which are not it). */
type SuccessBody<R> = R extends { status: infer S; json(): Promise<infer T> }
  ? S extends SuccessStatusCode
    ? T
    : never
  : never;
type BodyOf<R> = [SuccessBody<R>] extends [never] ? unknown : SuccessBody<R>;

/** The fields of a call's input that accept an empty object (`query: { page?: string }`, `header: { … }`). */
type EmptyOk<F> = { [K in keyof F]-?: Record<never, never> extends F[K] ? K : never }[keyof F];
/** A route taking JSON or a form declares both; a call sends one of them. */
type OneBody<F> = "json" extends keyof F
  ? "form" extends keyof F
    ? Omit<F, "json" | "form"> & (Pick<F, "json"> | Pick<F, "form">)
    : F
  : F;
/** Those fields become optional; when that leaves nothing required, so does the whole argument. */
type Relax<F> = OneBody<Omit<F, EmptyOk<F>> & Partial<Pick<F, EmptyOk<F>>>>;
type Loosen<A extends unknown[]> = A extends [infer F, ...infer R]
  ? Exclude<keyof F, EmptyOk<F>> extends never
    ? [Relax<F>?, ...R]
    : [Relax<F>, ...R]
  : A;

/** hc's client with every call resolving to an `Answer` instead of a `Response`. */
export type Client<T> = {
  [K in keyof T]: K extends Method
    ? T[K] extends (...args: infer A) => Promise<infer R>
      ? (...args: Loosen<A>) => Promise<Answer<BodyOf<R>>>
      : T[K]
    : T[K] extends object
      ? Client<T[K]>
      : T[K];
};

/**
 * The JSON body a typed call takes, for test helpers that pass one through:
 * `JsonInput<ApiClient["apartments"][":id"]["activities"]["$post"]>`.
 */
export type JsonInput<F> = F extends (...args: infer A) => unknown
  ? NonNullable<A[0]> extends { json?: infer J }
    ? J
    : never
  : never;

/** The type of `api(who)`. */
export type ApiClient = ReturnType<typeof api>;

/** Calls the Worker; a successful API write must have left its audit row (tests/setup/audit.ts). */
async function audited(request: Request): Promise<Response> {
  const res = await exports.default.fetch(request);
  await requireAuditRow(request, res);
  return res;
}

const METHODS = new Set<string | symbol>(["$get", "$post", "$put", "$patch", "$delete"]);

async function read(res: Response): Promise<Answer<unknown>> {
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return answer(res.status, res.headers, text, json);
}

/** Wraps hc's proxy: path segments pass through, `$get`/`$post`/… calls are read into an `Answer`. */
function readAnswers(target: object): object {
  return new Proxy(target, {
    get(node, key) {
      if (key === "then") return undefined; // never mistaken for a promise
      const value: unknown = Reflect.get(node, key);
      if (typeof value !== "function" && (typeof value !== "object" || value === null)) return value;
      if (METHODS.has(key) && typeof value === "function")
        return async (...args: unknown[]) => {
          const res: unknown = await Reflect.apply(value, node, args);
          if (!(res instanceof Response)) throw new Error(`hc's ${String(key)} did not answer with a Response`);
          return read(res);
        };
      return readAnswers(value);
    },
  });
}

const fetchWorker = (input: RequestInfo | URL, init?: RequestInit) => audited(new Request(input, init));

function typedClient<T extends object>(client: T): Client<T> {
  // The proxy's shape is hc's own with each call's result read into an Answer: exactly `Client<T>`.
  return readAnswers(client) as Client<T>;
}

/**
 * The typed API client, as `who`: `await api(owner).apartments[":id"].$get({ param: { id } })` gives an
 * `Answer` whose `json` is the route's success body. Paths are the API's (under /api), with `:name` for
 * path parameters; inputs go in `json`, `query` and `param` as the route declares them.
 */
/** hc's client of the API (named: the inferred type is too long for the compiler to write out). */
type HonoClient = ReturnType<typeof hc<ApiApp, `${typeof BASE}/api`>>;

export function api(who: Caller = {}): Client<HonoClient> {
  return typedClient(hc<ApiApp>(`${BASE}/api`, { fetch: fetchWorker, headers: () => headersOf(who) }));
}

/**
 * Request options for an upload route (they stream their multipart body into R2 and do not declare it to
 * the typed client): `api(who).me.documents.$post({}, multipart(form))`.
 */
export function multipart(form: FormData): ClientRequestOptions {
  return { init: { body: form } };
}

/**
 * Request options sending a JSON body that a route reads itself without declaring it to the typed client
 * (an optional body, such as an application action's `{ note }`):
 * `api(who).applications[":id"].accept.$post({ param: { id } }, undeclaredJson({ note }))`.
 */
export function undeclaredJson(body: unknown): ClientRequestOptions {
  return { init: { body: JSON.stringify(body) }, headers: { "content-type": "application/json" } };
}

/**
 * An untyped request, for what the typed client cannot express: deliberately malformed or wrongly typed
 * bodies, paths built at run time (the route-table tests), unknown routes, and paths outside /api
 * (`/healthz`, `/files/…`). Its `json` is `unknown`: assert on it whole, or read `problem`.
 */
export async function rawCall(method: string, path: string, body?: unknown, who: Caller = {}) {
  const headers = headersOf(who);
  // FormData (uploads) sets its own multipart content type with the boundary.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers["content-type"] = "application/json";
  const res = await audited(
    new Request(`${BASE}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    }),
  );
  return read(res);
}
