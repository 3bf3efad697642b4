import type { Context } from "hono";
import { routePartykitRequest } from "partyserver";
import { type Identity, roomKindOf } from "../../durable-objects/apartment-room.protocol";
import { readApartment } from "../auth/access";
import type { AppEnv } from "../lib/context";
import { AppError } from "../lib/errors";
import { postUntilOf, sightOf, tenureQuery } from "./sight";
import { type TicketClaims, verifyRoomTicket } from "./tickets";

/**
 * WebSockets into rooms: `/parties/apartment-room/<room>?ticket=…`. A ticket only says who asked and through
 * which session; at connect the Worker checks, in one D1 round trip, that the session is still open, the
 * user not banned, the org not disabled and the access still there (an apartment: a member of its org or a
 * renter of one of its leases; an application: `requireApplicationAccess`), so a ticket minted before a
 * logout, a removal or a lease cancellation opens nothing, even within its 60 s. The identity the room keeps
 * is built from that fresh check (what the renter may see and until when they may post), and travels in a
 * header the client cannot set (any incoming copy is replaced). Plain HTTP to a room is refused.
 */

/** What the gate needs from the applications feature (passed in by the composition root, worker/app.ts). */
export type RoomGateHooks = {
  requireApplicationAccess: (c: Context<AppEnv>, applicationId: string) => Promise<unknown>;
};

/** The identity of a verified ticket's holder in `room`, from a fresh access check; throws the API's errors. */
async function identityAtConnect(
  c: Context<AppEnv>,
  ticket: TicketClaims,
  room: string,
  hooks: RoomGateHooks,
): Promise<Identity> {
  // The ticket's holder, as an access token would name them: the checks below read the session from D1.
  c.set("claims", { sub: ticket.userId, sid: ticket.sid, orgs: [] });
  const kind = roomKindOf(room);
  if (kind.kind === "application") {
    await hooks.requireApplicationAccess(c, kind.applicationId);
    const { userId, name, side, canPost, sid, orgId } = ticket;
    return { userId, name, side, canPost, sid, orgId, leaseId: null, postUntil: null, sees: null };
  }
  const db = c.get("db");
  const {
    actor,
    results: [tenures],
  } = await readApartment(c, room, () => [tenureQuery(db, ticket.userId, room)]);
  const sees = sightOf(actor, tenures);
  return {
    userId: actor.userId,
    name: actor.userName,
    side: actor.side,
    canPost: actor.canPost,
    sid: ticket.sid,
    orgId: actor.orgId,
    leaseId: actor.leaseId,
    postUntil: postUntilOf(actor, sees),
    sees,
  };
}

/** The `/parties/*` handler: ticket, then the connect-time access check, then the room. */
export function roomGate(hooks: RoomGateHooks) {
  return async function routeToRoom(c: Context<AppEnv>): Promise<Response> {
    const res = await routePartykitRequest(c.req.raw, c.env, {
      onBeforeRequest: () => new Response("Rooms speak WebSocket only", { status: 404 }),
      onBeforeConnect: async (req, lobby) => {
        if (lobby.className !== "APARTMENT_ROOM") return new Response("Unknown room", { status: 404 });
        const ticket = await verifyRoomTicket(
          c.env.JWT_SECRET,
          new URL(req.url).searchParams.get("ticket"),
          lobby.name,
        );
        if (!ticket) return new Response("A valid room ticket is required", { status: 401 });
        let identity: Identity;
        try {
          identity = await identityAtConnect(c, ticket, lobby.name, hooks);
        } catch (error) {
          if (error instanceof AppError) return new Response(error.message, { status: error.status });
          throw error;
        }
        const headers = new Headers(req.headers);
        // Header values must be ASCII; names are not (Rémi, Олена): percent-encode the JSON.
        headers.set("x-rentline-identity", encodeURIComponent(JSON.stringify(identity)));
        return new Request(req, { headers });
      },
    });
    return res ?? new Response("Not found", { status: 404 });
  };
}
