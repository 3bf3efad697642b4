import { desc, eq, sql } from "drizzle-orm";
import type { ApartmentScope } from "../auth/access";
import type { Db } from "../db/client";
import { NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import { nowIso } from "../lib/time";
import { leases } from "../leases/schema";
import { activities } from "../rooms/schema";
import { ledgerEntries, type LedgerKind } from "./schema";

/**
 * The rent ledger. Sign convention (see schema.ts): amounts are what the renter owes — charges and debits
 * positive, payments and credits negative, refunds positive. Every entry has a unique `source_ref`, and
 * every write is `on conflict(source_ref) do nothing`, so a repeated source never writes twice.
 */
export type LedgerEntry = typeof ledgerEntries.$inferSelect;

/** The month `YYYY-MM` of an ISO date or timestamp. */
export const periodOf = (iso: string) => iso.slice(0, 7);

function nextPeriod(period: string): string {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * The periods a lease is charged for as of `todayIso`: every month from the start month up to the current
 * month whose due day has come, and not after the end month. Missed runs are caught up.
 */
export function chargeablePeriods(
  lease: { startDate: string; endDate: string | null; dueDay: number },
  todayIso: string,
): string[] {
  const periods: string[] = [];
  const last =
    lease.endDate && periodOf(lease.endDate) < periodOf(todayIso) ? periodOf(lease.endDate) : periodOf(todayIso);
  for (let p = periodOf(lease.startDate); p <= last; p = nextPeriod(p)) {
    if (`${p}-${String(lease.dueDay).padStart(2, "0")}` <= todayIso.slice(0, 10)) periods.push(p);
  }
  return periods;
}

// D1 binds at most 100 parameters per statement: 11 columns → 9 rows at most.
const ROWS_PER_INSERT = 9;
const STATEMENTS_PER_BATCH = 50;

/**
 * Cron job body: charges every started lease its rent for each due period (catching up missed ones).
 * Idempotent: `charge:<leaseId>:<period>` is unique, so a second run inserts nothing.
 */
export async function chargeDueRent(db: Db, now = Date.now()): Promise<{ leases: number; inserted: number }> {
  const todayIso = nowIso(now).slice(0, 10);
  const createdAt = nowIso(now);
  const active = await db
    .select({
      id: leases.id,
      orgId: leases.orgId,
      startDate: leases.startDate,
      endDate: leases.endDate,
      dueDay: leases.dueDay,
      rentAmount: leases.rentAmount,
      currency: leases.currency,
    })
    .from(leases)
    .where(sql`${leases.startDate} <= ${todayIso}`);
  const rows = active.flatMap((l) =>
    chargeablePeriods(l, todayIso).map((period) => ({
      id: newId(now),
      orgId: l.orgId,
      leaseId: l.id,
      kind: "charge" as const,
      amount: l.rentAmount,
      currency: l.currency,
      period,
      reason: null,
      sourceRef: `charge:${l.id}:${period}`,
      createdBy: "system:rent-charges",
      createdAt,
    })),
  );
  const statements = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    statements.push(
      db
        .insert(ledgerEntries)
        .values(rows.slice(i, i + ROWS_PER_INSERT))
        .onConflictDoNothing({ target: ledgerEntries.sourceRef }),
    );
  }
  let inserted = 0;
  for (let i = 0; i < statements.length; i += STATEMENTS_PER_BATCH) {
    const chunk = statements.slice(i, i + STATEMENTS_PER_BATCH);
    const results = await db.batch(chunk as [(typeof chunk)[number], ...typeof chunk]);
    inserted += results.reduce((n, r) => n + r.meta.changes, 0);
  }
  return { leases: active.length, inserted };
}

/**
 * The payment entry of a payment activity, as one statement to put in the SAME batch as the update that
 * confirms (or posts) it: it inserts only if the activity is then in `status`, settled by `userId`, and has
 * a lease and an amount — so it follows the conditional update exactly, and `activity:<id>` makes it once.
 */
export function paymentEntryOfActivity(db: Db, activityId: string, status: "confirmed" | "posted", userId: string) {
  const settledBy = status === "confirmed" ? sql`a.confirmed_by = ${userId}` : sql`a.author_user_id = ${userId}`;
  // Columns in the table's order: id, org_id, lease_id, kind, amount, currency, period, reason, source_ref, created_by, created_at.
  return db
    .insert(ledgerEntries)
    .select(
      sql`select ${newId()}, a.org_id, a.lease_id, 'payment', -a.amount, coalesce(a.currency, l.currency), a.period, null, 'activity:' || a.id, ${userId}, ${nowIso()}
    from ${activities} a join ${leases} l on l.id = a.lease_id and l.org_id = a.org_id
    where a.id = ${activityId} and a.status = ${status} and ${settledBy}
      and a.kind in ('payment_reported', 'payment_received') and a.amount is not null`,
    )
    .onConflictDoNothing({ target: ledgerEntries.sourceRef });
}

/** A ledger entry on a lease of the caller's org (adjustments, refunds). Returns null if the lease is not the org's. */
async function appendEntry(
  db: Db,
  orgId: string,
  leaseId: string,
  entry: {
    kind: LedgerKind;
    amount: number;
    reason: string | null;
    period?: string | null;
    sourceRef: string;
    createdBy: string;
  },
) {
  const [row] = await db
    .insert(ledgerEntries)
    .select(
      sql`select ${newId()}, l.org_id, l.id, ${entry.kind}, ${entry.amount}, l.currency, ${entry.period ?? null}, ${entry.reason}, ${entry.sourceRef}, ${entry.createdBy}, ${nowIso()}
    from ${leases} l where l.org_id = ${orgId} and l.id = ${leaseId}`,
    )
    .onConflictDoNothing({ target: ledgerEntries.sourceRef })
    .returning();
  if (!row) throw new NotFound("Lease");
  return row;
}

/** A credit (negative) or debit (positive) with a reason, by the landlord side. */
export function addAdjustment(
  db: Db,
  scope: Pick<ApartmentScope, "orgId" | "userId">,
  leaseId: string,
  input: { amount: number; reason: string },
) {
  return appendEntry(db, scope.orgId, leaseId, {
    kind: "adjustment",
    amount: input.amount,
    reason: input.reason,
    sourceRef: `adjustment:${newId()}`,
    createdBy: scope.userId,
  });
}

/** Money given back to the renter (positive: the renter is owed less credit). `sourceRef` names its origin. */
export function recordRefund(
  db: Db,
  scope: Pick<ApartmentScope, "orgId" | "userId">,
  leaseId: string,
  input: { amount: number; reason: string | null; sourceRef: string },
) {
  return appendEntry(db, scope.orgId, leaseId, {
    kind: "refund",
    amount: Math.abs(input.amount),
    reason: input.reason,
    sourceRef: input.sourceRef,
    createdBy: scope.userId,
  });
}

/** The ledger reads of one lease (run them in the access-check batch): entries newest first, then the balance. */
export function ledgerQueries(db: Db, leaseId: string) {
  return [
    db
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.leaseId, leaseId))
      .orderBy(desc(ledgerEntries.createdAt), desc(ledgerEntries.id)),
    db
      .select({
        balance: sql<number>`coalesce((select sum(le.amount) from ledger_entries le where le.lease_id = ${leaseId}), 0)`,
        currency: leases.currency,
        dueDay: leases.dueDay,
        remindersEnabled: leases.remindersEnabled,
      })
      .from(leases)
      .where(eq(leases.id, leaseId)),
  ] as const;
}

export type PeriodStatus = "paid" | "partially_paid" | "due" | "overdue";
export type PeriodSummary = {
  period: string;
  dueDate: string;
  due: number;
  paid: number;
  outstanding: number;
  status: PeriodStatus;
  daysLate: number;
};

/**
 * Per period: what was charged (charges and debits of that period), what was paid against it (payments and
 * credits of that period, then payments without a period, oldest period first), and whether it is paid,
 * partly paid, due (before or on the due date) or overdue. Newest period first.
 */
export function periodSummaries(
  entries: Pick<LedgerEntry, "kind" | "amount" | "period">[],
  dueDay: number,
  todayIso: string,
): PeriodSummary[] {
  const byPeriod = new Map<string, { due: number; paid: number }>();
  let unassigned = 0;
  for (const e of entries) {
    if (!e.period) {
      if (e.amount < 0) unassigned += -e.amount;
      continue;
    }
    const p = byPeriod.get(e.period) ?? { due: 0, paid: 0 };
    if (e.amount > 0) p.due += e.amount;
    else p.paid += -e.amount;
    byPeriod.set(e.period, p);
  }
  const today = todayIso.slice(0, 10);
  const out = [...byPeriod.entries()]
    .filter(([, p]) => p.due > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([period, p]) => {
      const apply = Math.min(unassigned, Math.max(0, p.due - p.paid));
      unassigned -= apply;
      const paid = p.paid + apply;
      const outstanding = Math.max(0, p.due - paid);
      const dueDate = `${period}-${String(dueDay).padStart(2, "0")}`;
      const daysLate =
        outstanding > 0 && today > dueDate ? Math.round((Date.parse(today) - Date.parse(dueDate)) / 86_400_000) : 0;
      const status: PeriodStatus =
        outstanding === 0 ? "paid" : daysLate > 0 ? "overdue" : paid > 0 ? "partially_paid" : "due";
      return { period, dueDate, due: p.due, paid, outstanding, status, daysLate };
    });
  return out.reverse();
}

/** Every ledger entry of an apartment's leases, newest first (the apartment page picks what the viewer may see). */
export function apartmentLedgerQuery(db: Db, apartmentId: string) {
  return db
    .select()
    .from(ledgerEntries)
    .where(sql`${ledgerEntries.leaseId} in (select l.id from leases l where l.apartment_id = ${apartmentId})`)
    .orderBy(desc(ledgerEntries.createdAt), desc(ledgerEntries.id))
    .limit(500);
}
