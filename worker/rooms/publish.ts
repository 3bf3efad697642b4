import { eq } from "drizzle-orm";
import { getServerByName } from "partyserver";
import { inSlices } from "../db/chunks";
import { applications } from "../applications/schema";
import type { Db } from "../db/client";
import type { Logger } from "../lib/log";
import type { OrgRef, RoomEvents } from "../lib/ports";
import { apartments } from "../portfolio/schema";
import { orgRoomName, type OrgChange } from "../../durable-objects/org-room.protocol";
import type { Sight } from "../../durable-objects/apartment-room.protocol";
import { activitySchema, type Activity, type ChatHistory } from "./contract";
import { revokeRoomSockets } from "./revoke";

/**
 * RPC into rooms (durable-objects/apartment-room.ts), named by apartment id (or `application-<id>` for an
 * application's conversation). Publishes are best effort: the room catches activities up from D1, and
 * clients reload documents and ledgers on every (re)connect.
 */

/**
 * Publishes a committed activity to its apartment room over RPC, retrying briefly. If every attempt
 * fails the event is not lost: the room catches up from D1 when a client next connects or resumes.
 */
export async function publishToRoom(env: Env, activity: Activity, log: Logger, attempts = 3): Promise<void> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const room = await getServerByName(env.APARTMENT_ROOM, activity.apartmentId);
      await room.publishActivity(activity);
      return;
    } catch (error) {
      if (attempt === attempts) {
        log.warn("room publish failed; the room will catch up from D1", { activityId: activity.id, error });
        return;
      }
      await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    }
  }
}

/**
 * The `RoomEvents` port (worker/lib/ports.ts) over the rooms binding: one RPC per event, best effort (a
 * failure is logged as a warning, never thrown; clients reload documents and ledgers on every (re)connect).
 */
export function roomEvents(rooms: Env["APARTMENT_ROOM"], log: Logger, db: Db, orgRooms: Env["ORG_ROOM"]): RoomEvents {
  return {
    async orgChanged(org, what) {
      try {
        const orgId = await orgIdOf(db, org);
        if (orgId) await announceToOrg(orgRooms, orgId, what);
      } catch (error) {
        log.warn("org room publish failed", { what, error });
      }
    },
    revoke: (revocation) => revokeRoomSockets(rooms, orgRooms, db, log, revocation),
    async authorErased(names, userId, name) {
      await Promise.all(
        names.map(async (room) => {
          try {
            await (await getServerByName(rooms, room)).renameAuthor(userId, name);
          } catch (error) {
            log.warn("renaming an erased author in a room failed", { room, error });
          }
        }),
      );
    },
    async documentChanged(apartmentId, event) {
      try {
        const room = await getServerByName(rooms, apartmentId);
        await room.publishDocument(event);
      } catch (error) {
        log.warn("room publish of a document event failed", { documentId: event.documentId, error });
      }
    },
    async ledgerChanged(apartmentId, leaseId) {
      try {
        const room = await getServerByName(rooms, apartmentId);
        await room.publishNotice({ type: "ledger", leaseId, at: new Date().toISOString() });
      } catch (error) {
        log.warn("room publish of a ledger event failed", { leaseId, error });
      }
    },
    async maintenanceChanged(apartmentId, event) {
      try {
        const room = await getServerByName(rooms, apartmentId);
        await room.publishNotice({ type: "maintenance", ...event });
      } catch (error) {
        log.warn("room publish of a maintenance event failed", { requestId: event.requestId, error });
      }
    },
    async roomsForgotten(names) {
      const failed: string[] = [];
      // A few at a time: a large org's purge must stay within a Worker's subrequest limits.
      for (const slice of inSlices(names, 10))
        await Promise.all(
          slice.map(async (room) => {
            try {
              await (await getServerByName(rooms, room)).forget();
            } catch (error) {
              failed.push(room);
              log.warn("forgetting a purged room failed; kept for the next run", { room, error });
            }
          }),
        );
      return failed;
    },
    async activityAdded(activity) {
      try {
        const room = await getServerByName(rooms, activity.apartmentId);
        await room.publishActivity(activitySchema.parse(activity));
      } catch (error) {
        log.warn("room publish failed; the room will catch up from D1", { activityId: activity.id, error });
      }
    },
  };
}

/**
 * A room's chat history, newest first, before sequence number `before` (null: the latest), at most `limit`
 * (1–200) messages that `sees` may see (null: everything; rooms/sight.ts), with the room's current sequence
 * number. One RPC; no D1.
 */
export async function roomChatHistory(
  rooms: Env["APARTMENT_ROOM"],
  roomName: string,
  before: number | null,
  limit: number,
  sees: Sight | null = null,
): Promise<ChatHistory> {
  const room = await getServerByName(rooms, roomName);
  return room.chatHistory(before, limit, sees);
}

/** The org `org` names (one D1 read unless it is the id), or null when the row is gone. */
async function orgIdOf(db: Db, org: OrgRef): Promise<string | null> {
  if ("orgId" in org) return org.orgId;
  const [row] =
    "apartmentId" in org
      ? await db.select({ orgId: apartments.orgId }).from(apartments).where(eq(apartments.id, org.apartmentId))
      : await db.select({ orgId: applications.orgId }).from(applications).where(eq(applications.id, org.applicationId));
  return row?.orgId ?? null;
}

/** One RPC to the org's room (durable-objects/org-room.ts): every open dashboard of the org hears `what`. */
async function announceToOrg(orgRooms: Env["ORG_ROOM"], orgId: string, what: OrgChange): Promise<void> {
  const room = await getServerByName(orgRooms, orgRoomName(orgId));
  await room.changed(what);
}
