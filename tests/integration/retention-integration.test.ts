import { createScheduledController } from "cloudflare:test";
import { applicationRoomName } from "../../durable-objects/apartment-room.protocol";
import { roomEvents } from "../../worker/rooms/publish";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { runScheduled } from "../../worker/jobs/scheduled";
import { createLogger } from "../../worker/lib/log";
import { RETENTION_POLICY, type RetentionRuleId } from "../../worker/privacy/contract";
import { instantBefore, runRetention, type RetentionRule } from "../../worker/privacy/retention";
import { RETENTION_RULES } from "../../worker/jobs/retention-rules";
import { api } from "../setup/client";
import { roomEventCount, seedRoomEvent } from "../setup/room-storage";
import { expectConsoleError } from "../setup/console";
import { addRenter, createApartment, signUpLandlord, signUpRenter } from "../setup/helpers";
import { applyTo, createListing, PROFILE } from "../setup/listings";

/**
 * Issue 16 §4: every retention rule with a controlled clock. For each: a row due one day after `NOW` is kept,
 * a row due one day before is gone, a second run at the same clock deletes nothing more, and a run two days
 * later takes the kept row too. The clock is fixed in 2031, after every row the app writes in real time.
 * Setup goes through the API first; after a run at 2031 (which ends every session of this file) only SQL
 * reads the result.
 */

const DAY = 86_400_000;
const NOW = Date.UTC(2031, 5, 15, 6, 0, 0); // 15 June 2031, 06:00 UTC: the daily run
const iso = (ms: number) => new Date(ms).toISOString();
const ports = () => {
  const db = createDb(env.DB);
  const log = createLogger({ test: "retention" });
  return {
    db,
    docs: env.DOCS,
    log,
    requestId: "test:retention",
    rooms: roomEvents(env.APARTMENT_ROOM, log, db, env.ORG_ROOM),
  };
};

/** How many events the room of application `id` stores (its chat log, in the room's own SQLite). */
const roomEventsOf = (applicationId: string) => roomEventCount(applicationRoomName(applicationId));

function rule(id: RetentionRuleId): RetentionRule {
  const found = RETENTION_RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

const purge = async (id: RetentionRuleId, now: number) => (await rule(id).purge(ports(), now)).deleted;

/** Which of `ids` are still rows of `table` (by `column`). */
async function present(table: string, column: string, ids: string[]) {
  const { results } = await env.DB.prepare(
    `select ${column} as id from ${table} where ${column} in (${ids.map(() => "?").join(", ")})`,
  )
    .bind(...ids)
    .all<{ id: string }>();
  return results.map((r) => r.id).sort();
}

/** Runs `id` at NOW: `due` gone, `kept` kept; again at NOW: nothing more; at NOW + 2 days: `kept` gone too. */
async function expectRule(id: RetentionRuleId, table: string, column: string, due: string[], kept: string[]) {
  const first = await purge(id, NOW);
  expect(first).toBeGreaterThanOrEqual(due.length);
  expect(await present(table, column, [...due, ...kept])).toEqual([...kept].sort());
  expect(await purge(id, NOW)).toBe(0);
  await purge(id, NOW + 2 * DAY);
  expect(await present(table, column, kept)).toEqual([]);
}

describe("the rules", () => {
  it("are one table: each public row has its purge, in the public order", () => {
    expect(RETENTION_RULES.map((r) => r.id)).toEqual(RETENTION_POLICY.map((p) => p.id));
    for (const r of RETENTION_RULES) expect(typeof r.purge).toBe("function");
  });

  it("count months on the calendar, clamped to the month's end", () => {
    expect(instantBefore("P90D", NOW)).toBe("2031-03-17T06:00:00.000Z");
    expect(instantBefore("P12M", NOW)).toBe("2030-06-15T06:00:00.000Z");
    expect(instantBefore("P13M", Date.UTC(2031, 2, 31))).toBe("2030-02-28T00:00:00.000Z");
    expect(instantBefore("P10Y", NOW)).toBe("2021-06-15T06:00:00.000Z");
  });
});

describe("applications", () => {
  it("withdrawn, rejected, or accepted and never paid: deleted 90 days after, with their history; the renter's dossier stays", async () => {
    const owner = await signUpLandlord("Retention Org");
    const { apartmentId } = await createApartment(owner);
    const { listingId } = await createListing(owner, apartmentId, { rooms: [{ capacity: 10 }] });
    const renters = await Promise.all([1, 2, 3, 4, 5, 6].map(() => signUpRenter()));
    const ids: string[] = [];
    for (const r of renters) {
      expect((await api(r).me.profile.$put({ json: PROFILE })).status).toBe(200);
      const res = await applyTo(r, listingId);
      expect(res.status, res.text).toBe(201);
      ids.push(res.json.id);
    }
    const [rejectedLongAgo, withdrawnRecently, pending, unpaidLongAgo, unpaidRecently, acceptedAhead] = ids as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const firstRenter = renters[0]!;
    // Closed 91 and 89 days before NOW (the history row is when); the third stays pending.
    const close = (id: string, status: string, at: number) => [
      env.DB.prepare("update applications set status = ?, updated_at = ? where id = ?").bind(status, iso(at), id),
      env.DB.prepare(
        "insert into application_status_history (id, org_id, application_id, from_status, to_status, actor_user_id, actor_name, actor_side, at) values (?, ?, ?, 'pending', ?, ?, 'Someone', 'landlord', ?)",
      ).bind(crypto.randomUUID(), owner.orgId, id, status, owner.userId, iso(at)),
    ];
    await env.DB.batch([
      ...close(rejectedLongAgo, "rejected", NOW - 91 * DAY),
      ...close(withdrawnRecently, "withdrawn", NOW - 89 * DAY),
      // Accepted, the first payment never came (issue 16 tester: such applications were kept for ever).
      ...close(unpaidLongAgo, "accepted_pending_payment", NOW - 91 * DAY),
      ...close(unpaidRecently, "accepted_pending_payment", NOW - 89 * DAY),
      // Accepted long ago for a move-in still to come: not a lapsed acceptance, kept (reviewer).
      ...close(acceptedAhead, "accepted_pending_payment", NOW - 200 * DAY),
      env.DB.prepare("update applications set move_in_date = '2031-09-01' where id = ?").bind(acceptedAhead),
    ]);
    const dossierBefore = await present("renter_profiles", "user_id", [firstRenter.userId]);

    await expectRule(
      "application_closed",
      "applications",
      "id",
      [rejectedLongAgo, unpaidLongAgo],
      [withdrawnRecently, unpaidRecently],
    );
    expect(await present("applications", "id", [pending, acceptedAhead])).toEqual([pending, acceptedAhead].sort());
    expect(await present("application_status_history", "application_id", [rejectedLongAgo])).toEqual([]);
    expect(await present("renter_profiles", "user_id", [firstRenter.userId])).toEqual(dossierBefore);
  });

  it("a purged application's conversation goes too: its room deletes its chat log", async () => {
    const owner = await signUpLandlord("Retention Rooms");
    const { apartmentId } = await createApartment(owner);
    const { listingId } = await createListing(owner, apartmentId, { rooms: [{ capacity: 10 }] });
    const ids: string[] = [];
    for (const r of [await signUpRenter(), await signUpRenter()]) {
      expect((await api(r).me.profile.$put({ json: PROFILE })).status).toBe(200);
      const res = await applyTo(r, listingId);
      expect(res.status, res.text).toBe(201);
      ids.push(res.json.id);
    }
    const [old, recent] = ids as [string, string];
    // A message in each conversation, as the room stores it.
    for (const id of ids) {
      await seedRoomEvent(applicationRoomName(id));
      expect(await roomEventsOf(id)).toBe(1);
    }
    await env.DB.batch(
      [
        [old, NOW - 91 * DAY],
        [recent, NOW - 10 * DAY],
      ].map(([id, at]) =>
        env.DB.prepare("update applications set status = 'rejected', updated_at = ? where id = ?").bind(
          iso(at as number),
          id,
        ),
      ),
    );
    await purge("application_closed", NOW);
    expect(await present("applications", "id", ids)).toEqual([recent]);
    expect(await roomEventsOf(old)).toBe(0);
    expect(await roomEventsOf(recent)).toBe(1);
  });

  it("confirmed: deleted 12 months after the lease's last day; the lease stays", async () => {
    const owner = await signUpLandlord("Retention Leases");
    const { apartmentId } = await createApartment(owner);
    const { listingId } = await createListing(owner, apartmentId, { rooms: [{ capacity: 10 }] });
    const made: { applicationId: string; leaseId: string }[] = [];
    for (const end of ["2030-06-14", "2030-06-15", null]) {
      const renter = await signUpRenter();
      expect((await api(renter).me.profile.$put({ json: PROFILE })).status).toBe(200);
      const applied = await applyTo(renter, listingId);
      expect(applied.status, applied.text).toBe(201);
      const { leaseId } = await addRenter(owner, apartmentId, { startDate: "2029-07-01" }, renter);
      await env.DB.batch([
        env.DB.prepare("update leases set end_date = ? where id = ?").bind(end, leaseId),
        env.DB.prepare("update applications set status = 'confirmed', lease_id = ? where id = ?").bind(
          leaseId,
          applied.json.id,
        ),
      ]);
      made.push({ applicationId: applied.json.id, leaseId });
    }
    const [endedLongAgo, endedAYearAgo, openEnded] = made as [(typeof made)[0], (typeof made)[0], (typeof made)[0]];
    // Due the day after the anniversary of the last day: 14 June 2030 is past at NOW, 15 June 2030 is not yet.
    await expectRule(
      "application_confirmed",
      "applications",
      "id",
      [endedLongAgo.applicationId],
      [endedAYearAgo.applicationId],
    );
    expect(await present("applications", "id", [openEnded.applicationId])).toEqual([openEnded.applicationId]);
    expect(await present("leases", "id", [endedLongAgo.leaseId])).toEqual([endedLongAgo.leaseId]);
  });
});

/** A user row to hang sessions and links on. */
async function user() {
  const id = crypto.randomUUID();
  await env.DB.prepare(
    "insert into users (id, email, name, account_type, created_at) values (?, ?, 'Cleo', 'renter', ?)",
  )
    .bind(id, `${id}@example.com`, iso(NOW - 400 * DAY))
    .run();
  return id;
}

describe("accounts and plumbing", () => {
  it("sessions: 30 days after they expired or were revoked, with their refresh tokens", async () => {
    const u = await user();
    const session = (id: string, expiresAt: number, revokedAt: number | null) =>
      env.DB.prepare(
        "insert into sessions (id, user_id, created_at, last_used_at, expires_at, revoked_at) values (?, ?, ?, ?, ?, ?)",
      ).bind(
        id,
        u,
        iso(NOW - 90 * DAY),
        iso(NOW - 90 * DAY),
        iso(expiresAt),
        revokedAt === null ? null : iso(revokedAt),
      );
    const s = (label: string) => `${label}-${u}`;
    await env.DB.batch([
      session(s("expired-31"), NOW - 31 * DAY, null),
      session(s("revoked-31"), NOW + 10 * DAY, NOW - 31 * DAY),
      session(s("expired-29"), NOW - 29 * DAY, null),
      session(s("revoked-29"), NOW + 10 * DAY, NOW - 29 * DAY),
      session(s("live"), NOW + 90 * DAY, null),
      env.DB.prepare("insert into refresh_tokens (token_hash, session_id, created_at) values (?, ?, ?)").bind(
        s("rt"),
        s("revoked-31"),
        iso(NOW - 40 * DAY),
      ),
    ]);
    await expectRule(
      "sessions",
      "sessions",
      "id",
      [s("expired-31"), s("revoked-31")],
      [s("expired-29"), s("revoked-29")],
    );
    expect(await present("refresh_tokens", "token_hash", [s("rt")])).toEqual([]);
    expect(await present("sessions", "id", [s("live")])).toEqual([s("live")]);
  });

  it("one-time links: as soon as they are used or expired", async () => {
    const u = await user();
    const token = (id: string, expiresAt: number, usedAt: number | null) =>
      env.DB.prepare(
        "insert into auth_tokens (token_hash, user_id, purpose, created_at, expires_at, used_at) values (?, ?, 'verify_email', ?, ?, ?)",
      ).bind(id, u, iso(NOW - DAY), iso(expiresAt), usedAt === null ? null : iso(usedAt));
    const t = (label: string) => `${label}-${u}`;
    await env.DB.batch([
      token(t("expired"), NOW - DAY, null),
      token(t("used"), NOW + 5 * DAY, NOW - 60_000),
      token(t("expires-tomorrow"), NOW + DAY, null),
      token(t("live"), NOW + 5 * DAY, null),
    ]);
    await expectRule("one_time_links", "auth_tokens", "token_hash", [t("expired"), t("used")], [t("expires-tomorrow")]);
    expect(await present("auth_tokens", "token_hash", [t("live")])).toEqual([t("live")]);
  });

  it("idempotency keys: one day after they were made", async () => {
    const u = crypto.randomUUID();
    const key = (k: string, createdAt: number) =>
      env.DB.prepare(
        "insert into idempotency_keys (user_id, key, request_hash, status, response_body, created_at) values (?, ?, 'h', 200, '{}', ?)",
      ).bind(u, k, iso(createdAt));
    await env.DB.batch([key("old-key-1", NOW - DAY - 60_000), key("new-key-1", NOW - DAY + 60_000)]);
    const first = await purge("idempotency_keys", NOW);
    expect(first).toBeGreaterThanOrEqual(1);
    const keys = async () =>
      (
        await env.DB.prepare("select key from idempotency_keys where user_id = ?").bind(u).all<{ key: string }>()
      ).results.map((r) => r.key);
    expect(await keys()).toEqual(["new-key-1"]);
    expect(await purge("idempotency_keys", NOW)).toBe(0);
    await purge("idempotency_keys", NOW + 2 * DAY);
    expect(await keys()).toEqual([]);
  });

  it("data exports: the ZIP and its row once its 7 days are over (expires_at), R2 object too", async () => {
    const u = await user();
    const exp = (id: string, expiresAt: number) =>
      env.DB.prepare(
        "insert into data_exports (id, user_id, status, r2_key, bytes, created_at, ready_at, expires_at) values (?, ?, 'ready', ?, 3, ?, ?, ?)",
      ).bind(id, u, `exports/${u}/${id}.zip`, iso(expiresAt - 7 * DAY), iso(expiresAt - 7 * DAY), iso(expiresAt));
    const due = `due-${u}`;
    const kept = `kept-${u}`;
    await env.DB.batch([exp(due, NOW - DAY), exp(kept, NOW + DAY)]);
    await env.DOCS.put(`exports/${u}/${due}.zip`, "zip");
    await env.DOCS.put(`exports/${u}/${kept}.zip`, "zip");
    await expectRule("export_zips", "data_exports", "id", [due], [kept]);
    expect(await env.DOCS.head(`exports/${u}/${due}.zip`)).toBeNull();
    expect(await env.DOCS.head(`exports/${u}/${kept}.zip`)).toBeNull();
  });

  it("the dev mailbox: 7 days after the mail", async () => {
    const m = (label: string) => `${label}-${crypto.randomUUID()}`;
    const [old, recent] = [m("mail-8d"), m("mail-6d")];
    const mail = (id: string, createdAt: number) =>
      env.DB.prepare(
        "insert into dev_mail (id, to_address, subject, text, html, template, created_at) values (?, 'x@example.com', 's', 't', 'h', 'verify_email', ?)",
      ).bind(id, iso(createdAt));
    await env.DB.batch([mail(old, NOW - 8 * DAY), mail(recent, NOW - 6 * DAY)]);
    await expectRule("dev_mail", "dev_mail", "id", [old], [recent]);
  });
});

describe("the daily run", () => {
  it("runs every rule from the 06:00 cron, and one failing rule does not stop the others", async () => {
    const m = `cron-mail-${crypto.randomUUID()}`;
    await env.DB.prepare(
      "insert into dev_mail (id, to_address, subject, text, html, template, created_at) values (?, 'x@example.com', 's', 't', 'h', 'verify_email', ?)",
    )
      .bind(m, iso(NOW + 30 * DAY - 8 * DAY))
      .run();
    const broken: RetentionRule = { ...rule("sessions"), purge: () => Promise.reject(new Error("D1 is down")) };
    expectConsoleError("retention rule failed");
    const counts = await runRetention(ports(), NOW + 30 * DAY, [broken, rule("dev_mail")]);
    expect(counts.sessions).toBe("failed");
    expect(counts.dev_mail).toBeGreaterThanOrEqual(1);
    expect(await present("dev_mail", "id", [m])).toEqual([]);

    // The cron itself, at the real clock (it also charges rent and enqueues closed audit days: none here).
    const now = Date.now();
    const m2 = `cron-mail-${crypto.randomUUID()}`;
    await env.DB.prepare(
      "insert into dev_mail (id, to_address, subject, text, html, template, created_at) values (?, 'x@example.com', 's', 't', 'h', 'verify_email', ?)",
    )
      .bind(m2, iso(now - 8 * DAY))
      .run();
    await runScheduled(createScheduledController({ cron: "0 6 * * *", scheduledTime: now }), env);
    expect(await present("dev_mail", "id", [m2])).toEqual([]);
  });
});
