import { createScheduledController } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { cleanUpExpired, runScheduled } from "../../worker/jobs/scheduled";

const DAY = 24 * 3600 * 1000;
const iso = (offsetMs: number, now: number) => new Date(now + offsetMs).toISOString();

/** Rows on both sides of every retention line, for one fresh user; returns the ids that must survive. */
async function seed(now: number) {
  const u = crypto.randomUUID();
  const id = (label: string) => `${label}-${u}`;
  const db = env.DB;
  const session = (label: string, expiresAt: string, revokedAt: string | null) =>
    db
      .prepare(
        "insert into sessions (id, user_id, created_at, last_used_at, expires_at, revoked_at) values (?, ?, ?, ?, ?, ?)",
      )
      .bind(id(label), u, iso(-40 * DAY, now), iso(-40 * DAY, now), expiresAt, revokedAt);
  const token = (label: string, expiresAt: string, usedAt: string | null) =>
    db
      .prepare(
        "insert into auth_tokens (token_hash, user_id, purpose, created_at, expires_at, used_at) values (?, ?, 'verify_email', ?, ?, ?)",
      )
      .bind(id(label), u, iso(-DAY, now), expiresAt, usedAt);
  const mail = (label: string, createdAt: string) =>
    db
      .prepare(
        "insert into dev_mail (id, to_address, subject, text, html, template, created_at) values (?, ?, 's', 't', 'h', 'verify_email', ?)",
      )
      .bind(id(label), `${u}@example.com`, createdAt);
  await db.batch([
    db
      .prepare("insert into users (id, email, name, account_type, created_at) values (?, ?, 'Cleo', 'renter', ?)")
      .bind(u, `${u}@example.com`, iso(-60 * DAY, now)),
    token("tok-expired", iso(-60_000, now), null),
    token("tok-used", iso(DAY, now), iso(-60_000, now)),
    token("tok-live", iso(DAY, now), null),
    session("ses-expired-long-ago", iso(-31 * DAY, now), null),
    session("ses-revoked-long-ago", iso(DAY, now), iso(-31 * DAY, now)),
    session("ses-revoked-recently", iso(DAY, now), iso(-DAY, now)),
    session("ses-expired-recently", iso(-DAY, now), null),
    session("ses-live", iso(10 * DAY, now), null),
    db
      .prepare("insert into refresh_tokens (token_hash, session_id, created_at) values (?, ?, ?)")
      .bind(id("rt-old"), id("ses-revoked-long-ago"), iso(-40 * DAY, now)),
    db
      .prepare("insert into refresh_tokens (token_hash, session_id, created_at) values (?, ?, ?)")
      .bind(id("rt-live"), id("ses-live"), iso(-DAY, now)),
    mail("mail-old", iso(-8 * DAY, now)),
    mail("mail-new", iso(-6 * DAY, now)),
  ]);
  return { u, id };
}

async function idsOf(table: string, column: string, u: string) {
  const { results } = await env.DB.prepare(`select ${column} as id from ${table} where ${column} like ?`)
    .bind(`%${u}`)
    .all<{ id: string }>();
  return results.map((r) => r.id).sort();
}

describe("retention clean-up", () => {
  it("deletes exactly what is past retention, cascades refresh tokens, and deletes nothing on a second run", async () => {
    const now = Date.now();
    const { u, id } = await seed(now);
    const first = await cleanUpExpired(createDb(env.DB), now);
    // Other rows in this file's database may also be removed; ours are 2 tokens, 2 sessions, 1 mail.
    expect(first.authTokens).toBeGreaterThanOrEqual(2);
    expect(first.sessions).toBeGreaterThanOrEqual(2);
    expect(first.devMail).toBeGreaterThanOrEqual(1);
    expect(await idsOf("auth_tokens", "token_hash", u)).toEqual([id("tok-live")]);
    expect(await idsOf("sessions", "id", u)).toEqual(
      [id("ses-expired-recently"), id("ses-live"), id("ses-revoked-recently")].sort(),
    );
    expect(await idsOf("refresh_tokens", "token_hash", u)).toEqual([id("rt-live")]);
    expect(await idsOf("dev_mail", "id", u)).toEqual([id("mail-new")]);

    const second = await cleanUpExpired(createDb(env.DB), now);
    expect(second).toEqual({ authTokens: 0, sessions: 0, devMail: 0 });
  });

  it("runs from the daily cron trigger", async () => {
    const now = Date.now();
    const { u, id } = await seed(now);
    await runScheduled(createScheduledController({ cron: "0 6 * * *", scheduledTime: now }), env);
    expect(await idsOf("auth_tokens", "token_hash", u)).toEqual([id("tok-live")]);
    expect(await idsOf("dev_mail", "id", u)).toEqual([id("mail-new")]);
  });
});
