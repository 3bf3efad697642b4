import type { Db } from "../db/client";
import { newId } from "../lib/ids";
import { nowIso } from "../lib/time";
import { auditLog } from "./schema";

export type AuditEvent = {
  action: string;
  actorUserId?: string | null;
  orgId?: string | null;
  targetType?: string;
  targetId?: string;
  requestId?: string;
  ip?: string | null;
  details?: Record<string, unknown>;
};

/** An audit row to put in the same batch as the change it records (both land, or neither). */
export function auditEntry(db: Db, event: AuditEvent) {
  return db.insert(auditLog).values({ id: newId(), at: nowIso(), ...event, details: event.details ?? null });
}
