import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";

/**
 * A local stand-in for api.stripe.com, answering the real Stripe SDK: creates Checkout Sessions (form
 * encoded, as the SDK sends them), retrieves PaymentIntents the test registered, and records every request
 * (path, Idempotency-Key, decoded body) for assertions at GET /__requests.
 */
let server: Server | undefined;

/** `metadata[lease_id]=x&line_items[0][price_data][unit_amount]=5` → nested objects. */
function decodeForm(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const keys = rawKey.replace(/\]/g, "").split("[");
    let node = out;
    keys.forEach((k, i) => {
      if (i === keys.length - 1) node[k] = value;
      else node = (node[k] ??= {}) as Record<string, unknown>;
    });
  }
  return out;
}

export default async function setup(project: TestProject) {
  const requests: {
    method: string;
    path: string;
    idempotencyKey: string | null;
    auth: string | null;
    body: Record<string, unknown>;
  }[] = [];
  const intents = new Map<string, unknown>();
  let n = 0;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString();
    const url = new URL(req.url ?? "/", "http://fake-stripe");
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "request-id": `req_${++n}` });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === "/__requests") return send(200, requests);
    if (url.pathname === "/__payment_intents" && req.method === "POST") {
      const intent = JSON.parse(raw) as { id: string };
      intents.set(intent.id, { object: "payment_intent", ...intent });
      return send(200, intent);
    }
    const body: Record<string, unknown> = req.headers["content-type"]?.includes("json")
      ? (JSON.parse(raw || "{}") as Record<string, unknown>)
      : decodeForm(raw);
    requests.push({
      method: req.method ?? "",
      path: url.pathname,
      idempotencyKey: (req.headers["idempotency-key"] as string) ?? null,
      auth: req.headers.authorization ?? null,
      body,
    });
    if (req.headers.authorization !== "Bearer sk_test_rentline_fake")
      return send(401, { error: { type: "invalid_request_error", message: "Invalid API Key provided" } });
    if (req.method === "POST" && url.pathname === "/v1/checkout/sessions") {
      const id = `cs_test_${String(++n).padStart(6, "0")}`;
      const item = (body.line_items as Record<string, Record<string, Record<string, string>>>)?.["0"]?.price_data ?? {};
      return send(200, {
        id,
        object: "checkout.session",
        url: `https://checkout.stripe.com/c/pay/${id}`,
        mode: body.mode,
        amount_total: Number(item.unit_amount),
        currency: item.currency,
        metadata: body.metadata ?? {},
        client_reference_id: body.client_reference_id ?? null,
        payment_intent: null,
        payment_status: "unpaid",
        status: "open",
      });
    }
    const intent = /^\/v1\/payment_intents\/([^/]+)$/.exec(url.pathname);
    if (req.method === "GET" && intent) {
      const found = intents.get(intent[1]!);
      return found
        ? send(200, found)
        : send(404, { error: { type: "invalid_request_error", message: `No such payment_intent: '${intent[1]}'` } });
    }
    return send(404, {
      error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${url.pathname})` },
    });
  };
  // node:http ignores the handler's promise: a failure surfaces as an unhandled rejection and fails the run.
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  project.provide("stripeApi", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  };
}
