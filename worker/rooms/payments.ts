import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { insertIf } from "../db/conditional";
import { newId } from "../lib/ids";
import { nowIso } from "../lib/time";
import { leases } from "../leases/schema";
import { ledgerEntries } from "../rent/schema";
import { activities } from "./schema";

/**
 * The ledger entry of a payment activity, as one statement to put in the SAME batch as the statement that
 * confirms (or posts) it: it inserts only if the activity is then in `status`, settled by `userId`, and has a
 * lease and an amount (minor units; a payment is negative on the ledger), so it follows the guarded update
 * exactly; the unique source ref `activity:<id>` makes it once.
 */
export function paymentEntryOf(db: Db, activityId: string, status: "confirmed" | "posted", userId: string) {
  const settledBy = status === "confirmed" ? sql`a.confirmed_by = ${userId}` : sql`a.author_user_id = ${userId}`;
  return insertIf(
    db,
    ledgerEntries,
    {
      id: newId(),
      orgId: sql`a.org_id`,
      leaseId: sql`a.lease_id`,
      kind: "payment",
      amount: sql`-a.amount`,
      currency: sql`coalesce(a.currency, l.currency)`,
      period: sql`a.period`,
      reason: null,
      sourceRef: sql`'activity:' || a.id`,
      createdBy: userId,
      createdAt: nowIso(),
    },
    sql`a.id = ${activityId} and a.status = ${status} and ${settledBy}
      and a.kind in ('payment_reported', 'payment_received') and a.amount is not null`,
    sql`${activities} a join ${leases} l on l.id = a.lease_id and l.org_id = a.org_id`,
  ).onConflictDoNothing({ target: ledgerEntries.sourceRef });
}
