import { type Connection, Server } from "partyserver";
import type { OrgChange, OrgFrame } from "./org-room.protocol";

/**
 * OrgRoom: one Durable Object per org (partyserver, hibernatable WebSockets), named `org-<orgId>`, the live
 * channel of the dashboard (docs/decisions/0006-org-room.md). Guarantees:
 * - Only the org's owners and managers reach it: the Worker checks the room ticket, the session and the
 *   membership in D1 before the socket is handed over (worker/dashboard/live.ts `orgRoomGate`).
 * - Every `changed` call is broadcast to every open socket as `{ type: "changed", what }`. Frames carry no
 *   data, so a socket that outlives its holder's access learns only that something changed; the figures
 *   come from the API, which checks access on every read.
 * Assumes: publishers call `changed` after their write committed (best effort: a missed frame costs a stale
 * figure until the next frame or reload). Clients send nothing; anything they send is ignored.
 */
export class OrgRoom extends Server<Env> {
  static override options = { hibernate: true };

  /** Tells every open dashboard of the org that `what` changed. */
  changed(what: OrgChange): void {
    const frame: OrgFrame = { type: "changed", what };
    this.broadcast(JSON.stringify(frame));
  }

  /** The dashboard is read-only: what a client sends is ignored (the socket stays open). */
  override onMessage(_connection: Connection): void {}
}
