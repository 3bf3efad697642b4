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
type Viewer = Readonly<Pick<Identity, "userId" | "sid" | "side" | "canPost" | "postUntil" | "leasePrivate">> & {
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

/** Whether the connection reads the room's chat: a renter (within their sight), or staff who see leases' private side. */
const readsChat = (viewer: Viewer) => viewer.side === "renter" || viewer.leasePrivate;

/** A frame of one type. */
type FrameOf<T extends ServerFrame["type"]> = Extract<ServerFrame, { type: T }>;

/** What the rules know of the holder of another connection (the subject of a presence or typing frame). */
export type Subject = Readonly<Pick<Identity, "userId" | "side">> & { readonly sees: SightView | null };

/**
 * What a frame's rule reads besides the frame: the time (ISO instant), the holders of the room's connections
 * by user id, and the lease of each document someone has open (null: not a lease's document).
 */
export type FrameContext = {
  now: string;
  subjects: ReadonlyMap<string, Subject>;
  documentLeases: ReadonlyMap<string, string | null>;
};

/** The frame as `viewer` may receive it (a presence list narrowed to whom they may notice), or null: not at all. */
type Rule<T extends ServerFrame["type"]> = (viewer: Viewer, frame: FrameOf<T>, ctx: FrameContext) => FrameOf<T> | null;

/** The leases of `sees` running at `now` (a tenure whose window holds it). */
const currentLeases = (sees: SightView, now: string) =>
  sees.leases.filter((l) => now >= l.from && (l.until === null || now < l.until)).map((l) => l.leaseId);

/** Whether the viewer's sight covers the lease: the landlord side, or their own tenure (never another's). */
const coversLease = (viewer: Viewer, leaseId: string | null | undefined) =>
  !viewer.sees || (!!leaseId && viewer.sees.leases.some((l) => l.leaseId === leaseId));

/**
 * Whether the viewer may see the lease's private side (documents, money): their own tenure's, never
 * another's; on the landlord side only with `leasePrivate` (never a maintenance member).
 */
const holdsLease = (viewer: Viewer, leaseId: string | null | undefined) =>
  viewer.leasePrivate && coversLease(viewer, leaseId);

/**
 * An activity a viewer without the lease's private side may see: a plain note or a maintenance step, never
 * money.
 */
const isPlainNote = (a: FrameOf<"activity">["activity"]) =>
  (a.kind === "note" || a.kind === "maintenance") && a.amount === null;

/**
 * A maintenance step of a request filed under no lease (staff found it in an empty flat): the landlord side's
 * alone, like the request (renters reach only their own lease's requests).
 */
const isStaffOnly = (viewer: Viewer, a: FrameOf<"activity">["activity"]) =>
  viewer.sees !== null && a.kind === "maintenance" && !a.leaseId;

/**
 * Whether the viewer may notice that `userId` is here now (presence, typing): staff notice everyone; a
 * renter notices themselves and, while one of their leases runs, the landlord's people, their co-renters
 * and (a shared flat) the renters of the other current leases. A former tenant notices nobody; nobody
 * notices a former tenant reading their history.
 */
function mayNotice(viewer: Viewer, userId: string, ctx: FrameContext): boolean {
  if (!viewer.sees || userId === viewer.userId) return true;
  const mine = currentLeases(viewer.sees, ctx.now);
  const subject = ctx.subjects.get(userId);
  if (mine.length === 0 || !subject) return false;
  if (!subject.sees) return true;
  const theirs = currentLeases(subject.sees, ctx.now);
  return theirs.length > 0 && (viewer.sees.sharedChat || theirs.some((l) => mine.includes(l)));
}

/** Who is online as the viewer may see it: whom they may notice, with only the documents they may see. */
function onlineFor(viewer: Viewer, online: FrameOf<"presence">["online"], ctx: FrameContext) {
  return online
    .filter((entry) => mayNotice(viewer, entry.userId, ctx))
    .map((entry) => ({
      ...entry,
      viewing: (entry.viewing ?? []).filter((d) => holdsLease(viewer, ctx.documentLeases.get(d))),
    }));
}

/**
 * Every frame the room sends, and who receives it (issue 11 §2: the same sight as the feed). A new frame
 * type does not compile until it has a rule here (tests/integration/room-frames-integration.test.ts runs
 * every type against every kind of viewer).
 */
const FRAME_RULES: { [T in ServerFrame["type"]]: Rule<T> } = {
  /** To the connecting socket: who is online, as it may see them. */
  hello: (viewer, frame, ctx) => ({ ...frame, online: onlineFor(viewer, frame.online, ctx) }),
  presence: (viewer, frame, ctx) => ({ ...frame, online: onlineFor(viewer, frame.online, ctx) }),
  /** Chat and who is typing in it: the landlord side only with `leasePrivate` (never maintenance staff). */
  typing: (viewer, frame, ctx) => (readsChat(viewer) && mayNotice(viewer, frame.userId, ctx) ? frame : null),
  chat: (viewer, frame) =>
    readsChat(viewer) &&
    maySee(viewer.sees, { kind: "chat", leaseId: frame.message.leaseId, createdAt: frame.message.createdAt })
      ? frame
      : null,
  /** As the feed: within the viewer's sight, and money only to who sees the lease's private side. */
  activity: (viewer, frame) =>
    maySee(viewer.sees, { kind: "activity", leaseId: frame.activity.leaseId, createdAt: frame.activity.createdAt }) &&
    !isStaffOnly(viewer, frame.activity) &&
    (viewer.leasePrivate || isPlainNote(frame.activity))
      ? frame
      : null,
  /** A lease's document (an agreement): that lease's renters and staff who see it; of no known lease, those staff. */
  document: (viewer, frame) => (holdsLease(viewer, frame.event.leaseId) ? frame : null),
  ledger: (viewer, frame) => (holdsLease(viewer, frame.leaseId) ? frame : null),
  /** A maintenance request: its lease's renters and staff; one opened by staff with no lease, staff only. */
  maintenance: (viewer, frame) => (coversLease(viewer, frame.leaseId) ? frame : null),
  /** Only ever sent to the one connection it answers (the room never broadcasts one: `broadcastFrame`'s type). */
  error: (_viewer, frame) => frame,
};

/** `frame` as the connection of `identity` may receive it, or null (no identity: nothing). */
export function frameFor(
  identity: Viewer | null | undefined,
  frame: ServerFrame,
  ctx: FrameContext,
): ServerFrame | null {
  if (!identity) return null;
  const rule = FRAME_RULES[frame.type] as Rule<ServerFrame["type"]>;
  return rule(identity, frame, ctx);
}

/**
 * A key shared by viewers who receive every frame alike, or null: a viewer of their own (a renter, whose sight
 * is their tenures). The landlord side (`sees` null) receives by its `side` and `leasePrivate` alone: no rule
 * above reads anything else of such a viewer (`mayNotice`, `maySee` and `coversLease` answer yes at once,
 * `isStaffOnly` no). The room works a broadcast out once per key and sends the same text
 * (apartment-room.ts `broadcastFrame`); a rule that starts reading more of the landlord side must add it here
 * (tests/unit/room-sight-key-unit.test.ts checks every frame type against viewers that share a key).
 */
export function sharedViewKey(viewer: Viewer): string | null {
  return viewer.sees === null ? `${viewer.side}:${viewer.leasePrivate}` : null;
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
