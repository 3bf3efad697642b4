import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { createDb } from "../../worker/db/client";
import { roomEvents } from "../../worker/rooms/publish";
import { consumeAuditBatch } from "../../worker/jobs/audit-consumer";
import { createLogger } from "../../worker/lib/log";
import { enqueueAuditArchiveDays } from "../../worker/privacy/audit-archive";
import type { AuditArchiveJob } from "../../worker/privacy/contract";
import { RETENTION_RULES } from "../../worker/jobs/retention-rules";
import { expectConsoleError } from "../setup/console";

/**
 * Issue 16 §2: the audit archive in R2, one NDJSON object per org and closed UTC day, and its retention
 * (§4). The clock is fixed (3 March 2031, 06:00 UTC, the daily run), after every entry the app writes in
 * real time; the queue is a recorder and its messages are fed to the consumer with `createMessageBatch`.
 */

const NOW = Date.UTC(2031, 2, 3, 6, 0, 0);
const DAY = 86_400_000;
const FIELDS = ["id", "at", "orgId", "action", "actorUserId", "targetType", "targetId", "requestId", "ip", "details"];

/** A queue that records what is sent to it (enqueueAuditArchiveDays only calls `sendBatch`). */
function recordingQueue() {
  const sent: AuditArchiveJob[] = [];
  const queue = {
    sendBatch: (messages: Iterable<MessageSendRequest<AuditArchiveJob>>) => {
      for (const m of messages) sent.push(m.body);
      return Promise.resolve();
    },
  } as unknown as Queue;
  return { sent, queue };
}

const entry = (orgId: string | null, at: string, action: string) => ({
  id: `al-${crypto.randomUUID()}`,
  at,
  orgId,
  action,
});

async function insertEntries(rows: ReturnType<typeof entry>[]) {
  await env.DB.batch(
    rows.map((r) =>
      env.DB.prepare(
        "insert into audit_log (id, at, actor_user_id, org_id, action, target_type, target_id, request_id, ip, details) values (?, ?, 'u-1', ?, ?, 'lease', 't-1', 'req-1', '203.0.113.9', ?)",
      ).bind(r.id, r.at, r.orgId, r.action, JSON.stringify({ n: r.action })),
    ),
  );
}

/** Enqueues at `now` and answers the messages of `keys` (other tests' entries of this file may be there too). */
async function enqueued(keys: string[], now = NOW) {
  const { sent, queue } = recordingQueue();
  await enqueueAuditArchiveDays({ db: createDb(env.DB), queue }, now);
  return sent.filter((m) => keys.includes(m.orgKey));
}

async function consume(jobs: unknown[], now = NOW) {
  const batch = createMessageBatch<unknown>(
    "rentline-audit",
    jobs.map((body, i) => ({ id: `m-${i}`, timestamp: new Date(now), attempts: 1, body })),
  );
  const ctx = createExecutionContext();
  await consumeAuditBatch(batch, env, now);
  return getQueueResult(batch, ctx);
}

async function linesOf(key: string) {
  const object = await env.DOCS.get(key);
  if (!object) return null;
  return (await object.text())
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function archivedDays(orgKey: string) {
  const { results } = await env.DB.prepare("select day, entries from audit_archive_days where org_key = ? order by day")
    .bind(orgKey)
    .all<{ day: string; entries: number }>();
  return results;
}

async function auditIds(ids: string[]) {
  const { results } = await env.DB.prepare(
    `select id from audit_log where id in (${ids.map(() => "?").join(", ")}) order by id`,
  )
    .bind(...ids)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

describe("the audit archive", () => {
  it("writes one object per org and closed day with exactly its entries; today waits; redelivery writes nothing", async () => {
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    const rows = [
      entry(a, "2031-03-01T09:00:00.000Z", "lease.create"),
      entry(a, "2031-03-01T23:59:59.999Z", "payment.confirmed"),
      entry(b, "2031-03-01T12:00:00.000Z", "org.invite"),
      entry(a, "2031-03-02T00:00:00.000Z", "lease.end"),
      entry(b, "2031-03-02T08:30:00.000Z", "member.remove"),
      entry(b, "2031-03-02T08:30:00.001Z", "member.invite"),
      // Today (the run's UTC day): not archived yet.
      entry(a, "2031-03-03T05:00:00.000Z", "lease.create"),
      entry(b, "2031-03-03T05:59:59.000Z", "org.update"),
    ];
    await insertEntries(rows);

    const jobs = await enqueued([a, b]);
    expect(jobs.map((j) => `${j.orgKey === a ? "a" : "b"} ${j.day}`).sort()).toEqual([
      "a 2031-03-01",
      "a 2031-03-02",
      "b 2031-03-01",
      "b 2031-03-02",
    ]);
    const result = await consume(jobs);
    expect(result.retryMessages).toEqual([]);

    const idsOn = (org: string, day: string) =>
      rows.filter((r) => r.orgId === org && r.at.startsWith(day)).map((r) => r.id);
    for (const org of [a, b])
      for (const day of ["2031-03-01", "2031-03-02"]) {
        const lines = await linesOf(`audit/${org}/${day}.ndjson`);
        expect(lines?.map((l) => l.id)).toEqual(idsOn(org, day));
        for (const line of lines ?? []) expect(Object.keys(line)).toEqual(FIELDS);
      }
    expect(await linesOf(`audit/${a}/2031-03-01.ndjson`)).toEqual([
      {
        id: rows[0]?.id,
        at: "2031-03-01T09:00:00.000Z",
        orgId: a,
        action: "lease.create",
        actorUserId: "u-1",
        targetType: "lease",
        targetId: "t-1",
        requestId: "req-1",
        ip: "203.0.113.9",
        details: { n: "lease.create" },
      },
      expect.objectContaining({ id: rows[1]?.id, at: "2031-03-01T23:59:59.999Z" }),
    ]);
    expect((await env.DOCS.list({ prefix: `audit/${a}/` })).objects.map((o) => o.key)).toEqual([
      `audit/${a}/2031-03-01.ndjson`,
      `audit/${a}/2031-03-02.ndjson`,
    ]);
    expect(await archivedDays(a)).toEqual([
      { day: "2031-03-01", entries: 2 },
      { day: "2031-03-02", entries: 1 },
    ]);

    // Nothing left to enqueue; a redelivered batch writes nothing and overwrites nothing.
    expect(await enqueued([a, b])).toEqual([]);
    const before = await env.DOCS.head(`audit/${b}/2031-03-02.ndjson`);
    const put = vi.spyOn(env.DOCS, "put");
    expect((await consume(jobs)).retryMessages).toEqual([]);
    expect(put).not.toHaveBeenCalled();
    put.mockRestore();
    const after = await env.DOCS.head(`audit/${b}/2031-03-02.ndjson`);
    expect(after?.etag).toBe(before?.etag);
    expect(after?.uploaded.getTime()).toBe(before?.uploaded.getTime());

    // A message for today (or later) archives nothing.
    expect((await consume([{ kind: "audit_archive_day", orgKey: a, day: "2031-03-03" }])).retryMessages).toEqual([]);
    expect(await env.DOCS.head(`audit/${a}/2031-03-03.ndjson`)).toBeNull();

    // The next day, today's entries are archived.
    const tomorrow = await enqueued([a, b], NOW + DAY);
    expect(tomorrow.map((j) => j.day)).toEqual(["2031-03-03", "2031-03-03"]);
  });

  it("keeps entries without an org under audit/platform/", async () => {
    const rows = [
      entry(null, "2031-02-20T10:00:00.000Z", "admin.ban"),
      entry(null, "2031-02-20T11:00:00.000Z", "admin.unban"),
    ];
    await insertEntries(rows);
    const jobs = (await enqueued(["platform"])).filter((j) => j.day === "2031-02-20");
    expect(jobs).toEqual([{ kind: "audit_archive_day", orgKey: "platform", day: "2031-02-20" }]);
    await consume(jobs);
    expect((await linesOf("audit/platform/2031-02-20.ndjson"))?.map((l) => l.id)).toEqual(rows.map((r) => r.id));
  });

  it("a put that landed without its record is recorded once; an object with other bytes is never overwritten", async () => {
    const org = crypto.randomUUID();
    const rows = [
      entry(org, "2031-02-10T10:00:00.000Z", "lease.create"),
      entry(org, "2031-02-11T10:00:00.000Z", "lease.end"),
    ];
    await insertEntries(rows);
    const jobs = await enqueued([org]);
    expect(jobs).toHaveLength(2);
    await consume(jobs);
    // The record of the first day is lost (as if D1 failed after the put): redelivery records it again.
    await env.DB.prepare("delete from audit_archive_days where org_key = ? and day = '2031-02-10'").bind(org).run();
    const before = await env.DOCS.head(`audit/${org}/2031-02-10.ndjson`);
    expect((await consume(jobs.slice(0, 1))).retryMessages).toEqual([]);
    expect((await env.DOCS.head(`audit/${org}/2031-02-10.ndjson`))?.etag).toBe(before?.etag);
    expect((await archivedDays(org)).map((d) => d.day)).toEqual(["2031-02-10", "2031-02-11"]);

    // Someone else's object sits where a day's archive goes: left alone, the message retried, nothing recorded.
    const tampered = entry(org, "2031-02-12T10:00:00.000Z", "lease.update");
    await insertEntries([tampered]);
    await env.DOCS.put(`audit/${org}/2031-02-12.ndjson`, "not ours\n");
    expectConsoleError("audit archive object differs from the database");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const result = await consume([{ kind: "audit_archive_day", orgKey: org, day: "2031-02-12" }]);
    warn.mockRestore();
    expect(result.retryMessages.map((m) => m.msgId)).toEqual(["m-0"]);
    expect(await (await env.DOCS.get(`audit/${org}/2031-02-12.ndjson`))?.text()).toBe("not ours\n");
    expect((await archivedDays(org)).map((d) => d.day)).toEqual(["2031-02-10", "2031-02-11"]);
  });

  it("drops an invalid message, logged", async () => {
    expectConsoleError("audit message rejected: invalid body");
    const result = await consume([{ kind: "audit_archive_day", orgKey: "x", day: "yesterday" }]);
    expect(result.retryMessages).toEqual([]);
    expect(result.explicitAcks).toEqual(["m-0"]);
  });
});

describe("audit retention", () => {
  const ports = () => {
    const db = createDb(env.DB);
    const log = createLogger({ test: "audit-retention" });
    const rooms = roomEvents(env.APARTMENT_ROOM, log, db, env.ORG_ROOM);
    return { db, docs: env.DOCS, log, requestId: "test:audit-retention", rooms };
  };
  const rule = (id: "audit_log_database" | "audit_archive") => {
    const found = RETENTION_RULES.find((r) => r.id === id);
    if (!found) throw new Error(id);
    return found;
  };

  it("D1 keeps entries 13 months, and only archived ones ever leave; the archive keeps them 10 years", async () => {
    const org = crypto.randomUUID();
    const archived = entry(org, "2031-01-05T10:00:00.000Z", "lease.create");
    const notArchived = entry(org, "2031-01-06T10:00:00.000Z", "lease.end");
    await insertEntries([archived, notArchived]);
    const jobs = (await enqueued([org])).filter((j) => j.day === "2031-01-05");
    await consume(jobs);

    // Append-only still: an unarchived entry cannot be deleted, and no entry can be changed.
    await expect(env.DB.prepare("delete from audit_log where id = ?").bind(notArchived.id).run()).rejects.toThrow(
      /append-only/,
    );
    await expect(
      env.DB.prepare("update audit_log set action = 'x' where id = ?").bind(archived.id).run(),
    ).rejects.toThrow(/append-only/);

    // 13 months after 5 January 2031 10:00 is 5 February 2032 10:00.
    const d1 = rule("audit_log_database");
    expect((await d1.purge(ports(), Date.UTC(2032, 1, 4, 10))).deleted).toBe(0);
    expect(await auditIds([archived.id, notArchived.id])).toEqual([archived.id, notArchived.id].sort());
    expect((await d1.purge(ports(), Date.UTC(2032, 1, 6, 10))).deleted).toBeGreaterThanOrEqual(1);
    expect(await auditIds([archived.id, notArchived.id])).toEqual([notArchived.id]);
    expect((await d1.purge(ports(), Date.UTC(2032, 1, 6, 10))).deleted).toBe(0);
    const key = `audit/${org}/2031-01-05.ndjson`;
    expect((await linesOf(key))?.map((l) => l.id)).toEqual([archived.id]);

    // The archive: 10 years after the day (5 January 2041 is the last day it is kept).
    const archive = rule("audit_archive");
    expect((await archive.purge(ports(), Date.UTC(2041, 0, 5, 6))).deleted).toBe(0);
    expect(await env.DOCS.head(key)).not.toBeNull();
    expect((await archive.purge(ports(), Date.UTC(2041, 0, 6, 6))).deleted).toBeGreaterThanOrEqual(1);
    expect(await env.DOCS.head(key)).toBeNull();
    expect(await archivedDays(org)).toEqual([]);
    expect((await archive.purge(ports(), Date.UTC(2041, 0, 6, 6))).deleted).toBe(0);
  });

  it("the archive keeps a day's object while its entries are still in D1", async () => {
    const org = crypto.randomUUID();
    const kept = entry(org, "2031-01-20T10:00:00.000Z", "lease.create");
    await insertEntries([kept]);
    await consume(await enqueued([org]));
    // Ten years on, without the D1 rule having run: the object stays, since the entry could be archived again.
    expect((await rule("audit_archive").purge(ports(), Date.UTC(2042, 0, 1))).deleted).toBe(0);
    expect(await env.DOCS.head(`audit/${org}/2031-01-20.ndjson`)).not.toBeNull();
  });
});
