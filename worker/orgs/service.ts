import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { auditEntry } from "../admin/audit";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import type { ScopedDb } from "../db/scoped";
import { enqueueEmail } from "../email/outbox";
import { Conflict, Invalid, NotFound } from "../lib/errors";
import { newId, newSecret, sha256Hex } from "../lib/ids";
import { isoIn, nowIso } from "../lib/time";
import { invitations, memberships, orgs, type Role } from "./schema";

export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return `${base || "org"}-${newSecret(4)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .slice(0, 5)}`;
}

/** The rows that make a new org with its first owner, for the caller's batch. */
export function newOrgRows(db: Db, name: string, ownerUserId: string) {
  const now = nowIso();
  const org = {
    id: newId(),
    name,
    slug: slugify(name),
    currency: "EUR",
    locale: "en",
    timezone: "UTC",
    createdAt: now,
  };
  return {
    org: { id: org.id, name: org.name, slug: org.slug },
    statements: [
      db.insert(orgs).values(org),
      db.insert(memberships).values({ orgId: org.id, userId: ownerUserId, role: "owner", createdAt: now }),
    ] as const,
  };
}

/** Onboarding for a landlord who has no org yet (for example after "Sign in with Google"). */
export async function createOrg(db: Db, userId: string, name: string, requestId?: string) {
  const rows = newOrgRows(db, name, userId);
  await db.batch([
    ...rows.statements,
    auditEntry(db, { action: "org.create", actorUserId: userId, orgId: rows.org.id, requestId }),
  ]);
  return rows.org;
}

export function membersQuery(s: ScopedDb) {
  return s.db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(s.inOrg(memberships))
    .orderBy(users.name);
}

export function pendingInvitationsQuery(s: ScopedDb) {
  return s.db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(s.inOrg(invitations, and(isNull(invitations.acceptedAt), gt(invitations.expiresAt, nowIso()))))
    .orderBy(desc(invitations.createdAt));
}

export async function inviteStaff(
  s: ScopedDb,
  input: { email: string; role: Role },
  ctx: { emailQueue: Queue; appUrl: string; requestId?: string },
) {
  const { db, scope } = s;
  const [[existing], [org], [inviter]] = await db.batch([
    db
      .select({ userId: memberships.userId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(s.inOrg(memberships), eq(users.email, input.email))),
    db.select({ name: orgs.name }).from(orgs).where(eq(orgs.id, scope.orgId)),
    db.select({ name: users.name }).from(users).where(eq(users.id, scope.userId)),
  ]);
  if (existing) throw new Conflict(`${input.email} is already a member of this organization`, "already_member");
  const token = newSecret();
  const invitation = {
    id: newId(),
    email: input.email,
    role: input.role,
    tokenHash: await sha256Hex(token),
    invitedBy: scope.userId,
    createdAt: nowIso(),
    expiresAt: isoIn(INVITATION_TTL_MS),
  };
  await db.batch([
    s.insert(invitations, invitation),
    auditEntry(db, {
      action: "org.invite",
      actorUserId: scope.userId,
      orgId: scope.orgId,
      targetType: "invitation",
      targetId: invitation.id,
      requestId: ctx.requestId,
      details: { email: input.email, role: input.role },
    }),
  ]);
  await enqueueEmail(ctx.emailQueue, {
    template: "staff_invitation",
    to: input.email,
    data: {
      orgName: org!.name,
      inviterName: inviter!.name,
      role: input.role,
      link: `${ctx.appUrl}/invitations/accept?token=${token}`,
    },
  });
  return { id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt };
}

/** Accepts an invitation for the signed-in user; the invitation is bound to the invited email address. */
export async function acceptInvitation(db: Db, userId: string, token: string, requestId?: string) {
  const tokenHash = await sha256Hex(token);
  const [[invitation], [user]] = await db.batch([
    db
      .select({
        id: invitations.id,
        orgId: invitations.orgId,
        email: invitations.email,
        role: invitations.role,
        acceptedAt: invitations.acceptedAt,
        expiresAt: invitations.expiresAt,
        orgName: orgs.name,
      })
      .from(invitations)
      .innerJoin(orgs, eq(orgs.id, invitations.orgId))
      .where(eq(invitations.tokenHash, tokenHash)),
    db.select({ email: users.email }).from(users).where(eq(users.id, userId)),
  ]);
  if (!invitation) throw new NotFound("Invitation");
  if (invitation.acceptedAt) throw new Conflict("This invitation has already been used", "invitation_used");
  if (invitation.expiresAt < nowIso())
    throw new Invalid("This invitation has expired. Ask for a new one.", undefined, "invitation_expired");
  if (user?.email !== invitation.email) {
    throw new Invalid(
      `This invitation was sent to ${invitation.email}. Sign in with that address to accept it.`,
      undefined,
      "invitation_email_mismatch",
    );
  }
  const now = nowIso();
  // The conditional update makes acceptance happen once even if two requests race.
  const [accepted] = await db.batch([
    db
      .update(invitations)
      .set({ acceptedAt: now, acceptedBy: userId })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt))),
    db
      .insert(memberships)
      .values({ orgId: invitation.orgId, userId, role: invitation.role, createdAt: now })
      .onConflictDoNothing(),
    auditEntry(db, {
      action: "org.join",
      actorUserId: userId,
      orgId: invitation.orgId,
      targetType: "invitation",
      targetId: invitation.id,
      requestId,
    }),
  ]);
  if (accepted.meta.changes !== 1) throw new Conflict("This invitation has already been used", "invitation_used");
  return { orgId: invitation.orgId, orgName: invitation.orgName, role: invitation.role };
}
