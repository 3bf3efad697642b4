import type { Context } from "hono";
import { routePartykitRequest } from "partyserver";
import type { Identity } from "../../durable-objects/apartment-room.protocol";
import type { AppEnv } from "../lib/context";
import { AppError, NotFound, Unauthorized } from "../lib/errors";
import { roomRights } from "./rights";
import { verifyRoomTicket } from "./tickets";
import { requestForRoom, withoutCompression } from "./gate";

/**
 * WebSockets into rooms: `/parties/apartment-room/<room>?ticket=…`. A ticket only says who asked and through
 * which session; at connect the Worker checks, in one D1 round trip, that the session is still open, the
 * user not banned, the org not disabled and the access still there (rooms/rights.ts: an apartment, a member
 * of its org or a renter of one of its leases; an application, its applicant or a reviewer), so a ticket
 * minted before a logout, a removal or a lease cancellation opens nothing, even within its 60 s. The
 * identity built from that fresh check travels in a header the client cannot set (any incoming copy is
 * replaced); the room checks the rights again once it has registered the socket, and before every post.
 * Plain HTTP to a room is refused.
 */

/**
 * The `/parties/*` handler: ticket, then the connect-time access check, then the room. A party name other than
 * `apartment-room` (the org room has its own gate, mounted first) is a room that does not exist: 404, where
 * partyserver alone would answer a bare text 400.
 */
export function roomGate() {
  return async function routeToRoom(c: Context<AppEnv>): Promise<Response> {
    if (!new URL(c.req.url).pathname.startsWith("/parties/apartment-room/")) throw new NotFound("Room");
    const res = await routePartykitRequest(c.req.raw, c.env, {
      onBeforeRequest: () => {
        throw new AppError(404, "not_found", "Rooms speak WebSocket only");
      },
      onBeforeConnect: async (req, lobby) => {
        if (lobby.className !== "APARTMENT_ROOM") throw new NotFound("Room");
        const ticket = await verifyRoomTicket(
          c.env.JWT_SECRET,
          new URL(req.url).searchParams.get("ticket"),
          lobby.name,
        );
        if (!ticket) throw new Unauthorized("A valid room ticket is required");
        // Refusals throw AppErrors: onError answers them as problems in the caller's language.
        const identity: Identity = await roomRights(c.get("db"), lobby.name, {
          userId: ticket.userId,
          sid: ticket.sid,
        });
        return requestForRoom(req, identity);
      },
    });
    if (!res) throw new NotFound();
    return withoutCompression(res);
  };
}
