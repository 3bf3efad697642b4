import { lte } from "drizzle-orm";
import type { Db } from "../db/client";
import { leases } from "../leases/schema";
import { todayIn } from "../lib/calendar";
import { newId } from "../lib/ids";
import { nowIso } from "../lib/time";
import { chargeablePeriods } from "./periods";
import { ledgerEntries } from "./schema";

// D1 binds at most 100 parameters per statement: 11 columns → 9 rows at most.
const ROWS_PER_INSERT = 9;
const STATEMENTS_PER_BATCH = 50;

/**
 * The daily cron's rent charges, across every org: each started lease is charged its rent for each due
 * period (catching up missed ones; "today" in UTC). Idempotent: `charge:<leaseId>:<period>` is unique and
 * the inserts are `on conflict do nothing`, so a second run inserts nothing. Answers the leases looked at
 * and the entries written. `now` is ms since the epoch.
 */
export async function chargeDueRent(db: Db, now = Date.now()): Promise<{ leases: number; inserted: number }> {
  const today = todayIn("UTC", now);
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
    .where(lte(leases.startDate, today));
  const rows = active.flatMap((l) =>
    chargeablePeriods(l, today).map((period) => ({
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
    const [first, ...rest] = statements.slice(i, i + STATEMENTS_PER_BATCH);
    if (!first) break;
    const results = await db.batch([first, ...rest]);
    inserted += results.reduce((n, r) => n + r.meta.changes, 0);
  }
  return { leases: active.length, inserted };
}
