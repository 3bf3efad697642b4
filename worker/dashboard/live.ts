import type { Context } from "hono";
import { routePartykitRequest } from "partyserver";
import { assertOrgAccess, accessCheck } from "../auth/access-checks";
import { assertSession } from "../auth/access";
import { requirePermission } from "../auth/policy";
import type { AppEnv } from "../lib/context";
import { AppError } from "../lib/errors";
import { verifyRoomTicket } from "../rooms/tickets";

/**
 * WebSockets into org rooms: `/parties/org-room/org-<orgId>?ticket=…` (durable-objects/org-room.ts). The
 * ticket (POST /api/dashboard/room-ticket) says who asked and through which session; at connect the Worker
 * checks in one D1 read that the session is open, the user not banned, the org not disabled and the holder
 * still an owner or manager of the org (`ledger.write`, like GET /api/dashboard). Plain HTTP is refused.
 */
export function orgRoomGate() {
  return async function routeToOrgRoom(c: Context<AppEnv>): Promise<Response> {
    const res = await routePartykitRequest(c.req.raw, c.env, {
      onBeforeRequest: () => new Response("Rooms speak WebSocket only", { status: 404 }),
      onBeforeConnect: async (req, lobby) => {
        if (lobby.className !== "ORG_ROOM" || !lobby.name.startsWith("org-")) {
          return new Response("Unknown room", { status: 404 });
        }
        const ticket = await verifyRoomTicket(
          c.env.JWT_SECRET,
          new URL(req.url).searchParams.get("ticket"),
          lobby.name,
        );
        if (!ticket) return new Response("A valid room ticket is required", { status: 401 });
        try {
          const claims = { sub: ticket.userId, sid: ticket.sid, orgs: [] };
          const [row] = await accessCheck(c.get("db"), claims, lobby.name.slice("org-".length));
          assertSession(row);
          requirePermission({ role: assertOrgAccess(row) }, "ledger.write");
        } catch (error) {
          if (error instanceof AppError) return new Response(error.message, { status: error.status });
          throw error;
        }
        return req;
      },
    });
    return res ?? new Response("Not found", { status: 404 });
  };
}
