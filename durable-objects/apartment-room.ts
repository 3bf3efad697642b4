import { type Connection, type ConnectionContext, Server, type WSMessage } from "partyserver";
import { createDb, type Db } from "../worker/db/client";
import { createLogger } from "../worker/lib/log";
import { countChatMessage } from "../worker/rooms/chat";
import { forgetConnection, recordConnection } from "../worker/rooms/connections";
import { activitiesChangedSince } from "../worker/rooms/service";
import {
  type Activity,
  activitySchema,
  assertNever,
  type ChatMessage,
  chatMessageSchema,
  clientFrame,
  type DocumentEvent,
  documentEventSchema,
  identitySchema,
  type Identity,
  type LoggedEvent,
  loggedEvent,
  MAX_FRAME_BYTES,
  roomKindOf,
  type RoomKind,
  type ServerFrame,
  type Sight,
} from "./apartment-room.protocol";
import { frameOf, frameProblem, identityHeader, onlineOf, payloadOf } from "./room-frames";
import { isRevoked, maySee, mayPost, mayReceive, type Revocation } from "./room-sight";

/**
 * ApartmentRoom: one Durable Object per apartment (partyserver, hibernatable WebSockets), named by the
 * apartment id; an application's conversation runs on the same class under `application-<id>`. Guarantees:
 * - Only callers with a valid room ticket reach it: the Worker verifies the ticket, checks the session and the
 *   access again (worker/rooms/connect.ts) and hands the identity over in a header; it is kept in the
 *   connection state, so it survives hibernation. Each open socket is recorded in D1 (rooms/connections.ts)
 *   so a revocation (logout, ban, removal, lease change) reaches it: `disconnect` closes it at once.
 * - Each renter sees only their own tenure (durable-objects/room-sight.ts): broadcasts, replays and history
 *   pages are filtered per connection.
 * - Every event (activity, chat) gets a strictly increasing sequence number in the room's SQLite log;
 *   `resume` replays everything after a number, so a reconnecting client misses nothing and sees no
 *   duplicate. Activities are deduplicated by id and version, chat messages by sender and client id.
 * - D1 is the system of record for activities: the API publishes each committed change over RPC, and an
 *   apartment room also catches up from D1 whenever a client connects or resumes, so a failed publish is not
 *   lost. Its chat counts go to D1 (rooms/chat.ts) for unread badges and digests. An application room has
 *   nothing in D1: chat only.
 * - Bad frames get an error frame; the socket stays open. Chat is limited per user.
 * Assumes: the room's kind comes from its name (parsed once, in `onStart`, which partyserver runs before any
 * socket handler and before RPC reached through `getServerByName`).
 */
const CHAT_BURST = 20;
const CHAT_WINDOW_MS = 10_000;
const HISTORY_PAGE = 50;
const CATCH_UP_LIMIT = 500;

type EventRow = { seq: number; type: string; payload: string };
/** An identity as a connection holds it (read-only). */ type Held = NonNullable<Connection<Identity>["state"]>;

const log = createLogger({ component: "apartment-room" });

export class ApartmentRoom extends Server<Env> {
  static override options = { hibernate: true };

  /** Which room this is (set in `onStart`). */
  private kind!: RoomKind;
  private db!: Db;

  /** Chat timestamps per user for the rate limit (memory only: a wake-up simply forgives). */
  private recentChats = new Map<string, number[]>();

  override onStart() {
    this.kind = roomKindOf(this.name);
    this.db = createDb(this.env.DB);
    void this
      .sql`create table if not exists events (seq integer primary key autoincrement, type text not null, dedupe_key text not null unique, payload text not null, created_at text not null)`;
    void this.sql`create table if not exists meta (key text primary key, value text not null)`;
  }

  // ------------------------------------------------------------ RPC from the API

  /** Appends a committed activity change (idempotent per activity version) and fans it out. */
  publishActivity(activity: Activity): number | null {
    return this.logActivity(activitySchema.parse(activity));
  }

  /**
   * A document changed. Not logged: documents live in D1 and clients reload them on this event and on every
   * (re)connect, so a missed event costs nothing.
   */
  publishDocument(event: DocumentEvent): void {
    this.broadcastFrame({ type: "document", event: documentEventSchema.parse(event) });
  }

  /** A lease's ledger changed; like documents, not logged (clients reload the ledger on connect). */
  publishLedger(leaseId: string, at: string): void {
    this.broadcastFrame({ type: "ledger", leaseId, at });
  }

  /**
   * Chat history, newest first, before a sequence number (scroll-back), as `sees` may see it (null: the
   * landlord side, everything; worker/rooms/sight.ts computes a renter's).
   */
  chatHistory(
    beforeSeq: number | null,
    limit = HISTORY_PAGE,
    sees: Sight | null = null,
  ): { messages: (ChatMessage & { seq: number })[]; seq: number } {
    const wanted = Math.min(limit, 200);
    const messages: (ChatMessage & { seq: number })[] = [];
    let before = beforeSeq ?? Number.MAX_SAFE_INTEGER;
    for (;;) {
      const rows = this
        .sql<EventRow>`select seq, type, payload from events where type = 'chat' and seq < ${before} order by seq desc limit 200`;
      for (const row of rows) {
        const message = chatMessageSchema.safeParse(payloadOf(row.payload));
        if (message.success && maySee(sees, { ...message.data, kind: "chat" }))
          messages.push({ ...message.data, seq: row.seq });
        if (messages.length === wanted) return { messages, seq: this.currentSeq() };
      }
      if (rows.length < 200) return { messages, seq: this.currentSeq() };
      before = rows[rows.length - 1]!.seq;
    }
  }

  /**
   * Closes the sockets `revocation` names (a user, some sessions, renters, or everyone) at once, after an
   * `error` frame `access_revoked` that says why; answers how many. Their clients get a fresh ticket, which
   * the API refuses if the access is gone (worker/rooms/revoke.ts calls this).
   */
  disconnect(revocation: Revocation, reason: string): number {
    let closed = 0;
    for (const connection of this.getConnections<Identity>()) {
      if (!isRevoked(connection.state, revocation)) continue;
      this.sendError(connection, "access_revoked", reason);
      connection.close(4003, "access revoked");
      closed++;
    }
    return closed;
  }

  // ------------------------------------------------------------ sockets

  override async onConnect(connection: Connection<Identity>, ctx: ConnectionContext) {
    const identity = identitySchema.safeParse(identityHeader(ctx.request));
    if (!identity.success) {
      connection.close(4001, "no identity");
      return;
    }
    connection.setState(identity.data);
    await recordConnection(this.db, this.name, connection.id, identity.data);
    // Not to the newcomer: what the catch-up adds is covered by hello's seq and the client's resume.
    await this.catchUpFromD1([connection.id]);
    this.send(connection, { type: "hello", seq: this.currentSeq(), online: onlineOf(this.getConnections<Identity>()) });
    this.broadcastFrame({ type: "presence", online: onlineOf(this.getConnections<Identity>()) }, [connection.id]);
  }

  override async onMessage(connection: Connection<Identity>, message: WSMessage) {
    const identity = connection.state;
    if (!identity) return connection.close(4001, "no identity");
    if (typeof message !== "string" || message.length > MAX_FRAME_BYTES) {
      return this.sendError(connection, "frame_too_large", `Frames are text of at most ${MAX_FRAME_BYTES} bytes`);
    }
    let json: unknown;
    try {
      json = JSON.parse(message);
    } catch {
      return this.sendError(connection, "invalid_frame", "Frames are JSON objects");
    }
    const parsed = clientFrame.safeParse(json);
    if (!parsed.success) return this.sendError(connection, "invalid_frame", frameProblem(parsed.error.issues[0]));
    const frame = parsed.data;
    switch (frame.type) {
      case "chat":
        return this.postChat(connection, identity, frame.text, frame.clientId);
      case "typing":
        return this.broadcastFrame({ type: "typing", userId: identity.userId }, [connection.id]);
      case "viewing":
        connection.setState(identitySchema.parse({ ...identity, viewing: frame.documentId }));
        return this.broadcastFrame({ type: "presence", online: onlineOf(this.getConnections<Identity>()) });
      case "resume":
        // The replay below sends what the catch-up adds to this client; the others get it live.
        await this.catchUpFromD1([connection.id]);
        return this.replay(connection, frame.afterSeq);
      default:
        return assertNever(frame);
    }
  }

  override async onClose(connection: Connection<Identity>) {
    this.broadcastFrame({ type: "presence", online: onlineOf(this.getConnections<Identity>()) });
    await forgetConnection(this.db, this.name, connection.id);
  }

  // ------------------------------------------------------------ internals

  /** Whether `identity` may chat now: the lease is open and the user is under the burst limit. */
  private chatRefusal(identity: Held, now: number): [code: string, message: string] | null {
    if (!mayPost(identity, now))
      return ["read_only", "This lease has ended: the history stays readable, posting is closed"];
    const recent = (this.recentChats.get(identity.userId) ?? []).filter((t) => now - t < CHAT_WINDOW_MS);
    if (recent.length >= CHAT_BURST) return ["rate_limited", "Slow down: too many messages"];
    recent.push(now);
    this.recentChats.set(identity.userId, recent);
    return null;
  }

  private async postChat(connection: Connection<Identity>, identity: Held, text: string, clientId: string) {
    const now = Date.now();
    const refusal = this.chatRefusal(identity, now);
    if (refusal) return this.sendError(connection, ...refusal);
    const message: ChatMessage = {
      id: crypto.randomUUID(),
      userId: identity.userId,
      name: identity.name,
      side: identity.side,
      text,
      clientId,
      createdAt: new Date(now).toISOString(),
      leaseId: identity.leaseId,
    };
    const seq = this.append({ type: "chat", payload: message }, `chat:${identity.userId}:${clientId}`);
    if (seq === null) return; // a retried send of a message the room already has
    this.broadcastFrame({ type: "chat", seq, message });
    // Unread counts live in D1 so dashboards need not wake every room; an application room has none.
    if (this.kind.kind === "apartment")
      await countChatMessage(this.db, this.kind.apartmentId, identity.userId, message.createdAt);
  }

  /** Logs an activity version unless already logged and fans it out; returns its sequence number, or null. */
  private logActivity(activity: Activity, without?: string[]): number | null {
    const seq = this.append({ type: "activity", payload: activity }, `activity:${activity.id}:${activity.updatedAt}`);
    if (seq !== null) this.broadcastFrame({ type: "activity", seq, activity }, without);
    return seq;
  }

  /** Appends an event unless its dedupe key is already logged; returns its sequence number, or null. */
  private append(event: LoggedEvent, dedupeKey: string): number | null {
    // Look first: an insert that hits the unique key still consumes an AUTOINCREMENT number, which would
    // leave gaps in the sequence. Synchronous SQL in one turn of the room cannot race with another append.
    if (this.sql`select 1 from events where dedupe_key = ${dedupeKey}`.length) return null;
    const rows = this.sql<{
      seq: number;
    }>`insert into events (type, dedupe_key, payload, created_at) values (${event.type}, ${dedupeKey}, ${JSON.stringify(event.payload)}, ${new Date().toISOString()}) returning seq`;
    return rows[0]?.seq ?? null;
  }

  private currentSeq(): number {
    return this.sql<{ seq: number | null }>`select max(seq) as seq from events`[0]?.seq ?? 0;
  }

  /**
   * Sends every logged event after `afterSeq` that the connection may see, in order, each parsed back
   * through the log's schema.
   */
  private replay(connection: Connection<Identity>, afterSeq: number) {
    const rows = this.sql<EventRow>`select seq, type, payload from events where seq > ${afterSeq} order by seq`;
    for (const row of rows) {
      const event = loggedEvent.safeParse({ type: row.type, payload: payloadOf(row.payload) });
      if (event.success) {
        const frame = frameOf(row.seq, event.data);
        if (mayReceive(connection.state, frame)) this.send(connection, frame);
      } else log.warn("skipped an unreadable room event", { room: this.name, seq: row.seq });
    }
  }

  /** Appends activity changes committed in D1 that the room has not logged yet (missed publishes). */
  private async catchUpFromD1(without?: string[]) {
    if (this.kind.kind !== "apartment") return;
    const since =
      this.sql<{ value: string }>`select value from meta where key = 'activities_synced_at'`[0]?.value ?? "";
    const changed = await activitiesChangedSince(this.db, this.kind.apartmentId, since, CATCH_UP_LIMIT);
    let latest = since;
    for (const activity of changed) {
      this.logActivity(activity, without);
      if (activity.updatedAt > latest) latest = activity.updatedAt;
    }
    if (latest !== since)
      void this
        .sql`insert into meta (key, value) values ('activities_synced_at', ${latest}) on conflict (key) do update set value = excluded.value`;
  }

  private sendError(connection: Connection, code: string, message: string) {
    this.send(connection, { type: "error", code, message });
  }

  private send(connection: Connection, frame: ServerFrame) {
    connection.send(JSON.stringify(frame));
  }

  /** Sends `frame` to every connection (but `without`) allowed to receive it (room-sight.ts `mayReceive`). */
  private broadcastFrame(frame: ServerFrame, without?: string[]) {
    const text = JSON.stringify(frame);
    for (const connection of this.getConnections<Identity>()) {
      if (without?.includes(connection.id) || !mayReceive(connection.state, frame)) continue;
      try {
        connection.send(text);
      } catch {
        // A socket closing under us: its close handler tidies up.
      }
    }
  }
}
