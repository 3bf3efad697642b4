import type { Connection } from "partyserver";
import type { Identity, ServerFrame } from "./apartment-room.protocol";
import { frameContextOf, type HeldIdentity, sendQuietly } from "./room-frames";
import { type FrameContext, frameFor, sharedViewKey } from "./room-sight";

/** A connection of the room with the identity it holds and its view key (room-sight.ts `sharedViewKey`). */
type Member = { connection: Connection<Identity>; identity: HeldIdentity; viewKey: string | null };

/**
 * Who is in an apartment room, and the room's send path (durable-objects/apartment-room.ts). The connections
 * and their identities are read from partyserver once and kept until one joins or its identity changes
 * (`setIdentity`, `changed`); memory only, so a wake-up from hibernation reads them afresh. That spares every
 * send partyserver's `getConnections()`, which lists the sockets and deserialises each one's attachment on
 * every call. A broadcast does the work the whole room shares once per event, not once per socket: the frame
 * context, the frame's text when a rule passes it unchanged, and the frame as a group of alike viewers sees it
 * (the landlord side, by `sharedViewKey`); no storage and no await per socket.
 */
export class RoomAudience {
  private members: Member[] | null = null;

  /** `connections` lists the room's open connections (partyserver `Server.getConnections`). */
  constructor(private readonly connections: () => Iterable<Connection<Identity>>) {}

  /**
   * Keeps `identity` on the connection (it survives hibernation) and in the kept members: a member's own entry
   * is updated in place (a post refreshes its rights; that must not make the next broadcast read every
   * socket's attachment again); a connection not kept yet (it is joining) makes them be read afresh.
   */
  setIdentity(connection: Connection<Identity>, identity: Identity) {
    const held = connection.setState(identity);
    const member = this.members?.find((m) => m.connection.id === connection.id);
    if (member && held) {
      member.identity = held;
      member.viewKey = sharedViewKey(held);
    } else this.changed();
  }

  /** A connection joined, left, or was closed by the room: the members are read afresh at the next send. */
  changed() {
    this.members = null;
  }

  /**
   * The members whose socket is open now (a closed one is skipped before its close handler runs, as
   * partyserver's `getConnections()` skips it).
   */
  private open(): Member[] {
    this.members ??= [...this.connections()].flatMap((connection) => {
      const identity = connection.state;
      return identity ? [{ connection, identity, viewKey: sharedViewKey(identity) }] : [];
    });
    return this.members.filter((m) => m.connection.readyState === WebSocket.OPEN);
  }

  /** The identities on the room's open connections. */
  identities(): HeldIdentity[] {
    return this.open().map((m) => m.identity);
  }

  /** What the frame rules read besides the frame, now (room-frames.ts `frameContextOf`). */
  context(): FrameContext {
    return frameContextOf(this.identities());
  }

  /** Sends `frame` to one connection as its rule allows (room-sight.ts `FRAME_RULES`), if at all. */
  send(connection: Connection<Identity>, frame: ServerFrame, ctx: FrameContext = this.context()) {
    const shown = frameFor(connection.state, frame, ctx);
    if (shown) sendQuietly(connection, JSON.stringify(shown));
  }

  /** Sends `frame` to every open connection but `without` (connection ids), each as its rule allows. */
  broadcast(frame: ServerFrame, without?: string[]) {
    const members = this.open();
    const ctx = frameContextOf(members.map((m) => m.identity));
    let whole: string | undefined;
    const byKey = new Map<string, string | null>();
    const textFor = (m: Member): string | null => {
      const shown = frameFor(m.identity, frame, ctx);
      if (!shown) return null;
      return shown === frame ? (whole ??= JSON.stringify(frame)) : JSON.stringify(shown);
    };
    for (const m of members) {
      if (without?.includes(m.connection.id)) continue;
      let text: string | null;
      if (m.viewKey === null) text = textFor(m);
      else if (byKey.has(m.viewKey)) text = byKey.get(m.viewKey) ?? null;
      else byKey.set(m.viewKey, (text = textFor(m)));
      if (text !== null) sendQuietly(m.connection, text);
    }
  }
}
