import { type Connection, type ConnectionContext, Server, type WSMessage } from "partyserver";
import {
  type Activity,
  activitySchema,
  assertNever,
  type ChatMessage,
  clientFrame,
  type DocumentEvent,
  documentEventSchema,
  identitySchema,
  type Identity,
  MAX_FRAME_BYTES,
  type ServerFrame,
} from "./apartment-room.protocol";

/**
 * ApartmentRoom: one Durable Object per apartment (partyserver, hibernatable WebSockets), named by the
 * apartment id. Guarantees:
 * - Only callers with a valid room ticket reach it: the Worker verifies the ticket before routing and hands
 *   the identity over in a header; it is kept in the connection state, so it survives hibernation.
 * - Every event (activity, chat) gets a strictly increasing sequence number in the room's SQLite log;
 *   `resume` replays everything after a number, so a reconnecting client misses nothing and sees no
 *   duplicate. Activities are deduplicated by id and version, chat messages by sender and client id.
 * - D1 is the system of record for activities: the API publishes each committed change over RPC, and the
 *   room also catches up from D1 whenever a client connects or resumes, so a failed publish is not lost.
 * - Bad frames get an error frame; the socket stays open. Chat is limited per user.
 */
const CHAT_BURST = 20;
const CHAT_WINDOW_MS = 10_000;
const HISTORY_PAGE = 50;

type EventRow = { seq: number; type: string; payload: string };

export class ApartmentRoom extends Server<Env> {
  static override options = { hibernate: true };

  /**
   * The same room serves an application's conversation (named `application-<id>`, see
   * worker/applications/access.ts): chat only, no apartment in D1 to count unread messages against or
   * to catch activities up from.
   */
  private get isApplicationRoom() {
    return this.name.startsWith("application-");
  }

  /** Chat timestamps per user for the rate limit (memory only: a wake-up simply forgives). */
  private recentChats = new Map<string, number[]>();

  override onStart() {
    void this
      .sql`create table if not exists events (seq integer primary key autoincrement, type text not null, dedupe_key text not null unique, payload text not null, created_at text not null)`;
    void this.sql`create table if not exists meta (key text primary key, value text not null)`;
  }

  // ------------------------------------------------------------ RPC from the API

  /** Appends a committed activity change (idempotent per activity version) and fans it out. */
  async publishActivity(activity: Activity): Promise<number | null> {
    const seq = this.append(
      "activity",
      `activity:${activity.id}:${activity.updatedAt}`,
      activitySchema.parse(activity),
    );
    if (seq !== null) this.broadcastFrame({ type: "activity", seq, activity });
    return seq;
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

  /** Chat history, newest first, before a sequence number (scroll-back). */
  chatHistory(
    beforeSeq: number | null,
    limit = HISTORY_PAGE,
  ): { messages: (ChatMessage & { seq: number })[]; seq: number } {
    const before = beforeSeq ?? Number.MAX_SAFE_INTEGER;
    const rows = this
      .sql<EventRow>`select seq, type, payload from events where type = 'chat' and seq < ${before} order by seq desc limit ${Math.min(limit, 200)}`;
    return {
      messages: rows.map((r) => ({ ...(JSON.parse(r.payload) as ChatMessage), seq: r.seq })),
      seq: this.currentSeq(),
    };
  }

  // ------------------------------------------------------------ sockets

  override async onConnect(connection: Connection<Identity>, ctx: ConnectionContext) {
    const identity = identitySchema.safeParse(
      JSON.parse(decodeURIComponent(ctx.request.headers.get("x-rentline-identity") ?? "null")),
    );
    if (!identity.success) {
      connection.close(4001, "no identity");
      return;
    }
    connection.setState(identity.data);
    // Not to the newcomer: what the catch-up adds is covered by hello's seq and the client's resume.
    await this.catchUpFromD1([connection.id]);
    this.send(connection, { type: "hello", seq: this.currentSeq(), online: this.online() });
    this.broadcastFrame({ type: "presence", online: this.online() }, [connection.id]);
  }

  override async onMessage(connection: Connection<Identity>, message: WSMessage) {
    const identity = connection.state;
    if (!identity) return connection.close(4001, "no identity");
    if (typeof message !== "string" || message.length > MAX_FRAME_BYTES) {
      return this.send(connection, {
        type: "error",
        code: "frame_too_large",
        message: `Frames are text of at most ${MAX_FRAME_BYTES} bytes`,
      });
    }
    let json: unknown;
    try {
      json = JSON.parse(message);
    } catch {
      return this.send(connection, { type: "error", code: "invalid_frame", message: "Frames are JSON objects" });
    }
    const parsed = clientFrame.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return this.send(connection, {
        type: "error",
        code: "invalid_frame",
        message: issue ? `${issue.path.join(".") || "frame"}: ${issue.message}` : "Invalid frame",
      });
    }
    const frame = parsed.data;
    switch (frame.type) {
      case "chat":
        return this.postChat(connection, identity, frame.text, frame.clientId);
      case "typing":
        return this.broadcastFrame({ type: "typing", userId: identity.userId }, [connection.id]);
      case "viewing":
        connection.setState({ ...identity, viewing: frame.documentId });
        return this.broadcastFrame({ type: "presence", online: this.online() });
      case "resume":
        // The replay below sends what the catch-up adds to this client; the others get it live.
        await this.catchUpFromD1([connection.id]);
        return this.replay(connection, frame.afterSeq);
      default:
        return assertNever(frame);
    }
  }

  override onClose() {
    this.broadcastFrame({ type: "presence", online: this.online() });
  }

  // ------------------------------------------------------------ internals

  private async postChat(connection: Connection<Identity>, identity: Identity, text: string, clientId: string) {
    if (!identity.canPost)
      return this.send(connection, {
        type: "error",
        code: "read_only",
        message: "This lease has ended: the history stays readable, posting is closed",
      });
    const now = Date.now();
    const recent = (this.recentChats.get(identity.userId) ?? []).filter((t) => now - t < CHAT_WINDOW_MS);
    if (recent.length >= CHAT_BURST)
      return this.send(connection, { type: "error", code: "rate_limited", message: "Slow down: too many messages" });
    recent.push(now);
    this.recentChats.set(identity.userId, recent);
    const message: ChatMessage = {
      id: crypto.randomUUID(),
      userId: identity.userId,
      name: identity.name,
      side: identity.side,
      text,
      clientId,
      createdAt: new Date(now).toISOString(),
    };
    const seq = this.append("chat", `chat:${identity.userId}:${clientId}`, message);
    if (seq === null) return; // a retried send of a message the room already has
    this.broadcastFrame({ type: "chat", seq, message });
    await this.countChatInD1(message.createdAt, identity.userId);
  }

  /**
   * Unread counts live in D1 so dashboards need not wake every room. The sender's own message counts as
   * read for them (one batch: both counters move together).
   */
  private async countChatInD1(at: string, senderId: string) {
    if (this.isApplicationRoom) return;
    await this.env.DB.batch([
      this.env.DB.prepare(
        `insert into room_chat_counts (apartment_id, org_id, messages, last_message_at)
         select id, org_id, 1, ?2 from apartments where id = ?1
         on conflict (apartment_id) do update set messages = messages + 1, last_message_at = ?2`,
      ).bind(this.name, at),
      this.env.DB.prepare(
        `insert into room_reads (apartment_id, user_id, read_messages, digested_messages, updated_at)
         select id, ?2, 1, 0, ?3 from apartments where id = ?1
         on conflict (apartment_id, user_id) do update set read_messages = read_messages + 1, updated_at = ?3`,
      ).bind(this.name, senderId, at),
    ]);
  }

  /** Appends an event unless its dedupe key is already logged; returns its sequence number, or null. */
  private append(type: "activity" | "chat", dedupeKey: string, payload: unknown): number | null {
    // Look first: an insert that hits the unique key still consumes an AUTOINCREMENT number, which would
    // leave gaps in the sequence. Synchronous SQL in one turn of the room cannot race with another append.
    if (this.sql`select 1 from events where dedupe_key = ${dedupeKey}`.length) return null;
    const rows = this.sql<{
      seq: number;
    }>`insert into events (type, dedupe_key, payload, created_at) values (${type}, ${dedupeKey}, ${JSON.stringify(payload)}, ${new Date().toISOString()}) returning seq`;
    return rows[0]?.seq ?? null;
  }

  private currentSeq(): number {
    return this.sql<{ seq: number | null }>`select max(seq) as seq from events`[0]?.seq ?? 0;
  }

  private replay(connection: Connection, afterSeq: number) {
    const rows = this.sql<EventRow>`select seq, type, payload from events where seq > ${afterSeq} order by seq`;
    for (const row of rows) {
      const payload = JSON.parse(row.payload);
      this.send(
        connection,
        row.type === "chat"
          ? { type: "chat", seq: row.seq, message: payload }
          : { type: "activity", seq: row.seq, activity: payload },
      );
    }
  }

  /** Appends activity changes committed in D1 that the room has not logged yet (missed publishes). */
  private async catchUpFromD1(without?: string[]) {
    if (this.isApplicationRoom) return;
    const since =
      this.sql<{ value: string }>`select value from meta where key = 'activities_synced_at'`[0]?.value ?? "";
    const { results } = await this.env.DB.prepare(
      `select id, apartment_id as apartmentId, kind, description, amount, currency, period, author_user_id as authorUserId, author_name as authorName,
              author_side as authorSide, status, confirm_by_side as confirmBySide, confirmed_at as confirmedAt, confirmed_by as confirmedBy,
              confirmed_by_name as confirmedByName, rejected_reason as rejectedReason, created_at as createdAt, updated_at as updatedAt
       from activities where apartment_id = ? and updated_at >= ? order by updated_at limit 500`,
    )
      .bind(this.name, since)
      .all();
    let latest = since;
    for (const row of results) {
      const activity = activitySchema.parse(row);
      const seq = this.append("activity", `activity:${activity.id}:${activity.updatedAt}`, activity);
      if (seq !== null) this.broadcastFrame({ type: "activity", seq, activity }, without);
      if (activity.updatedAt > latest) latest = activity.updatedAt;
    }
    if (latest !== since)
      void this
        .sql`insert into meta (key, value) values ('activities_synced_at', ${latest}) on conflict (key) do update set value = excluded.value`;
  }

  private online() {
    const seen = new Map<string, { userId: string; name: string; side: Identity["side"]; viewing: string[] }>();
    for (const connection of this.getConnections<Identity>()) {
      const state = connection.state;
      if (!state) continue;
      const entry = seen.get(state.userId) ?? { userId: state.userId, name: state.name, side: state.side, viewing: [] };
      if (state.viewing && !entry.viewing.includes(state.viewing)) entry.viewing.push(state.viewing);
      seen.set(state.userId, entry);
    }
    return [...seen.values()];
  }

  private send(connection: Connection, frame: ServerFrame) {
    connection.send(JSON.stringify(frame));
  }

  private broadcastFrame(frame: ServerFrame, without?: string[]) {
    this.broadcast(JSON.stringify(frame), without);
  }
}
