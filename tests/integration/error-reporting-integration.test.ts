import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, inject, it } from "vitest";
import worker from "../setup/worker";
import { expectConsoleError } from "../setup/console";
import { BASE, PASSWORD, signUpLandlord } from "../setup/helpers";

/**
 * Issue 16 §5: unexpected errors reach a Sentry-compatible endpoint when SENTRY_DSN is set, and nothing
 * personal or secret goes with them. The endpoint is tests/setup/fake-sentry.ts (it records envelopes); the
 * worker is the test worker wrapped as worker/index.ts is (`withErrorReporting`), called with an env that
 * carries a DSN for this test alone. `waitOnExecutionContext` waits for the SDK's flush (`waitUntil`), so
 * the envelopes have arrived when it resolves.
 */
const endpoint = inject("sentryEndpoint");

/**
 * A DSN of a project of its own (so no other test file's reports mix in) and a reader of its envelopes. One
 * per file: the SDK caches its client per isolate, with the first DSN it was given (a deployment has one).
 */
function fakeProject() {
  const project = String(100_000 + Math.floor(Math.random() * 899_999));
  const dsn = `${endpoint.replace("//", "//publickey@")}/${project}`;
  const envelopes = async () => (await fetch(`${endpoint}/__envelopes/${project}`)).json<string[]>();
  return { dsn, envelopes };
}

/** Calls the worker's fetch with `extra` over the test env and waits until its `waitUntil` work is done. */
async function call(request: Request, extra: Partial<Env>): Promise<Response> {
  const ctx = createExecutionContext();
  // A request built here has no incoming `cf` object (the config sets `cf: false`); the handler reads none.
  const incoming = request as Request<unknown, IncomingRequestCfProperties>;
  const res = await worker.fetch(incoming, { ...env, ...extra }, ctx);
  await res.text();
  await waitOnExecutionContext(ctx);
  return res;
}

/** The envelope's items (header line, then payload line, per item) parsed. */
function itemsOf(envelope: string): { type: string; payload: Record<string, unknown> }[] {
  const lines = envelope.split("\n").filter((line) => line.trim() !== "");
  const items: { type: string; payload: Record<string, unknown> }[] = [];
  for (let i = 1; i + 1 < lines.length; i += 2) {
    const header = JSON.parse(lines[i]!) as { type: string };
    items.push({ type: header.type, payload: JSON.parse(lines[i + 1]!) as Record<string, unknown> });
  }
  return items;
}

const { dsn, envelopes } = fakeProject();

/** The envelopes that arrive while `during` runs. */
async function envelopesDuring(during: () => Promise<void>): Promise<string[]> {
  const before = (await envelopes()).length;
  await during();
  return (await envelopes()).slice(before);
}

describe("error reporting (SENTRY_DSN)", () => {
  it("reports a 500 once, tagged with the request id, without cookies, tokens, emails, IPs or passwords", async () => {
    const owner = await signUpLandlord("Reported Lettings");
    const ip = "198.51.100.77";
    const cookie = "rentline_private_cookie_value_5c1f";
    const queryToken = "query-token-9d2e7b";
    expectConsoleError("unhandled error");
    let res = new Response();
    const sent = await envelopesDuring(async () => {
      res = await call(
        new Request(`${BASE}/__test/crash?token=${queryToken}&email=${encodeURIComponent(owner.email)}`, {
          method: "POST",
          headers: {
            authorization: `Bearer ${owner.token}`,
            cookie: `theme=dark; private=${cookie}`,
            "cf-connecting-ip": ip,
            "x-forwarded-for": ip,
            "x-real-ip": ip,
            "content-type": "application/json",
          },
          body: JSON.stringify({ email: owner.email, password: PASSWORD }),
        }),
        { SENTRY_DSN: dsn, SENTRY_RELEASE: "rentline@test" },
      );
    });
    expect(res.status).toBe(500);
    const requestId = res.headers.get("x-request-id");
    expect(requestId).toBeTruthy();

    expect(sent).toHaveLength(1);
    const events = itemsOf(sent[0]!).filter((item) => item.type === "event");
    expect(events).toHaveLength(1);
    const event = events[0]!.payload as {
      exception: { values: { type: string; value: string }[] };
      tags: Record<string, string>;
      environment: string;
      release: string;
    };
    expect(event.exception.values.at(-1)).toMatchObject({
      type: "TypeError",
      value: "test-only crash while handling [email]",
    });
    expect(event.tags.requestId).toBe(requestId);
    expect(event.environment).toBe("development");
    expect(event.release).toBe("rentline@test");

    const text = sent[0]!;
    for (const secret of [owner.token, owner.refreshToken, cookie, queryToken, owner.email, ip, PASSWORD]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain(encodeURIComponent(owner.email));
    expect(text.toLowerCase()).not.toContain("authorization");
    expect(text.toLowerCase()).not.toContain("cookie");
  });

  it("sends nothing for a 4xx problem", async () => {
    const statuses: number[] = [];
    const sent = await envelopesDuring(async () => {
      statuses.push((await call(new Request(`${BASE}/api/no-such-route`), { SENTRY_DSN: dsn })).status);
      const login = new Request(`${BASE}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json", "cf-connecting-ip": "198.51.100.78" },
        body: JSON.stringify({ email: "not an email" }),
      });
      statuses.push((await call(login, { SENTRY_DSN: dsn })).status);
    });
    expect(statuses).toEqual([404, 400]);
    expect(sent).toEqual([]);
  });

  it("sends nothing without SENTRY_DSN, and initialises nothing", async () => {
    expectConsoleError("unhandled error");
    let status = 0;
    const sent = await envelopesDuring(async () => {
      const crash = new Request(`${BASE}/__test/crash`, { method: "POST", body: "{}" });
      status = (await call(crash, { SENTRY_DSN: "" })).status;
    });
    expect(status).toBe(500);
    expect(sent).toEqual([]);
  });

  it("reports a cron run's error line, tagged with its run id", async () => {
    expectConsoleError("no job for this schedule");
    const sent = await envelopesDuring(async () => {
      const ctx = createExecutionContext();
      const controller = createScheduledController({ cron: "1 2 3 4 5", scheduledTime: 1_700_000_000_000 });
      await worker.scheduled(controller, { ...env, SENTRY_DSN: dsn }, ctx);
      await waitOnExecutionContext(ctx);
    });
    expect(sent).toHaveLength(1);
    const event = itemsOf(sent[0]!).find((item) => item.type === "event")?.payload as {
      message?: string | { formatted?: string };
      tags: Record<string, string>;
    };
    expect(JSON.stringify(event.message)).toContain("no job for this schedule");
    expect(event.tags).toMatchObject({ cron: "1 2 3 4 5", requestId: "cron:1 2 3 4 5:1700000000000" });
  });
});
