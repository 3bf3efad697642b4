import { Forbidden } from "../lib/errors";
import type { Role, Side } from "../domain";

/**
 * Who may do what: the one place that maps an org role or a renter's side to permissions. Routes ask
 * `requirePermission(scope, "payment.confirm")`; the API sends `permissionsOf(scope)` to the UI as the
 * viewer's permissions, so the UI never re-derives them from roles.
 */
export const PERMISSIONS = [
  /** Create, edit and delete properties and apartments. */
  "portfolio.edit",
  /** Create leases, invite renters, end leases. */
  "lease.manage",
  /** Record charges and adjustments on a lease's ledger, switch reminders, record payments. */
  "ledger.write",
  /** Confirm or reject a payment a renter reported. */
  "payment.confirm",
  /** Report a payment (renter side) or post a money activity. */
  "payment.report",
  /** Draft, edit, render and send rental agreements. */
  "agreement.edit",
  /** Sign an agreement on the landlord's side, after the renters. */
  "agreement.countersign",
  /** Sign an agreement as one of the lease's renters. */
  "agreement.sign",
  /** Create, edit, publish and close listings. */
  "listing.manage",
  /** Review applications: shortlist, accept, reject, read the dossier. */
  "application.review",
  /** Invite, remove and change the roles of members. */
  "team.manage",
  /** Read and change the org's settings: legal identity, bank details, logo, defaults (language, currency…). */
  "org.settings",
  /** Post in the apartment's chat and feed. */
  "room.post",
  /** Triage maintenance requests: priority, assignee, vendor, visit; close, cancel, reopen; manage vendors. */
  "maintenance.triage",
  /** Work on maintenance requests: start, resolve, comment, log labour and materials (a member: assigned ones). */
  "maintenance.work",
  /** Read the org's audit trail (who changed what, when) and export it. */
  "audit.read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const STAFF: readonly Permission[] = [
  "portfolio.edit",
  "lease.manage",
  "ledger.write",
  "payment.confirm",
  "agreement.edit",
  "agreement.countersign",
  "listing.manage",
  "application.review",
  "room.post",
  "maintenance.triage",
  "maintenance.work",
];

const GRANTS: Record<Role | "renter", readonly Permission[]> = {
  owner: [...STAFF, "team.manage", "org.settings", "audit.read"],
  manager: STAFF,
  // Maintenance staff see the portfolio and talk in the room; they never write money or contracts.
  maintenance: ["room.post", "maintenance.work"],
  renter: ["payment.report", "agreement.sign", "room.post"],
};

/** The actor as the policy sees it: an org member (with a role) or a renter (no role). */
export type Actor = { role: Role | null; side?: Side };

/** Every permission this actor holds, in catalogue order (the API sends this as `viewer.permissions`). */
export function permissionsOf(actor: Actor): Permission[] {
  const granted = GRANTS[actor.role ?? "renter"];
  return PERMISSIONS.filter((p) => granted.includes(p));
}

/** Whether the actor holds `permission`. */
export function can(actor: Actor, permission: Permission): boolean {
  return GRANTS[actor.role ?? "renter"].includes(permission);
}

/** Throws 403 `forbidden` with a sentence naming the role when the actor lacks the permission. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) {
    throw new Forbidden(
      actor.role ? `Your role (${actor.role}) does not allow this` : "You are not allowed to do this",
    );
  }
}

/** The org roles holding a permission, for SQL filters (e.g. who is told about a reported payment). */
export function rolesWith(permission: Permission): Role[] {
  return (["owner", "manager", "maintenance"] as const).filter((r) => GRANTS[r].includes(permission));
}

/**
 * The permissions that open a lease's private side: its money (ledger, balances, payments and the notes
 * about them, the org's bank details), its agreements and its renters' contact data. Holding any one of them
 * is what lets a member see these (a renter sees their own lease's through the same permissions, narrowed to
 * it by the sight rules); a member without all of them (the maintenance role) sees the apartments, the chat,
 * plain notes and their work, never these. Every path that serves lease data asks `seesLeasePrivate` (or
 * filters SQL by `rolesSeeingLeasePrivate`), never a role name.
 */
const LEASE_PRIVATE_PERMISSIONS: readonly Permission[] = [
  "lease.manage",
  "ledger.write",
  "payment.confirm",
  "payment.report",
  "agreement.edit",
  "agreement.sign",
];

/** Whether the actor may see leases' private side (money, agreements, renters' contact data). */
export function seesLeasePrivate(actor: Actor): boolean {
  return LEASE_PRIVATE_PERMISSIONS.some((p) => can(actor, p));
}

/** The org roles that see leases' private side, for SQL filters. */
export function rolesSeeingLeasePrivate(): Role[] {
  return (["owner", "manager", "maintenance"] as const).filter((r) => seesLeasePrivate({ role: r }));
}

/**
 * Throws 403 `forbidden` when the actor may not see leases' private side (a maintenance member reading a
 * ledger, a lease list with its renters, an agreement or a receipt).
 */
export function requireLeasePrivate(actor: Actor): void {
  if (!seesLeasePrivate(actor))
    throw new Forbidden(
      actor.role
        ? `Your role (${actor.role}) does not see leases' money or contracts`
        : "You are not allowed to see this",
    );
}
