import type { Identity, ServerFrame, Tenure } from "./apartment-room.protocol";

/**
 * Visibility in time (issue 11 §2): an apartment's history has owners. A renter sees their own leases'
 * entries, and what happened in the apartment while one of their leases ran (the landlord's messages and
 * apartment-wide notices; other renters' chat of that time only in a shared flat); never the next tenant's
 * messages, nor another lease's money. The landlord side sees everything. The room applies this to every
 * broadcast, replay and history page; the REST feed applies the same rule in SQL (worker/rooms/sight.ts).
 */

/** What an entry of the room's log says about its owner: its lease (if any) and when it was made (ISO). */
export type Owned = { kind: "chat" | "activity"; leaseId?: string | null; createdAt: string };

/** A sight (protocol `Sight`) as the room holds it: connection state is read-only. */
type SightView = { readonly leases: readonly Readonly<Tenure>[]; readonly sharedChat: boolean };

/** The parts of a connection's identity the rules read. */
type Viewer = Readonly<Pick<Identity, "userId" | "sid" | "side" | "canPost" | "postUntil">> & {
  readonly sees: SightView | null;
};

/** Whether an ISO instant falls within one of the tenures (`from` inclusive, `until` exclusive). */
function during(sees: SightView, at: string): boolean {
  return sees.leases.some((l) => at >= l.from && (l.until === null || at < l.until));
}

/** Whether a viewer with sight `sees` (null: everything) may see `entry`. */
export function maySee(sees: SightView | null, entry: Owned): boolean {
  if (!sees) return true;
  if (entry.leaseId && sees.leases.some((l) => l.leaseId === entry.leaseId)) return true;
  if (!during(sees, entry.createdAt)) return false;
  if (!entry.leaseId) return true;
  return entry.kind === "chat" && sees.sharedChat;
}

/** Whether the connection of `identity` may receive `frame` (frames without an owner go to everyone). */
export function mayReceive(identity: Viewer | null | undefined, frame: ServerFrame): boolean {
  if (!identity) return false;
  switch (frame.type) {
    case "chat":
      return maySee(identity.sees, {
        kind: "chat",
        leaseId: frame.message.leaseId,
        createdAt: frame.message.createdAt,
      });
    case "activity": {
      const { leaseId, createdAt } = frame.activity;
      return maySee(identity.sees, { kind: "activity", leaseId, createdAt });
    }
    case "ledger":
      return !identity.sees || identity.sees.leases.some((l) => l.leaseId === frame.leaseId);
    default:
      return true;
  }
}

/** Whether posting is open for `identity` at `now` (ms): the ticket allowed it and the lease has not ended. */
export function mayPost(identity: Viewer, now: number): boolean {
  return identity.canPost && (identity.postUntil === null || new Date(now).toISOString() < identity.postUntil);
}

/** Which connections a revocation closes: a user (optionally some of their sessions, or all but one), or everyone. */
export type Revocation = {
  userIds?: string[];
  sessionIds?: string[];
  exceptSessionId?: string;
  /** Only renters (a shared-flat switch changes what renters see). */
  side?: Identity["side"];
};

/** Whether the connection of `identity` is one `revocation` closes. */
export function isRevoked(identity: Viewer | null | undefined, revocation: Revocation): boolean {
  if (!identity) return true;
  if (revocation.userIds && !revocation.userIds.includes(identity.userId)) return false;
  if (revocation.sessionIds && !revocation.sessionIds.includes(identity.sid)) return false;
  if (revocation.exceptSessionId && identity.sid === revocation.exceptSessionId) return false;
  if (revocation.side && identity.side !== revocation.side) return false;
  return true;
}
