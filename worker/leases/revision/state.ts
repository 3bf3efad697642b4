import { nextPeriod, periodOf, todayIn } from "../../lib/calendar";
import { isFrenchJurisdiction } from "../../lib/french-lease-law";
import type { RentRevisionState } from "./contract";
import { rentFrozen } from "./energy";
import { currentAnniversary, nextAnniversary, quartersFor, revisedRent } from "./irl";
import type { RevisionLease, RevisionRows } from "./queries";
import type { RentRevisionRow } from "./schema";
import type { EnergyClassChoice } from "../../listings/schema";

/**
 * Where a lease's rent revision stands, as pure rules over the rows of `revisionQueries` (no I/O). "Today" is
 * the org's date (`orgs.timezone`). Loi n° 89-462 art. 17-1: a lease in France with a revision clause is
 * revised at most once a year, from its anniversary; the landlord has a year from the anniversary to ask
 * (then that year's increase is lost), and a revision never reaches back: the new rent is charged from the
 * period after the confirmation (never a period already charged: the ledger is append-only). Since 24 August
 * 2022 (loi Climat et résilience art. 159, amending art. 17-1) a dwelling of DPE class F or G is not revised:
 * status `frozen` (./energy `rentFrozen`; the class is the apartment's listing's, queries `energyClassQuery`).
 */

/** A confirmed revision as the API shows it. */
export function revisionView(r: RentRevisionRow) {
  return {
    id: r.id,
    anniversary: r.anniversary,
    previousRent: r.previousRent,
    newRent: r.newRent,
    currency: r.currency,
    base: { quarter: r.baseQuarter, value: r.baseValue },
    new: { quarter: r.newQuarter, value: r.newValue },
    effectivePeriod: r.effectivePeriod,
    confirmedAt: r.confirmedAt,
  };
}

type Assessment = Pick<RentRevisionState, "status" | "anniversary" | "proposal" | "missingQuarter">;

/** The status and, when due, the proposal (the arithmetic of `revisedRent`) for `lease` on `today`. */
function assess(
  lease: RevisionLease,
  revisions: RentRevisionRow[],
  index: Map<string, string>,
  energyClass: EnergyClassChoice | null,
  today: string,
): Assessment {
  const anniversary = currentAnniversary(lease.startDate, today);
  const none = { anniversary: anniversary?.date ?? null, proposal: null, missingQuarter: null };
  if (!isFrenchJurisdiction(lease.country)) return { status: "not_applicable", ...none };
  if (!lease.clause || !lease.referenceQuarter) return { status: "no_clause", ...none };
  if (!anniversary) return { status: "not_due", ...none };
  if (revisions.some((r) => r.anniversary === anniversary.date)) return { status: "done", ...none };
  const effectivePeriod = nextPeriod(periodOf(today));
  if (lease.endDate && periodOf(lease.endDate) < effectivePeriod) return { status: "lease_ended", ...none };
  // A cancelled lease keeps its agreed dates but never runs: nothing to revise.
  if (lease.cancelledAt) return { status: "lease_ended", ...none };
  if (rentFrozen(energyClass, anniversary.date)) return { status: "frozen", ...none };
  const { baseQuarter, newQuarter } = quartersFor(lease.referenceQuarter, anniversary.number);
  // The first revision compares with the value written in the lease, when it gives one (the clause's figure).
  const baseValue = (anniversary.number === 1 ? lease.baseValue : null) ?? index.get(baseQuarter);
  const newValue = index.get(newQuarter);
  if (!baseValue) return { status: "index_missing", ...none, missingQuarter: baseQuarter };
  if (!newValue) return { status: "index_missing", ...none, missingQuarter: newQuarter };
  return {
    status: "due",
    anniversary: anniversary.date,
    missingQuarter: null,
    proposal: {
      anniversary: anniversary.date,
      currentRent: lease.rentAmount,
      newRent: revisedRent(lease.rentAmount, baseValue, newValue),
      base: { quarter: baseQuarter, value: baseValue },
      new: { quarter: newQuarter, value: newValue },
      effectivePeriod,
    },
  };
}

/**
 * The revision state of the lease of `rows` (null when the lease does not exist), as of `now` (ms) in its
 * org's time zone. `mayConfirm`: whether the viewer holds `lease.manage`. `energyClass`: the dwelling's DPE
 * class, null when no listing of the apartment states one (then the revision is proposed as usual).
 */
export function revisionState(
  [[lease], revisions, indexRows, [dpe]]: RevisionRows,
  mayConfirm: boolean,
  now = Date.now(),
): (RentRevisionState & { lease: RevisionLease; today: string }) | null {
  if (!lease) return null;
  const today = todayIn(lease.timezone, now);
  const index = new Map(indexRows.map((r) => [r.quarter, r.value]));
  const energyClass = dpe?.energyClass ?? null;
  const assessed = assess(lease, revisions, index, energyClass, today);
  return {
    ...assessed,
    lease,
    today,
    clause: { enabled: lease.clause, referenceQuarter: lease.referenceQuarter, baseValue: lease.baseValue },
    currentRent: lease.rentAmount,
    currency: lease.currency,
    energyClass,
    nextAnniversary: nextAnniversary(lease.startDate, today),
    revisions: revisions.map(revisionView),
    canConfirm: mayConfirm && assessed.status === "due",
  };
}
