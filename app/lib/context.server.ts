import { hc } from "hono/client";
import { createContext, type RouterContextProvider } from "react-router";
import type { ApiApp, WorkApi } from "../../worker/app";

/**
 * What the Worker hands the UI for one request. Loaders and actions call the API in-process through the
 * typed Hono client: its `fetch` is the app's own `fetch`, so auth, org scoping and validation stay in
 * one place (the API) and there is no network hop.
 */
export type ServerContext = {
  env: Env;
  /** The in-process API client, signed in as the visitor (bearer token) when they are. */
  api: ReturnType<typeof hc<ApiApp>>;
  signedIn: boolean;
  /** Nonce for the page's inline scripts (the CSP allows only these). */
  nonce: string;
};

export const serverContext = createContext<ServerContext>();

/** The request's server context (the in-process API client, the CSP nonce, whether signed in). */
export function getServer(context: Readonly<RouterContextProvider>): ServerContext {
  return context.get(serverContext);
}

/**
 * `origin` is the page's own origin: the API builds links in emails from the request URL in development,
 * so in-process calls must carry the real origin, not a placeholder host.
 */
export function createApiClient(
  fetchApi: (request: Request) => Promise<Response>,
  headers: Record<string, string>,
  origin = "http://rentline.internal",
): ServerContext["api"] {
  const client = hc<ApiApp>(`${origin}/api`, {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => fetchApi(new Request(input, init)),
    headers,
  });
  works.set(
    client,
    hc<WorkApi>(`${origin}/api`, {
      fetch: (input: RequestInfo | URL, init?: RequestInit) => fetchApi(new Request(input, init)),
      headers,
    }),
  );
  uploads.set(client, (path, body) =>
    fetchApi(new Request(`${origin}/api${path}`, { method: "POST", body, headers: new Headers(headers) })),
  );
  return client;
}

/** The maintenance routes' typed client (worker/app.ts `WorkApi`), as the same visitor as `api`. */
export type WorkClient = ReturnType<typeof hc<WorkApi>>;
const works = new WeakMap<object, WorkClient>();

/**
 * The typed client of the maintenance routes for the visitor of `api` (same token, origin and in-process
 * fetch). Apart from `api` because one client type for every route is more than the compiler represents.
 */
export function workApi(api: ServerContext["api"]): WorkClient {
  const work = works.get(api);
  if (!work) throw new Error("workApi needs a client made by createApiClient");
  return work;
}

type Upload = (path: MultipartPath, body: FormData) => Promise<Response>;
const uploads = new WeakMap<object, Upload>();

/** API operations that take JSON or multipart; the typed client asks for both bodies at once, so uploads go here. */
type MultipartPath = "/verify" | `/expenses/${string}/receipt`;

/**
 * POSTs a multipart body to the API in-process, as the visitor (same token and origin as `api`). Only for
 * the operations listed in `MultipartPath`: read the answer with the operation's contract schema.
 */
export function postMultipart(api: ServerContext["api"], path: MultipartPath, body: FormData): Promise<Response> {
  const upload = uploads.get(api);
  if (!upload) throw new Error("postMultipart needs a client made by createApiClient");
  return upload(path, body);
}
