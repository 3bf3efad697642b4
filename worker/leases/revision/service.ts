import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { ApartmentScope } from "../../auth/access";
import { insertIf } from "../../db/conditional";
import { isUniqueViolation } from "../../db/errors";
import type { ScopedHandle } from "../../db/scoped";
import { auditEntry, auditLog } from "../../lib/audit";
import { enqueueEmail } from "../../email/contract";
import { AppError, Conflict } from "../../lib/errors";
import { isFrenchJurisdiction } from "../../lib/french-lease-law";
import { newId } from "../../lib/ids";
import type { Ports } from "../../lib/ports";
import { nowIso } from "../../lib/time";
import { leases, thisLease } from "../schema";
import type { RentRevisionClauseInput, RentRevisionLetterJob } from "./contract";
import type { RevisionLease, RevisionRows } from "./queries";
import { rentRevisions } from "./schema";
import { revisionState, revisionView } from "./state";

/**
 * Confirming a lease's rent revision and setting its revision clause (loi n° 89-462 art. 17-1). Each write
 * lands with its audit row in one batch (all or none); a revision is unique per lease and anniversary.
 */

type State = NonNullable<ReturnType<typeof revisionState>>;

/** The 409 of each status that is not `due`: why there is nothing to confirm. */
const REFUSALS = {
  not_applicable: ["Rent revision by the IRL applies to leases in France only", "rent_revision_not_applicable"],
  no_clause: ["This lease has no rent revision clause", "rent_revision_no_clause"],
  not_due: ["The rent can be revised from the lease's first anniversary", "rent_revision_not_due"],
  done: ["This anniversary's revision is already confirmed", "rent_revision_done"],
  index_missing: [
    "The rent reference index of a quarter this revision needs is not published yet",
    "rent_index_missing",
  ],
  lease_ended: ["The lease ends before the revised rent would apply", "lease_ended"],
} as const;

/** The 422 of a frozen rent: a dwelling of DPE class F or G (loi n° 89-462 art. 17-1, loi Climat et résilience). */
const FROZEN = "The dwelling's DPE class is F or G: its rent cannot be revised (loi n° 89-462 art. 17-1)";

/**
 * Confirms the proposal of `state` (from `revisionState`) if it is still the one the landlord saw
 * (`anniversary`, `newRent`): records the revision, sets the lease's rent and last revision date, and the
 * audit row, in one batch; then queues the letter PDF. Charges from `effectivePeriod` use the new rent
 * (rent/charges.ts); earlier ones keep the old. Errors: 409 with the status's code when nothing is due
 * (`rent_revision_not_applicable`, `_no_clause`, `_not_due`, `_done`, `rent_index_missing`, `lease_ended`),
 * 409 `rent_revision_stale` when the proposal changed since (index value updated, rent edited, a race);
 * 422 `rent_revision_frozen` for a dwelling of DPE class F or G (the rent is frozen, see ./energy).
 */
export async function confirmRevision(
  ports: Pick<Ports, "db" | "queues" | "requestId">,
  l: ScopedHandle,
  actor: Pick<ApartmentScope, "userId">,
  state: State,
  input: { anniversary: string; newRent: number },
) {
  const p = state.proposal;
  if (state.status === "frozen") throw new AppError(422, "rent_revision_frozen", FROZEN);
  if (state.status !== "due" || !p) {
    const [message, code] = REFUSALS[state.status === "due" ? "done" : state.status];
    throw new Conflict(message, code);
  }
  if (input.anniversary !== p.anniversary || input.newRent !== p.newRent)
    throw new Conflict("The proposed revision changed: reload and confirm again", "rent_revision_stale");
  const { lease } = state;
  const row = {
    id: newId(),
    orgId: lease.orgId,
    apartmentId: lease.apartmentId,
    leaseId: lease.id,
    anniversary: p.anniversary,
    previousRent: p.currentRent,
    newRent: p.newRent,
    currency: lease.currency,
    baseQuarter: p.base.quarter,
    baseValue: p.base.value,
    newQuarter: p.new.quarter,
    newValue: p.new.value,
    effectivePeriod: p.effectivePeriod,
    confirmedBy: actor.userId,
    confirmedAt: nowIso(),
  };
  // Only if the rent is still the one the proposal was computed from, and no later revision exists.
  const unchanged = sql`${thisLease(l)} and ${and(
    eq(leases.rentAmount, p.currentRent),
    or(isNull(leases.rentRevisedOn), lt(leases.rentRevisedOn, p.anniversary)),
  )}`;
  const landed = sql`exists (select 1 from ${rentRevisions} where ${rentRevisions.id} = ${row.id})`;
  const audit = {
    id: newId(),
    at: row.confirmedAt,
    actorUserId: actor.userId,
    orgId: lease.orgId,
    action: "lease.rent_revision",
    targetType: "lease",
    targetId: lease.id,
    requestId: ports.requestId,
    ip: null,
    details: sql`${JSON.stringify({ anniversary: p.anniversary, previousRent: p.currentRent, newRent: p.newRent, base: p.base, new: p.new })}`,
  };
  let inserted: number;
  try {
    const [first] = await l.batch([
      insertIf(ports.db, rentRevisions, row, sql`exists (select 1 from ${leases} where ${unchanged})`),
      l.update(leases, { rentAmount: p.newRent, rentRevisedOn: state.today }, sql`${thisLease(l)} and ${landed}`),
      insertIf(ports.db, auditLog, audit, landed),
    ]);
    inserted = first.meta.changes;
  } catch (error) {
    if (isUniqueViolation(error, "rent_revisions")) throw new Conflict(REFUSALS.done[0], REFUSALS.done[1]);
    throw error;
  }
  if (inserted !== 1)
    throw new Conflict("The proposed revision changed: reload and confirm again", "rent_revision_stale");
  const job: RentRevisionLetterJob = { kind: "rent_revision_letter", leaseId: lease.id, revisionId: row.id };
  await ports.queues.pdf.send(job, { contentType: "json" });
  return revisionView(row);
}

/**
 * Sets the lease's revision clause: on (with the reference quarter `YYYY-Qn` and, optionally, its value as
 * written in the lease; otherwise the table's value of that quarter when published) or off. Audited.
 * Errors: 409 `rent_revision_not_applicable` for a lease outside France.
 */
export async function setRevisionClause(
  ports: Pick<Ports, "db" | "requestId">,
  l: ScopedHandle,
  actor: Pick<ApartmentScope, "userId">,
  rows: RevisionRows,
  input: RentRevisionClauseInput,
) {
  const [[lease], , index] = rows;
  if (!lease) return null;
  if (!isFrenchJurisdiction(lease.country)) throw new Conflict(...REFUSALS.not_applicable);
  const referenceQuarter = input.enabled ? input.referenceQuarter : null;
  const baseValue = input.enabled
    ? (input.baseValue ?? index.find((r) => r.quarter === referenceQuarter)?.value ?? null)
    : null;
  const set = { rentRevisionClause: input.enabled, rentIndexQuarter: referenceQuarter, rentIndexBaseValue: baseValue };
  await l.batch([
    l.update(leases, set, thisLease(l)),
    auditEntry(ports.db, {
      actorUserId: actor.userId,
      orgId: lease.orgId,
      action: "lease.rent_revision_clause",
      targetType: "lease",
      targetId: lease.id,
      requestId: ports.requestId,
      details: { enabled: input.enabled, referenceQuarter, baseValue },
    }),
  ]);
  return { ...lease, clause: input.enabled, referenceQuarter, baseValue };
}

/**
 * Emails each joined renter that their rent was revised, in their language (theirs, else the org's): the
 * amounts, the first period and the index values; the letter is in their home.
 */
export async function notifyRenters(
  ports: Pick<Ports, "queues" | "appUrl">,
  lease: RevisionLease,
  renters: { email: string; locale: string | null }[],
  revision: ReturnType<typeof revisionView>,
) {
  for (const renter of renters)
    await enqueueEmail(ports.queues.email, {
      template: "rent_revised",
      to: renter.email,
      orgId: lease.orgId,
      data: {
        landlord: lease.orgName,
        address: `${lease.street}, ${lease.postalCode} ${lease.city} (${lease.unit})`,
        anniversary: revision.anniversary,
        previousRent: revision.previousRent,
        newRent: revision.newRent,
        currency: revision.currency,
        base: revision.base,
        new: revision.new,
        effectivePeriod: revision.effectivePeriod,
        // The renter's home opens on Rent: the revision and its letter are on the Lease tab.
        link: `${ports.appUrl}/homes/${lease.apartmentId}?tab=lease`,
      },
    });
}
