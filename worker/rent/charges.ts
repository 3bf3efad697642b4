import { and, eq, isNull, lte } from "drizzle-orm";
import type { Db } from "../db/client";
import { leases } from "../leases/schema";
import { leaseRevisionsJson, parseLeaseRevisions } from "../leases/revision/schema";
import { addDays, todayIn } from "../lib/calendar";
import { newId } from "../lib/ids";
import { chargeRows } from "../lib/rent-dates";
import { nowIso } from "../lib/time";
import { orgs } from "../orgs/schema";
import { ledgerEntries } from "./schema";
import { apartmentZone } from "../portfolio/schema";

// D1 binds at most 100 parameters per statement: 11 columns → 9 rows at most.
const ROWS_PER_INSERT = 9;
const STATEMENTS_PER_BATCH = 50;

/**
 * The daily cron's rent charges, across every org: each started lease is charged each period whose due
 * date (inside the lease) has come, "today" being its org's date (`orgs.timezone`), the first and last
 * months pro-rated (lib/rent-dates.ts `chargeOf`), each at the rent in force that period (a confirmed rent
 * revision from its first period on: leases/revision); missed runs are caught up. Idempotent: `charge:<leaseId>:<period>` is unique and
 * the inserts are `on conflict do nothing`, so a second run inserts nothing. Answers the leases looked at
 * and the entries written. `now` is ms since the epoch.
 */
export async function chargeDueRent(db: Db, now = Date.now()): Promise<{ leases: number; inserted: number }> {
  // No zone is more than a day ahead of UTC: leases starting after that cannot be due anywhere yet.
  const horizon = addDays(todayIn("UTC", now), 1);
  const createdAt = nowIso(now);
  const active = await db
    .select({
      id: leases.id,
      orgId: leases.orgId,
      startDate: leases.startDate,
      endDate: leases.endDate,
      dueDay: leases.dueDay,
      rentAmount: leases.rentAmount,
      chargesAmount: leases.chargesAmount,
      firstMonthAmount: leases.firstMonthAmount,
      lastMonthAmount: leases.lastMonthAmount,
      currency: leases.currency,
      timezone: apartmentZone(leases.apartmentId),
      // The lease's confirmed rent revisions: charges before a revision's first period keep the old rent.
      revisions: leaseRevisionsJson,
    })
    .from(leases)
    .innerJoin(orgs, eq(orgs.id, leases.orgId))
    // A cancelled lease keeps its agreed dates but is never charged.
    .where(and(lte(leases.startDate, horizon), isNull(leases.cancelledAt)));
  const rows = active.flatMap((l) =>
    chargeRows({ ...l, revisions: parseLeaseRevisions(l.revisions) }, todayIn(l.timezone, now), createdAt, () =>
      newId(now),
    ),
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
    const [first, ...rest] = statements.slice(i, i + STATEMENTS_PER_BATCH);
    if (!first) break;
    const results = await db.batch([first, ...rest]);
    inserted += results.reduce((n, r) => n + r.meta.changes, 0);
  }
  return { leases: active.length, inserted };
}
