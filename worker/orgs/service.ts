import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { auditEntry } from "../lib/audit";
import { users } from "../auth/schema";
import { updateIf } from "../db/conditional";
import type { Db } from "../db/client";
import type { OrgReader, ScopedDb } from "../db/scoped";
import { enqueueEmail } from "../email/contract";
import { Conflict, Invalid, NotFound } from "../lib/errors";
import { newId, newSecret, sha256Hex } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { isoIn, nowIso } from "../lib/time";
import type { OrgInput, StaffInvitationInput } from "./contract";
import { invitations, memberships, orgs } from "./schema";

/**
 * Orgs and their teams: creating an org, reading the current org with its members, inviting staff by email
 * and accepting an invitation. Reads and writes inside an org go through the caller's scoped handle.
 */

const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

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

/**
 * What a new org starts with (issue 13: Rentline's first users are French landlords): French, France, euros,
 * Paris time. The owner changes them in the settings; nothing is inferred from the browser.
 */
export const NEW_ORG_DEFAULTS = { locale: "fr", country: "FR", currency: "EUR", timezone: "Europe/Paris" } as const;

/**
 * The rows that make a new org (`NEW_ORG_DEFAULTS`) with its first owner, for the caller's batch. Sign-up
 * uses it too (passed to auth by the app: auth/service `NewOrgRows`).
 */
export function newOrgRows(db: Db, name: string, ownerUserId: string) {
  const now = nowIso();
  const org = {
    id: newId(),
    name,
    slug: slugify(name),
    ...NEW_ORG_DEFAULTS,
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

/** Onboarding for a landlord who has no org yet (for example after "Sign in with Google"): they own it. */
export async function createOrg(ports: Pick<Ports, "db" | "requestId">, userId: string, input: OrgInput) {
  const { db } = ports;
  const rows = newOrgRows(db, input.name, userId);
  await db.batch([
    ...rows.statements,
    auditEntry(db, { action: "org.create", actorUserId: userId, orgId: rows.org.id, requestId: ports.requestId }),
  ]);
  return rows.org;
}

/** The caller's own membership row joined to the org (and, when asked, to their account). */
function ownMembership<F extends Parameters<OrgReader["selectFields"]>[0]>(s: OrgReader, fields: F) {
  return s
    .selectFields(fields, memberships, eq(memberships.userId, s.scope.userId))
    .innerJoin(orgs, eq(orgs.id, memberships.orgId));
}

/** The current org's settings, read through the caller's membership (a statement for a read batch). */
export function orgSettingsQuery(s: OrgReader) {
  return ownMembership(s, {
    id: orgs.id,
    name: orgs.name,
    slug: orgs.slug,
    currency: orgs.currency,
    locale: orgs.locale,
    timezone: orgs.timezone,
  });
}

/** The org's members by name, with role and joining time. */
export function membersQuery(s: OrgReader) {
  return s
    .selectFields(
      { userId: users.id, name: users.name, email: users.email, role: memberships.role, since: memberships.createdAt },
      memberships,
    )
    .innerJoin(users, eq(users.id, memberships.userId))
    .orderBy(users.name);
}

/** Invitations not yet accepted and not expired, newest first. */
export function pendingInvitationsQuery(s: OrgReader) {
  return s
    .selectFields(
      {
        id: invitations.id,
        email: invitations.email,
        role: invitations.role,
        createdAt: invitations.createdAt,
        expiresAt: invitations.expiresAt,
      },
      invitations,
      and(isNull(invitations.acceptedAt), gt(invitations.expiresAt, nowIso())),
    )
    .orderBy(desc(invitations.createdAt));
}

/**
 * Invites `input.email` to the org with `input.role`: an invitation valid 7 days, emailed with its link.
 * 409 `already_member` when that address is already in the org.
 */
export async function inviteStaff(
  s: ScopedDb,
  input: StaffInvitationInput,
  ports: Pick<Ports, "db" | "queues" | "appUrl" | "requestId">,
) {
  const { scope } = s;
  const [[existing], [names]] = await s.batch([
    s
      .selectFields({ userId: memberships.userId }, memberships, eq(users.email, input.email))
      .innerJoin(users, eq(users.id, memberships.userId)),
    // D1 collapses duplicate column names in raw rows: alias the two `name` columns.
    ownMembership(s, {
      orgName: sql<string>`${orgs.name}`.as("org_name"),
      inviterName: sql<string>`${users.name}`.as("inviter_name"),
    }).innerJoin(users, eq(users.id, memberships.userId)),
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
  await s.batch([
    s.insert(invitations, invitation),
    auditEntry(ports.db, {
      action: "org.invite",
      actorUserId: scope.userId,
      orgId: scope.orgId,
      targetType: "invitation",
      targetId: invitation.id,
      requestId: ports.requestId,
      details: { email: input.email, role: input.role },
    }),
  ]);
  await enqueueEmail(ports.queues.email, {
    template: "staff_invitation",
    to: input.email,
    orgId: scope.orgId,
    data: {
      orgName: names!.orgName,
      inviterName: names!.inviterName,
      role: input.role,
      link: `${ports.appUrl}/invitations/accept?token=${token}`,
    },
  });
  return { id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt };
}

/**
 * Accepts a staff invitation for the signed-in user (it is bound to the invited address) and makes them a
 * member. 404 unknown token (the caller may then try it as a lease invitation); 409 `invitation_used`; 400
 * `invitation_expired` or `invitation_email_mismatch`. Exactly once, even when two requests race.
 */
export async function acceptInvitation(ports: Pick<Ports, "db" | "requestId">, userId: string, token: string) {
  const { db } = ports;
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
  const [accepted] = await db.batch([
    updateIf(
      db,
      invitations,
      { acceptedAt: now, acceptedBy: userId },
      and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt))!,
    ),
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
      requestId: ports.requestId,
    }),
  ]);
  if (accepted.length !== 1) throw new Conflict("This invitation has already been used", "invitation_used");
  return { orgId: invitation.orgId, orgName: invitation.orgName, role: invitation.role };
}
