import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import type { TestProject } from "vitest/node";

/**
 * A local Sentry-compatible endpoint: records every envelope the SDK posts to `/api/<project>/envelope/`
 * (decompressed, as text) and answers 200 like Sentry does. A test gives its DSN a project id of its own
 * (`http://key@host/<project>`) and reads what arrived for it at GET /__envelopes/<project> (a JSON array of
 * envelope texts), so test files never see each other's reports.
 */
let server: Server | undefined;

export default async function setup(project: TestProject) {
  const envelopes = new Map<string, string[]>();
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", "http://fake-sentry");
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const read = /^\/__envelopes\/([^/]+)$/.exec(url.pathname);
    if (req.method === "GET" && read) return send(200, envelopes.get(read[1]!) ?? []);
    const posted = /^\/api\/([^/]+)\/envelope\/?$/.exec(url.pathname);
    if (req.method === "POST" && posted) {
      const text = (req.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString();
      const list = envelopes.get(posted[1]!) ?? [];
      list.push(text);
      envelopes.set(posted[1]!, list);
      return send(200, {});
    }
    return send(404, { detail: `no route for ${req.method} ${url.pathname}` });
  };
  // node:http ignores the handler's promise: a failure surfaces as an unhandled rejection and fails the run.
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  project.provide("sentryEndpoint", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  };
}
