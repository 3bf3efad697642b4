import type { Context } from "hono";
import { routePartykitRequest } from "partyserver";
import type { AppEnv } from "../lib/context";
import { AppError, NotFound, Unauthorized } from "../lib/errors";
import { assertOrgRoomAccess, type OrgRoomIdentity } from "../rooms/org-access";
import { verifyRoomTicket } from "../rooms/tickets";
import { requestForRoom, withoutCompression } from "../rooms/gate";

/**
 * WebSockets into org rooms: `/parties/org-room/org-<orgId>?ticket=…` (durable-objects/org-room.ts). The
 * ticket (POST /api/dashboard/room-ticket) says who asked and through which session; at connect the Worker
 * checks in one D1 read that the session is open, the user not banned, the org not disabled and the holder
 * still an owner or manager of the org (`ledger.write`, like GET /api/dashboard; rooms/org-access.ts). The
 * holder (user, session, org) travels to the room in a header the client cannot set (any incoming copy is
 * replaced): the room registers the socket under it, so a revocation finds and closes it. Plain HTTP is refused.
 */
export function orgRoomGate() {
  return async function routeToOrgRoom(c: Context<AppEnv>): Promise<Response> {
    const res = await routePartykitRequest(c.req.raw, c.env, {
      onBeforeRequest: () => {
        throw new AppError(404, "not_found", "Rooms speak WebSocket only");
      },
      onBeforeConnect: async (req, lobby) => {
        if (lobby.className !== "ORG_ROOM" || !lobby.name.startsWith("org-")) {
          throw new NotFound("Room");
        }
        const ticket = await verifyRoomTicket(
          c.env.JWT_SECRET,
          new URL(req.url).searchParams.get("ticket"),
          lobby.name,
        );
        if (!ticket) throw new Unauthorized("A valid room ticket is required");
        const holder: OrgRoomIdentity = {
          userId: ticket.userId,
          sid: ticket.sid,
          orgId: lobby.name.slice("org-".length),
        };
        // Refusals throw AppErrors: onError answers them as problems in the caller's language.
        await assertOrgRoomAccess(c.get("db"), holder);
        return requestForRoom(req, holder);
      },
    });
    if (!res) throw new NotFound();
    return withoutCompression(res);
  };
}
