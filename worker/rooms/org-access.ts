import { z } from "zod";
import { accessCheck, assertOrgAccess, assertSession } from "../auth/access";
import { requirePermission } from "../auth/policy";
import type { Db } from "../db/client";

/**
 * Who may hold a socket in an org room (durable-objects/org-room.ts), checked in one D1 read: the session
 * is open, the user not banned, the org not disabled and the holder still an owner or manager of the org
 * (`ledger.write`, like GET /api/dashboard). The Worker's gate checks it before it hands a socket over
 * (worker/dashboard/live.ts) and the room checks it again once it has registered the socket, so a
 * revocation that lands between the two still closes it (rooms/revoke.ts reads the registry after writing).
 */

/** The holder of an org-room socket, as the gate hands it to the room (header `x-rentline-identity`). */
export const orgRoomIdentity = z.object({
  userId: z.string(),
  /** The session (refresh-token family) the ticket was issued to. */
  sid: z.string(),
  orgId: z.string(),
});
export type OrgRoomIdentity = z.infer<typeof orgRoomIdentity>;

/**
 * Throws the refusal (an `AppError`: 401 `session_ended`, 403 `user_banned` / `org_disabled` / role, 404 not
 * a member) unless `holder` may watch the dashboard of `orgId` now.
 */
export async function assertOrgRoomAccess(db: Db, holder: OrgRoomIdentity): Promise<void> {
  const [row] = await accessCheck(db, { sub: holder.userId, sid: holder.sid }, holder.orgId);
  assertSession(row);
  requirePermission({ role: assertOrgAccess(row) }, "ledger.write");
}
