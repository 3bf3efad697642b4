import { createLogger } from "../worker/lib/log";
import {
  type ChatMessage,
  chatMessageSchema,
  type LoggedEvent,
  loggedEvent,
  type ServerFrame,
  type Sight,
} from "./apartment-room.protocol";
import { frameOf, payloadOf } from "./room-frames";
import { maySee } from "./room-sight";

/**
 * The room's event log (its SQLite `events` table): strictly increasing sequence numbers, deduplicated by
 * key, read back through the log's schema. Functions over the room's synchronous `sql` tag, so each call
 * runs in one turn of the room and cannot race with another append.
 */

/** The room's `sql` tag (partyserver `Server.sql`). */
export type RoomSql = <T = Record<string, string | number | boolean | null>>(
  strings: TemplateStringsArray,
  ...values: (string | number | boolean | null)[]
) => T[];

type EventRow = { seq: number; type: string; payload: string };

const log = createLogger({ component: "apartment-room" });

/** Creates the log's tables if missing. */
export function createLog(sql: RoomSql) {
  void sql`create table if not exists events (seq integer primary key autoincrement, type text not null, dedupe_key text not null unique, payload text not null, created_at text not null)`;
  void sql`create table if not exists meta (key text primary key, value text not null)`;
}

/** Deletes everything the room stored (`storage.deleteAll`) and starts an empty log: a purged room. */
export async function resetLog(storage: DurableObjectStorage, sql: RoomSql): Promise<void> {
  await storage.deleteAll();
  createLog(sql);
}

/**
 * Appends an event unless its dedupe key is already logged; returns its sequence number, or null. One
 * statement: the insert selects its row only when the key is new, so a duplicate never reaches the insert
 * (an insert that hits the unique key would still consume an AUTOINCREMENT number and leave a gap).
 */
export function append(sql: RoomSql, event: LoggedEvent, dedupeKey: string): number | null {
  const rows = sql<{
    seq: number;
  }>`insert into events (type, dedupe_key, payload, created_at) select ${event.type}, ${dedupeKey}, ${JSON.stringify(event.payload)}, ${new Date().toISOString()} where not exists (select 1 from events where dedupe_key = ${dedupeKey}) returning seq`;
  return rows[0]?.seq ?? null;
}

export function currentSeq(sql: RoomSql): number {
  return sql<{ seq: number | null }>`select max(seq) as seq from events`[0]?.seq ?? 0;
}

/** Every logged event after `afterSeq` as its frame, in order (unreadable rows are skipped and logged). */
export function framesAfter(sql: RoomSql, room: string, afterSeq: number): ServerFrame[] {
  const frames: ServerFrame[] = [];
  for (const row of sql<EventRow>`select seq, type, payload from events where seq > ${afterSeq} order by seq`) {
    const event = loggedEvent.safeParse({ type: row.type, payload: payloadOf(row.payload) });
    if (event.success) frames.push(frameOf(row.seq, event.data));
    else log.warn("skipped an unreadable room event", { room, seq: row.seq });
  }
  return frames;
}

/**
 * Chat history, newest first, before a sequence number (null: the latest), at most `wanted` messages that
 * `sees` may see (null: everything).
 */
export function chatPage(sql: RoomSql, beforeSeq: number | null, wanted: number, sees: Sight | null) {
  const messages: (ChatMessage & { seq: number })[] = [];
  let before = beforeSeq ?? Number.MAX_SAFE_INTEGER;
  for (;;) {
    const rows = sql<EventRow>`select seq, type, payload from events where type = 'chat' and seq < ${before} order by seq desc limit 200`;
    for (const row of rows) {
      const message = chatMessageSchema.safeParse(payloadOf(row.payload));
      if (message.success && maySee(sees, { ...message.data, kind: "chat" }))
        messages.push({ ...message.data, seq: row.seq });
      if (messages.length === wanted) return messages;
    }
    if (rows.length < 200) return messages;
    before = rows[rows.length - 1]!.seq;
  }
}

/** When the room last caught activities up from D1 (an `updatedAt`; "" never). */
export function syncedAt(sql: RoomSql): string {
  return sql<{ value: string }>`select value from meta where key = 'activities_synced_at'`[0]?.value ?? "";
}

export function setSyncedAt(sql: RoomSql, at: string) {
  void sql`insert into meta (key, value) values ('activities_synced_at', ${at}) on conflict (key) do update set value = excluded.value`;
}

/**
 * Shows `name` as the author of every logged chat message and feed entry by `userId` (and as the confirmer
 * of the entries they confirmed): an erased account's pseudonym (issue 16 §3). The texts stay. Idempotent.
 */
export function renameAuthorInLog(sql: RoomSql, userId: string, name: string): void {
  createLog(sql); // a room that never started has no log yet
  void sql`update events set payload = json_set(payload, '$.name', ${name}) where type = 'chat' and json_extract(payload, '$.userId') = ${userId}`;
  void sql`update events set payload = json_set(payload, '$.authorName', ${name}) where type = 'activity' and json_extract(payload, '$.authorUserId') = ${userId}`;
  void sql`update events set payload = json_set(payload, '$.confirmedByName', ${name}) where type = 'activity' and json_extract(payload, '$.confirmedBy') = ${userId}`;
}
