// A local stand-in for Stripe for the browser suite (no Stripe on this machine), run as its own process by
// tests/e2e/global-setup.ts and stopped by its pid. The worker under test reaches it through STRIPE_API_BASE
// (worker/lib/stripe.ts, outside production), with the real Stripe SDK. It serves:
//   POST /v1/checkout/sessions   creates a Checkout Session (form-encoded, as the SDK sends it); its `url` is
//                                this server's hosted checkout page
//   GET  /pay/<session id>       the hosted checkout page: the amount and a "Pay" button (accessible HTML)
//   POST /pay/<session id>       "pays": sends checkout.session.completed to the worker's webhook, signed with
//                                Stripe's scheme (`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`
//                                keyed by the webhook secret), then redirects (303) to the session's
//                                success_url once the worker has answered 200
//   GET  /__sessions             what was created, for assertions
// Environment: FAKE_STRIPE_PORT, FAKE_STRIPE_SECRET_KEY, FAKE_STRIPE_WEBHOOK_SECRET, FAKE_STRIPE_WEBHOOK_URL.
import { createHmac, randomBytes } from "node:crypto";
import { createServer } from "node:http";

const { FAKE_STRIPE_PORT, FAKE_STRIPE_SECRET_KEY, FAKE_STRIPE_WEBHOOK_SECRET, FAKE_STRIPE_WEBHOOK_URL } = process.env;
const base = `http://127.0.0.1:${FAKE_STRIPE_PORT}`;
/** @type {Map<string, Record<string, any>>} */
const sessions = new Map();

/** `metadata[lease_id]=x&line_items[0][price_data][unit_amount]=5` → nested objects. */
function decodeForm(body) {
  const out = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const keys = rawKey.replace(/\]/g, "").split("[");
    let node = out;
    keys.forEach((k, i) => {
      if (i === keys.length - 1) node[k] = value;
      else node = node[k] ??= {};
    });
  }
  return out;
}

const id = (prefix) => `${prefix}_test_${randomBytes(8).toString("hex")}`;
const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Stripe's webhook signature header for `payload`, as the SDK's constructEvent checks it. */
export function signature(payload, secret, timestamp = Math.floor(Date.now() / 1000)) {
  const v1 = createHmac("sha256", secret).update(`${timestamp}.${payload}`).digest("hex");
  return `t=${timestamp},v1=${v1}`;
}

function createSession(body) {
  const item = body.line_items?.["0"]?.price_data ?? {};
  const session = {
    id: id("cs"),
    object: "checkout.session",
    mode: body.mode,
    amount_total: Number(item.unit_amount),
    currency: item.currency,
    metadata: body.metadata ?? {},
    client_reference_id: body.client_reference_id ?? null,
    customer_email: body.customer_email ?? null,
    payment_intent: null,
    payment_status: "unpaid",
    status: "open",
    success_url: body.success_url,
    cancel_url: body.cancel_url,
    product: item.product_data?.name ?? "",
  };
  session.url = `${base}/pay/${session.id}`;
  sessions.set(session.id, session);
  return session;
}

function checkoutPage(session) {
  const amount = new Intl.NumberFormat("en", { style: "currency", currency: session.currency }).format(
    session.amount_total / 100,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Pay ${escape(amount)} (test checkout)</title>
<style>body{font-family:sans-serif;margin:0;padding:1.5rem;color:#111;background:#fff}main{max-width:28rem;margin:auto}
button{font-size:1rem;padding:.75rem 1.5rem;background:#1d4ed8;color:#fff;border:0;border-radius:.5rem}</style></head>
<body><main><h1>Test checkout</h1><p>${escape(session.product)}</p><p data-testid="checkout-amount">${escape(amount)}</p>
<form method="post" action="/pay/${session.id}"><button type="submit">Pay ${escape(amount)}</button></form>
<p><a href="${escape(session.cancel_url)}">Cancel and go back</a></p></main></body></html>`;
}

/** Marks the session paid and delivers checkout.session.completed to the worker, signed. */
async function pay(session) {
  Object.assign(session, { payment_status: "paid", status: "complete", payment_intent: id("pi") });
  const event = {
    id: id("evt"),
    object: "event",
    api_version: "2025-01-27.acacia",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type: "checkout.session.completed",
    data: { object: session },
  };
  const payload = JSON.stringify(event);
  const res = await fetch(FAKE_STRIPE_WEBHOOK_URL, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature(payload, FAKE_STRIPE_WEBHOOK_SECRET) },
    body: payload,
  });
  if (!res.ok) throw new Error(`the webhook answered ${res.status}: ${await res.text()}`);
}

async function handle(req, res) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const raw = Buffer.concat(chunks).toString();
  const url = new URL(req.url ?? "/", base);
  const json = (status, body) => {
    res.writeHead(status, { "content-type": "application/json", "request-id": id("req") });
    res.end(JSON.stringify(body));
  };
  const hosted = /^\/pay\/([\w-]+)$/.exec(url.pathname);
  if (hosted) {
    const session = sessions.get(hosted[1]);
    if (!session) return json(404, { error: { message: "No such checkout session" } });
    if (req.method === "GET") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end(checkoutPage(session));
    }
    await pay(session);
    res.writeHead(303, { location: session.success_url });
    return res.end();
  }
  if (url.pathname === "/favicon.ico") return res.writeHead(204).end();
  if (url.pathname === "/__sessions") return json(200, [...sessions.values()]);
  if (req.headers.authorization !== `Bearer ${FAKE_STRIPE_SECRET_KEY}`)
    return json(401, { error: { type: "invalid_request_error", message: "Invalid API Key provided" } });
  if (req.method === "POST" && url.pathname === "/v1/checkout/sessions")
    return json(200, createSession(decodeForm(raw)));
  return json(404, {
    error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${url.pathname})` },
  });
}

createServer((req, res) =>
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
    res.end(String(error));
  }),
).listen(Number(FAKE_STRIPE_PORT), "127.0.0.1", () => console.log(`fake stripe on ${base}`));
