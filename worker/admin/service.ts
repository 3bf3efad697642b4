import { eq } from "drizzle-orm";
import { NotFound } from "../lib/errors";
import type { Ports } from "../lib/ports";
import { orgs } from "../orgs/schema";
import { auditEntry } from "../lib/audit";

/**
 * Platform moderation: disabling an org (its members keep signing in and see why, but every org route
 * answers 403 `org_disabled`) and enabling it again. The change and its audit row land in one batch.
 */

/**
 * Disables (with the `reason` its members are shown) or re-enables the org; the reason is audited either
 * way. 404 when no such org.
 */
export async function setOrgDisabled(
  ports: Pick<Ports, "db" | "requestId">,
  adminUserId: string,
  orgId: string,
  change: { disabled: boolean; reason: string },
) {
  const { db } = ports;
  const { disabled, reason } = change;
  const [updated] = await db.batch([
    db
      .update(orgs)
      .set({ isDisabled: disabled, disabledReason: disabled ? reason : null })
      .where(eq(orgs.id, orgId)),
    auditEntry(db, {
      action: disabled ? "admin.org_disable" : "admin.org_enable",
      actorUserId: adminUserId,
      orgId,
      targetType: "org",
      targetId: orgId,
      requestId: ports.requestId,
      details: { reason },
    }),
  ]);
  if (updated.meta.changes !== 1) throw new NotFound("Organization");
  return { id: orgId, isDisabled: disabled };
}
