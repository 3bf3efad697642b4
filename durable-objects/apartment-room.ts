import { type Connection, type ConnectionContext, Server, type WSMessage } from "partyserver";
import { createDb, type Db } from "../worker/db/client";
import { countChatMessage } from "../worker/rooms/chat";
import { forgetConnection, recordConnection } from "../worker/rooms/connections";
import { documentLease, roomRightsOrRefusal, type RoomRights } from "../worker/rooms/rights";
import { activitiesChangedSince } from "../worker/rooms/service";
import {
  type Activity,
  activitySchema,
  assertNever,
  clientFrame,
  type DocumentEvent,
  documentEventSchema,
  identitySchema,
  type Identity,
  MAX_FRAME_BYTES,
  noticeFrame,
  roomKindOf,
  type RoomKind,
  type RoomNotice,
  type RoomRevocationReason,
  type ServerFrame,
  type Sight,
} from "./apartment-room.protocol";
import {
  ChatBurst,
  chatMessageOf,
  closeQuietly,
  frameProblem,
  type HeldIdentity,
  identityHeader,
  onlineOf,
} from "./room-frames";
import { append, chatPage, createLog, currentSeq, framesAfter, renameAuthorInLog, resetLog } from "./room-log";
import { type RoomSql, setSyncedAt, syncedAt } from "./room-log";
import { RoomAudience } from "./room-audience";
import { lastChangeAt, markChanged } from "./room-changes";
import { type FrameContext, isRevoked, mayPost, type Revocation } from "./room-sight";

/**
 * ApartmentRoom: one Durable Object per apartment (partyserver, hibernatable WebSockets), named by the
 * apartment id; an application's conversation runs on the same class under `application-<id>`. Guarantees:
 * - Only callers with a valid room ticket reach it: the Worker verifies the ticket and the access
 *   (worker/rooms/connect.ts) and hands the holder over in a header. A ticket carries no rights: the room
 *   reads them from D1 (worker/rooms/rights.ts) after it has registered the socket, and again before every
 *   post, resume and `viewing`, and keeps them in the connection state (it survives hibernation).
 * - No socket outlives a revocation. Each open socket is recorded in D1 (rooms/connections.ts) before its
 *   rights are read; a revocation writes D1 first and then reads that registry (rooms/revoke.ts), and D1
 *   orders the two: either the room's read sees the revocation (the socket is closed at once), or the
 *   registration came first and the revocation finds the socket and closes it (`disconnect`).
 * - Each viewer gets every frame as their sight allows (./room-sight.ts `FRAME_RULES`): broadcasts, replays, pages, typing.
 * - Events (activity, chat) get strictly increasing sequence numbers in the room's log (./room-log.ts),
 *   deduplicated; `resume` replays after a number. D1 is the system of record for activities: the API
 *   publishes each change over RPC and the room catches up from D1 on connect and resume. Chat counts go to
 *   D1 (rooms/chat.ts). Bad frames get an error frame; the socket stays open. Chat is limited per user.
 * Assumes: the room's kind comes from its name (parsed once, in `onStart`).
 */
const HISTORY_PAGE = 50;
const CATCH_UP_LIMIT = 500;

/** The frames the room broadcasts (an error only ever answers one connection). */
type Broadcast = Exclude<ServerFrame, { type: "error" | "hello" }>;
/** An identity as a connection holds it (read-only). */
type Held = HeldIdentity;

export class ApartmentRoom extends Server<Env> {
  static override options = { hibernate: true };

  /** Which room this is (set in `onStart`). */
  private kind!: RoomKind;
  private db!: Db;

  /** The chat rate limit (memory only: a wake-up simply forgives). */
  private chatBurst = new ChatBurst();

  /** Who is here and the send path (./room-audience.ts): per event, not per socket. */
  private readonly audience = new RoomAudience(() => this.getConnections<Identity>());

  override onStart() {
    this.kind = roomKindOf(this.name);
    this.db = createDb(this.env.DB);
    createLog(this.log);
  }

  /** The room's SQLite, for the event log (./room-log.ts). */
  private readonly log: RoomSql = this.sql.bind(this);

  /** Appends a committed activity change (idempotent per activity version) and fans it out. */
  publishActivity(activity: Activity): number | null {
    return this.logActivity(activitySchema.parse(activity));
  }

  /**
   * A document changed. Not logged: documents live in D1 and clients reload them on this event and on every
   * (re)connect. Filed under the document's lease (from D1): its renters and staff receive it.
   */
  async publishDocument(event: DocumentEvent): Promise<void> {
    const parsed = documentEventSchema.parse(event);
    const leaseId =
      this.kind.kind === "apartment" ? await documentLease(this.db, this.kind.apartmentId, parsed.documentId) : null;
    this.broadcastFrame({ type: "document", event: { ...parsed, leaseId: leaseId ?? null } });
  }

  /** A lease's ledger or a maintenance request changed; like documents, not logged (clients reload on connect). */
  publishNotice(notice: Extract<ServerFrame, { type: "ledger" | "maintenance" }>): void {
    this.broadcastFrame(noticeFrame.parse(notice));
  }

  /**
   * Chat history, newest first, before a sequence number (scroll-back), as `sees` may see it (null: the
   * landlord side, everything; worker/rooms/sight.ts computes a renter's).
   */
  chatHistory(beforeSeq: number | null, limit = HISTORY_PAGE, sees: Sight | null = null) {
    return { messages: chatPage(this.log, beforeSeq, Math.min(limit, 200), sees), seq: currentSeq(this.log) };
  }

  /** An erased account's messages and entries show `name` from now on (room-log.ts `renameAuthorInLog`). */
  renameAuthor(userId: string, name: string): void {
    renameAuthorInLog(this.log, userId, name);
  }

  /** Its data was purged in D1: closes every socket, deletes all it stored, starts an empty log. Idempotent. */
  async forget(): Promise<void> {
    for (const connection of this.getConnections<Identity>()) connection.close(1000, "forgotten");
    this.audience.changed();
    await resetLog(this.ctx.storage, this.log);
  }

  /**
   * Closes the sockets `revocation` names (a user, some sessions, renters, or everyone) at once, after an
   * `error` frame `access_revoked` with the `reason` code; answers how many. Their clients get a fresh ticket,
   * which the API refuses if the access is gone (worker/rooms/revoke.ts calls this).
   */
  disconnect(revocation: Revocation, reason: RoomRevocationReason): number {
    let closed = 0;
    for (const connection of this.getConnections<Identity>()) {
      if (!isRevoked(connection.state, revocation)) continue;
      this.revokeConnection(connection, reason, `revoked: ${reason}`);
      closed++;
    }
    return closed;
  }

  override async onConnect(connection: Connection<Identity>, ctx: ConnectionContext) {
    const identity = identitySchema.safeParse(identityHeader(ctx.request));
    if (!identity.success) {
      connection.close(4001, "no identity");
      return;
    }
    this.audience.setIdentity(connection, identity.data);
    // Registered first, rights read second: a revocation after this read finds the socket in the registry.
    await recordConnection(this.db, this.name, connection.id, identity.data);
    if (!(await this.refreshRights(connection, identity.data))) return;
    // Not to the newcomer: what the catch-up adds is covered by hello's seq and the client's resume.
    await this.catchUpFromD1([connection.id]);
    const online = onlineOf(this.audience.identities());
    const changedAt = lastChangeAt(this.ctx.storage);
    this.send(connection, { type: "hello", seq: currentSeq(this.log), online, changedAt });
    this.broadcastFrame({ type: "presence", online }, [connection.id]);
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
      case "chat": {
        const now = await this.refreshRights(connection, identity);
        if (now) await this.postChat(connection, now, frame.text, frame.clientId);
        return;
      }
      case "typing":
        return this.broadcastFrame({ type: "typing", userId: identity.userId }, [connection.id]);
      case "viewing":
        return this.view(connection, identity, frame.documentId);
      case "resume":
        if (!(await this.refreshRights(connection, identity))) return;
        // The replay below sends what the catch-up adds to this client; the others get it live.
        await this.catchUpFromD1([connection.id]);
        return this.replay(connection, frame.afterSeq);
      default:
        return assertNever(frame);
    }
  }

  override async onClose(connection: Connection<Identity>) {
    this.audience.changed();
    this.broadcastFrame({ type: "presence", online: onlineOf(this.audience.identities()) });
    await forgetConnection(this.db, this.name, connection.id);
  }

  /**
   * Reads the connection's rights from D1 again and keeps them (what it had open stays); closes the
   * connection when none are left. Answers the fresh identity, or null (closed).
   */
  private async refreshRights(connection: Connection<Identity>, held: Held): Promise<Identity | null> {
    const answer = await roomRightsOrRefusal(this.db, this.name, { userId: held.userId, sid: held.sid });
    if (!answer.ok) {
      this.revokeConnection(connection, answer.reason, answer.detail);
      return null;
    }
    const fresh: RoomRights = answer.rights;
    const identity: Identity = { ...fresh, viewing: held.viewing ?? null, viewingLease: held.viewingLease ?? null };
    this.audience.setIdentity(connection, identity);
    return identity;
  }

  /** Sends `access_revoked` with the reason's code (and an English `detail` for logs) and closes the socket (4003). */
  private revokeConnection(connection: Connection<Identity>, reason: RoomRevocationReason, detail: string) {
    this.send(connection, { type: "error", code: "access_revoked", reason, detail });
    closeQuietly(connection, 4003, "access revoked");
    this.audience.changed();
  }

  /** Records the document the connection has open (one of this apartment's, read from D1) and tells the room. */
  private async view(connection: Connection<Identity>, identity: Held, documentId: string | null) {
    const leaseId =
      documentId && this.kind.kind === "apartment"
        ? await documentLease(this.db, this.kind.apartmentId, documentId)
        : undefined;
    const known = leaseId !== undefined;
    this.audience.setIdentity(
      connection,
      identitySchema.parse({ ...identity, viewing: known ? documentId : null, viewingLease: known ? leaseId : null }),
    );
    this.broadcastFrame({ type: "presence", online: onlineOf(this.audience.identities()) });
  }

  private async postChat(connection: Connection<Identity>, identity: Identity, text: string, clientId: string) {
    const now = Date.now();
    if (!mayPost(identity, now))
      return this.sendError(connection, "read_only", "Posting is closed here: the history stays readable");
    if (!this.chatBurst.allow(identity.userId, now))
      return this.sendError(connection, "rate_limited", "Slow down: too many messages");
    const message = chatMessageOf(identity, text, clientId, now);
    const seq = append(this.log, { type: "chat", payload: message }, `chat:${identity.userId}:${clientId}`);
    if (seq === null) return; // a retried send of a message the room already has
    this.broadcastFrame({ type: "chat", seq, message });
    // Unread counts live in D1 so dashboards need not wake every room; an application room has none.
    if (this.kind.kind === "apartment")
      await countChatMessage(this.db, this.kind.apartmentId, identity.userId, message.createdAt);
  }

  /** Logs an activity version unless already logged and fans it out; returns its sequence number, or null. */
  private logActivity(activity: Activity, without?: string[]): number | null {
    const seq = append(
      this.log,
      { type: "activity", payload: activity },
      `activity:${activity.id}:${activity.updatedAt}`,
    );
    if (seq !== null) this.broadcastFrame({ type: "activity", seq, activity }, without);
    return seq;
  }

  /** Sends every logged event after `afterSeq` that the connection may see, in order. */
  private replay(connection: Connection<Identity>, afterSeq: number) {
    const ctx = this.audience.context();
    for (const frame of framesAfter(this.log, this.name, afterSeq)) this.send(connection, frame, ctx);
  }

  /** Appends activity changes committed in D1 that the room has not logged yet (missed publishes). */
  private async catchUpFromD1(without?: string[]) {
    if (this.kind.kind !== "apartment") return;
    const since = syncedAt(this.log);
    const changed = await activitiesChangedSince(this.db, this.kind.apartmentId, since, CATCH_UP_LIMIT);
    let latest = since;
    for (const activity of changed) {
      this.logActivity(activity, without);
      if (activity.updatedAt > latest) latest = activity.updatedAt;
    }
    if (latest !== since) setSyncedAt(this.log, latest);
  }

  /** An `error` frame: the code the UI words in the reader's language, and an English `detail` for logs. */
  private sendError = (connection: Connection<Identity>, code: RoomNotice, detail: string) =>
    this.send(connection, { type: "error", code, detail });

  /** Sends `frame` to one connection as its rule allows (room-sight.ts `FRAME_RULES`), if at all. */
  private send(connection: Connection<Identity>, frame: ServerFrame, ctx?: FrameContext) {
    this.audience.send(connection, frame, ctx);
  }

  /** Sends `frame` to every connection (but `without`) as each may see it; a change is recorded for `hello`. */
  private broadcastFrame(frame: Broadcast, without?: string[]) {
    if (frame.type !== "presence" && frame.type !== "typing") markChanged(this.ctx.storage);
    this.audience.broadcast(frame, without);
  }
}
