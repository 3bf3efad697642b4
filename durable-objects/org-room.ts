import { type Connection, type ConnectionContext, Server } from "partyserver";
import { createDb, type Db } from "../worker/db/client";
import type { RoomRevocationReason } from "../worker/domain";
import { AppError } from "../worker/lib/errors";
import { forgetConnection, recordConnection } from "../worker/rooms/connections";
import { assertOrgRoomAccess, orgRoomIdentity, type OrgRoomIdentity } from "../worker/rooms/org-access";
import type { OrgChange, OrgFrame, OrgHello } from "./org-room.protocol";
import { lastChangeAt, markChanged } from "./room-changes";
import { closeQuietly, identityHeader } from "./room-frames";
import { isRevoked, type Revocation } from "./room-sight";

/**
 * OrgRoom: one Durable Object per org (partyserver, hibernatable WebSockets), named `org-<orgId>`, the live
 * channel of the dashboard (docs/decisions/0006-org-room.md). Guarantees:
 * - Only the org's owners and managers reach it: the Worker checks the room ticket, the session and the
 *   membership in D1 before the socket is handed over (worker/dashboard/live.ts `orgRoomGate`).
 * - No socket outlives a revocation (a member removed or their role changed, a session ended, a ban, the org
 *   disabled), like the apartment room: each socket is recorded in D1 (rooms/connections.ts) before its
 *   access is read again; a revocation writes D1 first and then reads that registry (rooms/revoke.ts), so
 *   either the room's read sees it (closed at once) or the revocation finds the socket (`disconnect`).
 * - Every `changed` call is broadcast to every open socket as `{ type: "changed", what }`. Frames carry no
 *   data: the figures come from the API, which checks access on every read. A connection admitted first gets
 *   `{ type: "hello", changedAt }`: when the last `changed` was (./room-changes.ts), so a page whose data was
 *   read before it reloads (the frame itself went out before the socket was there).
 * Assumes: publishers call `changed` after their write committed (best effort: a missed frame costs a stale
 * figure until the next frame or reload). Clients send nothing; anything they send is ignored.
 */
export class OrgRoom extends Server<Env> {
  static override options = { hibernate: true };

  private db!: Db;

  override onStart() {
    this.db = createDb(this.env.DB);
  }

  /** Tells every open dashboard of the org that `what` changed. */
  changed(what: OrgChange): void {
    markChanged(this.ctx.storage);
    const frame: OrgFrame = { type: "changed", what };
    this.broadcast(JSON.stringify(frame));
  }

  /**
   * Closes the sockets `revocation` names (4003, the reason code as the close reason) at once; answers how
   * many. Their clients ask for a fresh ticket, which the API refuses if the access is gone. Dashboard
   * sockets are the landlord side's: a revocation of renters only (`side: "renter"`) closes none.
   */
  disconnect(revocation: Revocation, reason: RoomRevocationReason): number {
    let closed = 0;
    for (const connection of this.getConnections<OrgRoomIdentity>()) {
      if (!isRevoked(viewerOf(connection.state), revocation)) continue;
      closeQuietly(connection, 4003, reason);
      closed++;
    }
    return closed;
  }

  override async onConnect(connection: Connection<OrgRoomIdentity>, ctx: ConnectionContext) {
    const holder = orgRoomIdentity.safeParse(identityHeader(ctx.request));
    if (!holder.success || `org-${holder.data.orgId}` !== this.name) {
      connection.close(4001, "no identity");
      return;
    }
    connection.setState(holder.data);
    // Registered first, access read second: a revocation after this read finds the socket in the registry.
    await recordConnection(this.db, this.name, connection.id, holder.data);
    try {
      await assertOrgRoomAccess(this.db, holder.data);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      closeQuietly(connection, 4003, "access revoked");
      return;
    }
    const hello: OrgHello = { type: "hello", changedAt: lastChangeAt(this.ctx.storage) };
    connection.send(JSON.stringify(hello));
  }

  /** The dashboard is read-only: what a client sends is ignored (the socket stays open). */
  override onMessage(_connection: Connection): void {}

  override async onClose(connection: Connection<OrgRoomIdentity>) {
    await forgetConnection(this.db, this.name, connection.id);
  }
}

/** A dashboard socket's holder as the revocation filter reads it: always the landlord side. */
function viewerOf(state: OrgRoomIdentity | null | undefined) {
  if (!state) return null;
  return {
    userId: state.userId,
    sid: state.sid,
    side: "landlord" as const,
    canPost: false,
    postUntil: null,
    sees: null,
    // The org room is for owners and managers (`ledger.write`), who see lease-private data.
    leasePrivate: true,
  };
}
