import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { ApartmentScope } from "../auth/access";
import type { Db } from "../db/client";
import { insertIf } from "../db/conditional";
import type { ScopedHandle } from "../db/scoped";
import { leases, thisLease } from "../leases/schema";
import { NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { activities } from "../rooms/schema";
import type { AdjustmentInput, RemindersInput } from "./contract";
import { ledgerEntries, type LedgerKind } from "./schema";

/**
 * Writes to the rent ledger. Sign convention (see schema.ts): amounts are what the renter owes, in minor
 * units: charges and debits positive, payments and credits negative, refunds positive. Every entry has a
 * unique `source_ref`, and every write is `on conflict(source_ref) do nothing`, so a repeated source never
 * writes twice. Reads live in ./queries.ts, the cron's charges in ./charges.ts, Stripe in ./stripe*.ts.
 */

/** Who writes: the user recorded as the entry's `createdBy`. */
type Author = Pick<ApartmentScope, "userId">;

/**
 * The payment entry of a payment activity, as one statement to put in the SAME batch as the update that
 * confirms (or posts) it: it inserts only if the activity is then in `status`, settled by `userId`, and has
 * a lease and an amount — so it follows the conditional update exactly, and `activity:<id>` makes it once.
 * The entry is `-amount` in the activity's currency (else the lease's), for the activity's period.
 */
export function paymentEntryOfActivity(db: Db, activityId: string, status: "confirmed" | "posted", userId: string) {
  const settledBy = status === "confirmed" ? eq(activities.confirmedBy, userId) : eq(activities.authorUserId, userId);
  return insertIf(
    db,
    ledgerEntries,
    {
      id: newId(),
      orgId: sql`${activities.orgId}`,
      leaseId: sql`${activities.leaseId}`,
      kind: "payment",
      amount: sql`-${activities.amount}`,
      currency: sql`coalesce(${activities.currency}, ${leases.currency})`,
      period: sql`${activities.period}`,
      reason: null,
      sourceRef: sql`'activity:' || ${activities.id}`,
      createdBy: userId,
      createdAt: nowIso(),
    },
    sql`${eq(activities.id, activityId)} and ${eq(activities.status, status)} and ${settledBy}
      and ${inArray(activities.kind, ["payment_reported", "payment_received"])} and ${isNotNull(activities.amount)}`,
    sql`${activities} join ${leases} on ${and(eq(leases.id, activities.leaseId), eq(leases.orgId, activities.orgId))}`,
  ).onConflictDoNothing({ target: ledgerEntries.sourceRef });
}

type Entry = {
  kind: LedgerKind;
  amount: number;
  reason: string | null;
  period?: string | null;
  sourceRef: string;
  createdBy: string;
};

/**
 * One entry on the handle's lease, in the lease's currency: a single conditional insert that lands only if
 * the lease is in the handle's scope. Answers the entry. Errors: 404 when the lease is not in scope (or the
 * source already wrote its entry).
 */
async function appendEntry({ db }: Pick<Ports, "db">, l: ScopedHandle, entry: Entry) {
  const [row] = await insertIf(
    db,
    ledgerEntries,
    {
      id: newId(),
      orgId: sql`${leases.orgId}`,
      leaseId: sql`${leases.id}`,
      kind: entry.kind,
      amount: entry.amount,
      currency: sql`${leases.currency}`,
      period: entry.period ?? null,
      reason: entry.reason,
      sourceRef: entry.sourceRef,
      createdBy: entry.createdBy,
      createdAt: nowIso(),
    },
    l.inScope(leases, thisLease(l)) ?? sql`0`,
    sql`${leases}`,
  )
    .onConflictDoNothing({ target: ledgerEntries.sourceRef })
    .returning();
  if (!row) throw new NotFound("Lease");
  return row;
}

/** A credit (negative) or debit (positive) with a reason, by the landlord side, on the handle's lease. */
export function addAdjustment(ports: Pick<Ports, "db">, l: ScopedHandle, author: Author, input: AdjustmentInput) {
  return appendEntry(ports, l, {
    kind: "adjustment",
    amount: input.amount,
    reason: input.reason,
    sourceRef: `adjustment:${newId()}`,
    createdBy: author.userId,
  });
}

/**
 * Money given back to the renter, on the handle's lease: a positive entry of `|amount|` (the renter is owed
 * less credit). `sourceRef` names its origin, so the same refund is recorded once.
 */
export function recordRefund(
  ports: Pick<Ports, "db">,
  l: ScopedHandle,
  author: Author,
  input: { amount: number; reason: string | null; sourceRef: string },
) {
  return appendEntry(ports, l, {
    kind: "refund",
    amount: Math.abs(input.amount),
    reason: input.reason,
    sourceRef: input.sourceRef,
    createdBy: author.userId,
  });
}

/** Switches the rent reminder emails of the handle's lease on or off; answers the new setting. */
export async function setReminders(l: ScopedHandle, input: RemindersInput) {
  await l.update(leases, { remindersEnabled: input.enabled }, thisLease(l));
  return { remindersEnabled: input.enabled };
}
