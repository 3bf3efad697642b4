import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { newId } from "../lib/ids";
import { nowIso } from "../lib/time";
import type { Db } from "../db/client";
import { devMail } from "./schema";
import type { RenderedEmail } from "./layout";

/** Where rendered email goes: the dev mailbox locally, an HTTP provider in staging and production. */
export type EmailTransport = {
  send(to: string, email: RenderedEmail, template: string): Promise<void>;
};

/** Local development: "sending" stores the mail in the dev mailbox (D1), read at /dev/mail. */
function devMailboxTransport(db: Db): EmailTransport {
  return {
    async send(to, email, template) {
      await db.insert(devMail).values({ id: newId(), to, template, createdAt: nowIso(), ...email });
    },
  };
}

/** The last 100 mails in the dev mailbox, to one address if given, newest first. */
export function devMailbox(db: Db, to?: string) {
  return db
    .select()
    .from(devMail)
    .where(to ? eq(devMail.to, to.toLowerCase()) : undefined)
    .orderBy(desc(devMail.createdAt))
    .limit(100);
}

const providerAnswer = z.object({ id: z.string() });

/** A Resend-compatible HTTP API; the key comes from the EMAIL_API_KEY secret. */
function httpTransport(apiKey: string, from: string, endpoint = "https://api.resend.com/emails"): EmailTransport {
  return {
    async send(to, email) {
      const res = await fetch(endpoint, {
        method: "POST",
        headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
        body: JSON.stringify({ from, to, subject: email.subject, text: email.text, html: email.html }),
      });
      if (!res.ok) throw new Error(`email provider answered ${res.status}`);
      providerAnswer.parse(await res.json());
    },
  };
}

/** The configured transport: the HTTP provider when EMAIL_API_KEY is set, else the dev mailbox (never in production). */
export function transportFor(env: Env, db: Db): EmailTransport {
  if (env.EMAIL_API_KEY) return httpTransport(env.EMAIL_API_KEY, env.EMAIL_FROM || "Rentline <no-reply@rentline.app>");
  if (env.APP_ENV === "production") throw new Error("EMAIL_API_KEY is not set: production cannot use the dev mailbox");
  return devMailboxTransport(db);
}
