import { getServerByName } from "partyserver";
import type { Db } from "../db/client";
import type { Logger } from "../lib/log";
import type { RoomRevocation } from "../lib/ports";
import { roomsWithSockets } from "./connections";
import { isOrgRoomName } from "../../durable-objects/org-room.protocol";

/**
 * `RoomEvents.revoke` (worker/lib/ports.ts): finds the rooms holding sockets the revocation names (the D1
 * registry, rooms/connections.ts) and tells each room to close them (`ApartmentRoom.disconnect`, and
 * `OrgRoom.disconnect` for an org's dashboard channel, `org-<orgId>`), in parallel. Best effort: a failure is logged, never thrown; tickets and the connect-time check refuse the
 * revoked access anyway.
 */
export async function revokeRoomSockets(
  rooms: Env["APARTMENT_ROOM"],
  orgRooms: Env["ORG_ROOM"],
  db: Db,
  log: Logger,
  revocation: RoomRevocation,
): Promise<void> {
  if (!revocation.userIds && !revocation.orgId && !revocation.room) return;
  if (revocation.userIds?.length === 0 || revocation.sessionIds?.length === 0) return;
  try {
    const names = await roomsWithSockets(db, revocation);
    const { userIds, sessionIds, exceptSessionId, side } = revocation;
    await Promise.all(
      names.map(async (name) => {
        const filter = { userIds, sessionIds, exceptSessionId, side };
        if (isOrgRoomName(name)) await (await getServerByName(orgRooms, name)).disconnect(filter, revocation.reason);
        else await (await getServerByName(rooms, name)).disconnect(filter, revocation.reason);
      }),
    );
  } catch (error) {
    log.warn("closing revoked room sockets failed", { reason: revocation.reason, error });
  }
}
