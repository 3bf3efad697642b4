import { eq, isNull, sql, type SQL } from "drizzle-orm";
import { auditEntry } from "../lib/audit";
import type { ApartmentScope } from "../auth/access";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { insertIf, updateIf } from "../db/conditional";
import { isUniqueViolation } from "../db/errors";
import type { ScopedHandle } from "../db/scoped";
import { todayIn } from "../lib/calendar";
import { Conflict, Invalid, NotFound } from "../lib/errors";
import { newId, newSecret, sha256Hex } from "../lib/ids";
import { assertLeaseTerms } from "../lib/lease-law-problem";
import { chargeRows } from "../lib/rent-dates";
import { ledgerEntries } from "../rent/schema";
import { nowIso } from "../lib/time";
import { orgs } from "../orgs/schema";
import type { CoRenterInput, JoinedLeaseInput, LeaseInput, LeaseStatus } from "./contract";
import { invitationRow, placeQuery, publicInvitation, sendLeaseInvitation, type InvitePorts } from "./invitations";
import { leaseRenters, leases } from "./schema";
import { landlordKindFor } from "./landlord-kind";
import { apartmentZone } from "../portfolio/schema";

/**
 * Leases and their renters: creating a lease with its first renter's invitation, co-renters, accepting an
 * invitation, and the already-joined lease of a confirmed application. Reads live in ./queries.ts.
 */

/**
 * A lease's status on `on` (`YYYY-MM-DD`, default today in UTC): `cancelled` once called off (`cancelledAt`,
 * leases/lifecycle.ts; it keeps its agreed dates; rows cancelled before `cancelled_at` ended the day before their start), `upcoming` before its start date, `ended` after its end date, `current`
 * in between (both dates inclusive).
 */
export function leaseStatus(
  lease: { startDate: string; endDate: string | null; cancelledAt?: string | null },
  on = todayIn("UTC"),
): LeaseStatus {
  if (lease.cancelledAt || (lease.endDate && lease.endDate < lease.startDate)) return "cancelled";
  if (lease.endDate && lease.endDate < on) return "ended";
  return lease.startDate > on ? "upcoming" : "current";
}

/**
 * Views that list every lease with its renters are the org's (any role): a renter gets the same 404 as a
 * stranger, so the apartment's other leases do not reveal themselves.
 */
export function requireLandlordSide(actor: Pick<ApartmentScope, "side">, what: string): void {
  if (actor.side !== "landlord") throw new NotFound(what);
}

// D1 binds at most 100 parameters per statement: 11 ledger columns → 9 rows per insert.
const CHARGE_ROWS_PER_INSERT = 9;

/**
 * The inserts of a new lease's charges already due on `today` (its org's date): a lease created with a
 * past start date owes its past months now, not at the next daily run (lib/rent-dates.ts `chargeRows`:
 * due dates inside the lease, first and last months pro-rated). `charge:<lease>:<period>` is unique, so the
 * cron's later run adds nothing. Each insert lands only if `when` holds (the lease row exists).
 */
function chargeStatements(db: Db, lease: Parameters<typeof chargeRows>[0], today: string, when?: SQL) {
  const rows = chargeRows(lease, today, nowIso(), newId);
  if (when) return rows.map((row) => insertIf(db, ledgerEntries, row, when).onConflictDoNothing());
  const out = [];
  for (let i = 0; i < rows.length; i += CHARGE_ROWS_PER_INSERT)
    out.push(
      db
        .insert(ledgerEntries)
        .values(rows.slice(i, i + CHARGE_ROWS_PER_INSERT))
        .onConflictDoNothing({ target: ledgerEntries.sourceRef }),
    );
  return out;
}

/**
 * Creates a lease on the handle's apartment (in the apartment's currency) and invites its first renter: the
 * lease, its charges already due (a past start date owes its past months at once, in the org's time zone),
 * the invitation and the audit row land in one batch (all or none); the email is queued after. Answers the
 * lease (no org id) and the invitation. Errors: 400 `invalid_input` on `endDate` before `startDate`; 422
 * `date_out_of_range` (contract) for a start more than 10 years from today or a date outside 1900–2200;
 * for a dwelling in France (its property's country), 422 with the first broken rule of loi n° 89-462 as the
 * code (`lease_too_short`, `student_lease_duration`, `mobility_duration`, `deposit_above_cap`,
 * `mobility_deposit`, `mobility_reason_required`) and every one in `errors` (lib/lease-law-problem.ts); 422
 * `landlord_kind_contradicts_org` for a `landlordKind` the org's legal identity contradicts; 422 `partial_month_above_rent`
 * for a first or last month above the rent (any country); 404 when the apartment is gone.
 */
export async function createLease(ports: InvitePorts, a: ScopedHandle, actor: ApartmentScope, input: LeaseInput) {
  if (input.endDate && input.endDate < input.startDate)
    throw new Invalid("endDate: must be on or after startDate", [
      { path: "endDate", message: "Must be on or after the start date" },
    ]);
  const [place] = await placeQuery(a, actor.apartmentId);
  if (!place) throw new NotFound("Apartment");
  const landlordKind = landlordKindFor(place, input.landlordKind);
  // The reason of a bail mobilité (art. 25-13) belongs to that kind only.
  const mobilityReason = input.kind === "mobility" ? (input.mobilityReason ?? null) : null;
  const terms = {
    ...input,
    landlordKind,
    mobilityReason,
    endDate: input.endDate ?? null,
    depositAmount: input.depositAmount ?? 0,
  };
  assertLeaseTerms(place.country, terms, (field) => field);
  const lease = {
    id: newId(),
    apartmentId: actor.apartmentId,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    rentAmount: input.rentAmount,
    chargesAmount: input.chargesAmount,
    currency: place.currency,
    dueDay: input.dueDay,
    depositAmount: input.depositAmount ?? null,
    firstMonthAmount: input.firstMonthAmount ?? null,
    lastMonthAmount: input.lastMonthAmount ?? null,
    kind: input.kind,
    landlordKind,
    mobilityReason,
    remindersEnabled: true,
    createdBy: actor.userId,
    createdAt: nowIso(),
    cancelledAt: null,
  };
  const invitation = await invitationRow(lease, input.renterEmail);
  const charges = chargeStatements(ports.db, { ...lease, orgId: actor.orgId }, todayIn(place.timezone));
  await a.batch([
    a.insert(leases, lease),
    ...charges,
    a.insert(leaseRenters, invitation.row),
    auditEntry(ports.db, {
      action: "lease.create",
      actorUserId: actor.userId,
      orgId: actor.orgId,
      targetType: "lease",
      targetId: lease.id,
      requestId: ports.requestId,
    }),
  ]);
  await sendLeaseInvitation(ports, place, { ...invitation.row, token: invitation.token, startDate: lease.startDate });
  return { lease, invitation: publicInvitation(invitation.row) };
}

/**
 * Invites a co-renter onto a lease of the handle's org; each renter gets their own invitation email.
 * Errors: 404 (no such lease in the org), 409 `lease_ended`, 409 `already_on_lease` (that address is on it).
 */
export async function addCoRenter(ports: InvitePorts, s: ScopedHandle, leaseId: string, input: CoRenterInput) {
  const [lease] = await s.select(leases, eq(leases.id, leaseId));
  if (!lease) throw new NotFound("Lease");
  const status = leaseStatus(lease);
  if (status === "ended" || status === "cancelled")
    throw new Conflict("This lease has ended: create a new lease instead", "lease_ended");
  const invitation = await invitationRow(lease, input.email);
  try {
    await s.insert(leaseRenters, invitation.row);
  } catch (error) {
    if (isUniqueViolation(error, "lease_renters.email"))
      throw new Conflict(`${input.email} is already on this lease`, "already_on_lease");
    throw error;
  }
  const [place] = await placeQuery(s, lease.apartmentId);
  if (place)
    await sendLeaseInvitation(ports, place, {
      email: input.email,
      token: invitation.token,
      startDate: lease.startDate,
    });
  return publicInvitation(invitation.row);
}

/**
 * Accepts a lease invitation for the signed-in renter, bound to the invited email: the renter joins the
 * lease (a guarded update, so one acceptance wins) with an audit row. Answers the apartment and the lease.
 * Errors: 404 (unknown token), 409 `invitation_used`, 400 `invitation_expired`, 400 `invitation_email_mismatch`.
 */
export async function acceptLeaseInvitation(db: Db, userId: string, token: string, requestId?: string) {
  const tokenHash = await sha256Hex(token);
  const [[invitation], [user]] = await db.batch([
    db.select().from(leaseRenters).where(eq(leaseRenters.tokenHash, tokenHash)),
    db.select({ email: users.email }).from(users).where(eq(users.id, userId)),
  ]);
  if (!invitation) throw new NotFound("Invitation");
  if (invitation.joinedAt) throw new Conflict("This invitation has already been used", "invitation_used");
  if (invitation.expiresAt < nowIso())
    throw new Invalid("This invitation has expired. Ask your landlord for a new one.", undefined, "invitation_expired");
  if (user?.email !== invitation.email) {
    throw new Invalid(
      `This invitation was sent to ${invitation.email}. Sign in with that address to accept it.`,
      undefined,
      "invitation_email_mismatch",
    );
  }
  const [accepted] = await db.batch([
    updateIf(
      db,
      leaseRenters,
      { userId, joinedAt: nowIso() },
      sql`${eq(leaseRenters.id, invitation.id)} and ${isNull(leaseRenters.joinedAt)}`,
    ),
    auditEntry(db, {
      action: "lease.join",
      actorUserId: userId,
      orgId: invitation.orgId,
      targetType: "lease",
      targetId: invitation.leaseId,
      requestId,
    }),
  ]);
  if (accepted.length !== 1) throw new Conflict("This invitation has already been used", "invitation_used");
  return { apartmentId: invitation.apartmentId, leaseId: invitation.leaseId };
}

/**
 * A lease whose renter has already joined: no invitation to accept (a confirmed application), the renter
 * gets the apartment and its room at once, exactly like an invited renter who accepted. Returns the
 * statements for the caller's batch, each applied only when `when` holds, so the lease lands together
 * with the change that justifies it, or not at all; its charges already due (a past move-in, in the org's
 * time zone) follow, each landing only if the lease did.
 */
export async function joinedLeaseStatements(db: Db, input: JoinedLeaseInput, when: SQL) {
  const { renterUserId, renterEmail, ...terms } = input;
  const now = nowIso();
  const [org] = await db
    .select({
      timezone: apartmentZone(sql`${input.apartmentId}`),
      legalKind: orgs.legalKind,
      familyCompany: orgs.familyCompany,
    })
    .from(orgs)
    .where(eq(orgs.id, input.orgId));
  // Unfurnished unless told; the landlord's kind from the org's legal identity (./landlord-kind.ts);
  // no revision clause until the landlord sets one (PUT /api/leases/{id}/rent-revision/clause).
  const landlordKind = landlordKindFor(org ?? { legalKind: null, familyCompany: false }, terms.landlordKind);
  const lease = {
    ...{
      id: newId(),
      kind: "unfurnished" as const,
      ...terms,
      landlordKind,
      mobilityReason: terms.mobilityReason ?? null,
    },
    remindersEnabled: true,
    ...{ rentRevisionClause: false, rentIndexQuarter: null, rentIndexBaseValue: null, rentRevisedOn: null },
    createdAt: now,
    cancelledAt: null,
  } as const;
  const landed = sql`exists (select 1 from ${leases} where ${leases.id} = ${lease.id})`;
  const charges = chargeStatements(db, lease, todayIn(org?.timezone ?? "UTC"), landed);
  // Nobody accepts this one: the token only fills the unique column and is never sent.
  const renter = {
    id: newId(),
    orgId: input.orgId,
    leaseId: lease.id,
    apartmentId: input.apartmentId,
    email: renterEmail,
    userId: renterUserId,
    tokenHash: await sha256Hex(newSecret()),
    invitedAt: now,
    expiresAt: now,
    joinedAt: now,
  };
  return {
    leaseId: lease.id,
    statements: [insertIf(db, leases, lease, when), insertIf(db, leaseRenters, renter, when), ...charges] as const,
  };
}
