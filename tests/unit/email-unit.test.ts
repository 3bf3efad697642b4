import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { EmailMessage } from "../../worker/email/contract";
import { renderEmail } from "../../worker/email/templates";
import { consumeEmailBatch, retryDelaySeconds } from "../../worker/jobs/email-consumer";

afterEach(() => vi.restoreAllMocks());

const EVIL = `<script>alert("x")</script> & 'Bob'`;
const ESCAPED = `&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Bob&#39;`;
const LINK = `https://rentline.test/verify-email?token=abc&next="/x"`;

const messages: EmailMessage[] = [
  { template: "verify_email", to: "a@example.com", orgId: null, data: { name: EVIL, link: LINK } },
  { template: "reset_password", to: "a@example.com", orgId: null, data: { name: EVIL, link: LINK } },
  {
    template: "staff_invitation",
    to: "a@example.com",
    orgId: null,
    data: { orgName: EVIL, inviterName: EVIL, role: "manager", link: LINK },
  },
];

describe("renderEmail", () => {
  it.each(messages.map((m) => [m.template, m] as const))(
    "%s escapes every name in the HTML and keeps the text readable",
    (_, message) => {
      const { subject, text, html } = renderEmail(message, "en");
      expect(subject.length).toBeGreaterThan(0);
      expect(html).not.toContain("<script>");
      expect(html).toContain(ESCAPED);
      expect(html).not.toContain('next="/x"');
      expect(html).toContain("token=abc&amp;next=&quot;/x&quot;");
      // The plain-text part is not HTML: it carries the name and the link verbatim.
      expect(text).toContain(EVIL);
      expect(text).toContain(LINK);
    },
  );

  it("the staff invitation names the org, inviter and role", () => {
    const { subject, text } = renderEmail(
      {
        template: "staff_invitation",
        to: "a@example.com",
        orgId: null,
        data: { orgName: "Acme", inviterName: "Lena", role: "manager", link: "https://x.test/i" },
      },
      "en",
    );
    expect(subject).toBe("Join Acme on Rentline");
    expect(text).toContain("Lena invited you to join Acme as manager.");
  });
});

describe("retryDelaySeconds", () => {
  it("backs off exponentially from 30 s and caps at an hour", () => {
    expect([0, 1, 2, 3, 4, 5].map(retryDelaySeconds)).toEqual([30, 30, 60, 120, 240, 480]);
    expect(retryDelaySeconds(50)).toBe(3600);
  });
});

const devMailTo = (to: string) =>
  env.DB.prepare("select template, subject, html from dev_mail where to_address = ?")
    .bind(to)
    .all<{ template: string; subject: string; html: string }>();

describe("email queue consumer", () => {
  it("sends valid messages to the dev mailbox and acks them", async () => {
    const to = `consumer-${crypto.randomUUID().slice(0, 8)}@example.com`;
    const batch = createMessageBatch<unknown>("rentline-email", [
      {
        id: "m-1",
        timestamp: Date.now(),
        attempts: 1,
        body: { template: "verify_email", to, data: { name: "Ann", link: "https://rentline.test/v?token=1" } },
      },
      {
        id: "m-2",
        timestamp: Date.now(),
        attempts: 1,
        body: { template: "reset_password", to, data: { name: "Ann", link: "https://rentline.test/r?token=2" } },
      },
    ]);
    const ctx = createExecutionContext();
    await consumeEmailBatch(batch, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks.sort()).toEqual(["m-1", "m-2"]);
    expect(result.retryMessages).toEqual([]);
    const { results } = await devMailTo(to);
    expect(results.map((r) => r.template).sort()).toEqual(["reset_password", "verify_email"]);
  });

  it("drops mail to an erased account's undeliverable address (.invalid, RFC 2606) without sending or retrying", async () => {
    const to = `erased-${crypto.randomUUID().slice(0, 8)}@erased.invalid`;
    const batch = createMessageBatch<unknown>("rentline-email", [
      {
        id: "to-erased",
        timestamp: Date.now(),
        attempts: 1,
        body: { template: "verify_email", to, data: { name: "Ann", link: "https://rentline.test/v?token=1" } },
      },
    ]);
    const ctx = createExecutionContext();
    await consumeEmailBatch(batch, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks).toEqual(["to-erased"]);
    expect(result.retryMessages).toEqual([]);
    expect((await devMailTo(to)).results).toEqual([]);
  });

  it("acks and logs a message whose body is invalid (retrying cannot fix it), without stopping the batch", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const to = `consumer-${crypto.randomUUID().slice(0, 8)}@example.com`;
    const batch = createMessageBatch<unknown>("rentline-email", [
      { id: "bad-1", timestamp: Date.now(), attempts: 1, body: { template: "no_such_template", to, data: {} } },
      { id: "bad-2", timestamp: Date.now(), attempts: 1, body: "not even an object" },
      {
        id: "good",
        timestamp: Date.now(),
        attempts: 1,
        body: { template: "verify_email", to, data: { name: "Ann", link: "https://rentline.test/v?token=1" } },
      },
    ]);
    const ctx = createExecutionContext();
    await consumeEmailBatch(batch, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks.sort()).toEqual(["bad-1", "bad-2", "good"]);
    expect(result.retryMessages).toEqual([]);
    const lines = error.mock.calls.map((call) => String(call[0]));
    for (const id of ["bad-1", "bad-2"]) {
      expect(
        lines.some((line) => line.includes("invalid body") && line.includes(id)),
        `an error line for ${id}`,
      ).toBe(true);
    }
    expect((await devMailTo(to)).results).toHaveLength(1);
  });

  it("retries with backoff when the transport fails, and acks nothing", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const brokenDb = {
      prepare() {
        throw new Error("D1 is unavailable");
      },
      batch() {
        return Promise.reject(new Error("D1 is unavailable"));
      },
    } as unknown as D1Database;
    const brokenEnv: Env = { ...env, DB: brokenDb };
    const to = `consumer-${crypto.randomUUID().slice(0, 8)}@example.com`;
    const body = { template: "verify_email", to, data: { name: "Ann", link: "https://rentline.test/v?token=1" } };
    const batch = createMessageBatch<unknown>("rentline-email", [
      { id: "first-try", timestamp: Date.now(), attempts: 1, body },
      { id: "third-try", timestamp: Date.now(), attempts: 3, body },
    ]);
    // getQueueResult records that a message was retried but not its delay: spy on retry() for that.
    const retries = batch.messages.map((message) => vi.spyOn(message, "retry"));
    const ctx = createExecutionContext();
    await consumeEmailBatch(batch, brokenEnv);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks).toEqual([]);
    expect(result.retryMessages.map((m) => m.msgId).sort()).toEqual(["first-try", "third-try"]);
    expect(retries[0]).toHaveBeenCalledWith({ delaySeconds: 30 });
    expect(retries[1]).toHaveBeenCalledWith({ delaySeconds: 120 });
    expect(warn.mock.calls.some((call) => String(call[0]).includes("will retry"))).toBe(true);
    expect((await devMailTo(to)).results).toHaveLength(0);
  });
});
