import { and, eq, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import type { ScopedDb } from "../db/scoped";
import type { Role } from "../domain";
import { insertIf } from "../db/conditional";
import { type AuditAction, auditEntryIf, auditLog } from "../lib/audit";
import { newId } from "../lib/ids";
import { nowIso } from "../lib/time";
import { Conflict, NotFound } from "../lib/errors";
import type { Ports } from "../lib/ports";
import { invitations, memberships } from "./schema";

/**
 * Changing the team: removing a member, changing a member's role, revoking a pending invitation. Each change
 * is one guarded statement, so an org never loses its last owner (even when two owners demote each other at
 * once); its audit row rides in the same batch under the same guard (with the old role), so it lands exactly
 * when the change does. Access follows at once: every request checks the membership in D1, room
 * tickets are checked again at connect, and the member's open sockets in the org's rooms are closed
 * (`rooms.revoke`; after a role change they reconnect with the new rights).
 */

type TeamPorts = Pick<Ports, "db" | "requestId" | "rooms">;

/** True (SQL) when the org keeps another owner besides `userId`. */
function anotherOwner(s: ScopedDb, userId: string) {
  return sql`exists (select 1 from ${memberships} m where m.org_id = ${s.scope.orgId} and m.role = 'owner' and m.user_id <> ${userId})`;
}

/**
 * The audit row of a change to `userId`'s membership (issue 16 §2: old and new values for roles), to batch
 * just BEFORE the guarded write: it reads the membership as it still is, so `details` (SQL over the
 * membership's columns, e.g. its role) holds the old value, and it lands only when `guard`, the write's own
 * condition, holds: the row and the change land together, or neither.
 */
function membershipAudit(
  s: ScopedDb,
  ports: Pick<Ports, "db" | "requestId">,
  { action, userId, guard, details }: { action: AuditAction; userId: string; guard: SQL; details: SQL },
) {
  const row = {
    id: newId(),
    at: nowIso(),
    actorUserId: s.scope.userId,
    orgId: s.scope.orgId,
    action,
    targetType: "user",
    targetId: userId,
    requestId: ports.requestId ?? null,
    ip: null,
    details,
  };
  const where = and(eq(memberships.orgId, s.scope.orgId), eq(memberships.userId, userId), guard)!;
  return insertIf(ports.db, auditLog, row, where, sql`${memberships}`);
}

/** 409 `last_owner` or 404 after a guarded change to `userId`'s membership matched nothing. */
async function explainRefusal(s: ScopedDb, userId: string): Promise<never> {
  const [member] = await s.select(memberships, eq(memberships.userId, userId));
  if (!member) throw new NotFound("Member");
  throw new Conflict("The organization needs at least one owner: make someone else an owner first", "last_owner");
}

/**
 * Removes `userId` from the org (an owner may remove themselves, unless they are its last owner). 404 when
 * not a member; 409 `last_owner`.
 */
export async function removeMember(s: ScopedDb, userId: string, ports: TeamPorts) {
  const guard = or(ne(memberships.role, "owner"), anotherOwner(s, userId))!;
  const [, removed] = await s.batch([
    membershipAudit(s, ports, {
      action: "org.member_remove",
      userId,
      guard,
      details: sql`json_object('role', ${memberships.role})`,
    }),
    s.delete(memberships, and(eq(memberships.userId, userId), guard)!).returning({ userId: memberships.userId }),
  ]);
  if (removed.length !== 1) return explainRefusal(s, userId);
  await ports.rooms.revoke({
    reason: "removed_from_org",
    userIds: [userId],
    orgId: s.scope.orgId,
  });
}

/** Gives `userId` the role `role`. 404 when not a member; 409 `last_owner` when it would leave no owner. */
export async function changeRole(s: ScopedDb, userId: string, role: Role, ports: TeamPorts) {
  const keepsAnOwner = role === "owner" ? sql`1` : or(ne(memberships.role, "owner"), anotherOwner(s, userId))!;
  const [, changed] = await s.batch([
    // Old and new role; nothing recorded when the role is already that one.
    membershipAudit(s, ports, {
      action: "org.member_role",
      userId,
      guard: and(keepsAnOwner, ne(memberships.role, role))!,
      details: sql`json_object('role', ${role}, 'from', ${memberships.role}, 'to', ${role})`,
    }),
    // The role must change: SQLite counts a same-value update as a change (the audit floor would record it).
    s
      .update(memberships, { role }, and(eq(memberships.userId, userId), ne(memberships.role, role), keepsAnOwner)!)
      .returning({ userId: memberships.userId }),
  ]);
  if (changed.length !== 1) {
    // Already that role: nothing to do, nothing recorded, nobody's sockets closed.
    const [member] = await s.select(memberships, eq(memberships.userId, userId));
    if (member?.role === role) return { userId, role };
    return explainRefusal(s, userId);
  }
  await ports.rooms.revoke({ reason: "role_changed", userIds: [userId], orgId: s.scope.orgId });
  return { userId, role };
}

/** Revokes a pending invitation: its link stops working (404 as if it never existed). 404 when none pending. */
export async function revokeInvitation(s: ScopedDb, invitationId: string, ports: Pick<Ports, "db" | "requestId">) {
  const pending = and(eq(invitations.id, invitationId), isNull(invitations.acceptedAt))!;
  // The audit row first, under the delete's own condition, in the same batch: both land, or neither.
  const [, deleted] = await s.batch([
    auditEntryIf(
      ports.db,
      {
        action: "org.invite_revoke",
        actorUserId: s.scope.userId,
        orgId: s.scope.orgId,
        targetType: "invitation",
        targetId: invitationId,
        requestId: ports.requestId,
      },
      sql`exists (select 1 from ${invitations} where ${s.inScope(invitations, pending)})`,
    ),
    s.delete(invitations, pending).returning({ id: invitations.id }),
  ]);
  if (deleted.length !== 1) throw new NotFound("Invitation");
}
