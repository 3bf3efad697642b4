import { and, eq, gte, inArray, isNotNull, isNull, lte, or } from "drizzle-orm";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { inSlices } from "../db/chunks";
import { enqueueEmail } from "../email/contract";
import { leaseRenters, leases } from "../leases/schema";
import { addDays, leaseDueDate, periodOf, todayIn } from "../lib/calendar";
import { leaseRevisionsJson, parseLeaseRevisions } from "../leases/revision/schema";
import { chargeOf } from "../lib/rent-dates";
import { orgs } from "../orgs/schema";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { apartments, properties, propertyZone } from "../portfolio/schema";
import { periodSummaries } from "./periods";
import { ledgerEntries, rentReminders } from "./schema";

/**
 * Rent reminders, run daily after the charges: REMIND_DAYS_BEFORE days before the due day, on the due
 * day if the period is unpaid, and every 7 days while a period stays overdue. Leases whose landlord
 * switched reminders off get none. Each (lease, period, kind) is recorded in `rent_reminders` before the
 * mail is queued, so a second run the same day sends nothing twice. "Today" is each lease's org's date
 * (`orgs.timezone`), and due dates lie inside the lease (lib/calendar.ts `leaseDueDate`).
 */
const REMIND_DAYS_BEFORE = 3;

type Reminder = {
  leaseId: string;
  orgId: string;
  period: string;
  /** The claim key within the period: `before`, `due`, `overdue-1`, `overdue-2`, … */
  kind: string;
  mail: "before" | "due" | "overdue";
  /** Minor units of `currency`. */
  amount: number;
  currency: string;
  dueDate: string;
  daysLate: number;
  address: { street: string; city: string; unit: string };
  apartmentId: string;
};

/**
 * Leases with reminders on, started by `horizon` and not ended by `today` (UTC dates widened by a day each
 * way by the caller, since each lease's own date is its org's).
 */
function remindableLeases(db: Db, today: string, horizon: string) {
  return db
    .select({
      id: leases.id,
      orgId: leases.orgId,
      apartmentId: leases.apartmentId,
      dueDay: leases.dueDay,
      startDate: leases.startDate,
      endDate: leases.endDate,
      rentAmount: leases.rentAmount,
      chargesAmount: leases.chargesAmount,
      firstMonthAmount: leases.firstMonthAmount,
      lastMonthAmount: leases.lastMonthAmount,
      // Confirmed rent revisions: a period before a revision's first one is reminded at the rent it replaced.
      revisions: leaseRevisionsJson,
      currency: leases.currency,
      timezone: propertyZone(),
      street: properties.address,
      city: properties.city,
      unit: apartments.unitNumber,
    })
    .from(leases)
    .innerJoin(apartments, eq(apartments.id, leases.apartmentId))
    .innerJoin(properties, eq(properties.id, apartments.propertyId))
    .innerJoin(orgs, eq(orgs.id, leases.orgId))
    .where(
      and(
        eq(leases.remindersEnabled, true),
        lte(leases.startDate, horizon),
        or(isNull(leases.endDate), gte(leases.endDate, today)),
        isNull(leases.cancelledAt),
      ),
    );
}
type RemindableLease = Awaited<ReturnType<typeof remindableLeases>>[number];
type EntryRow = { kind: "charge" | "payment" | "adjustment" | "refund"; amount: number; period: string | null };

/**
 * The reminders one lease is due on `today` (its org's date; pure): "before" when `today` +
 * REMIND_DAYS_BEFORE is a due date inside the lease (that month's charge, pro-rated if partial), "due" on
 * the due date of an unpaid period, "overdue-N" every 7th day late.
 */
function remindersOf(lease: RemindableLease, entries: EntryRow[], today: string): Reminder[] {
  const base = {
    leaseId: lease.id,
    orgId: lease.orgId,
    currency: lease.currency,
    address: { street: lease.street, city: lease.city, unit: lease.unit },
    apartmentId: lease.apartmentId,
  };
  const out: Reminder[] = [];
  // Before the next due day (this month's, or next month's when this one has passed).
  const upcoming = addDays(today, REMIND_DAYS_BEFORE);
  const inLease = upcoming >= lease.startDate && (!lease.endDate || upcoming <= lease.endDate);
  if (inLease && leaseDueDate(periodOf(upcoming), lease) === upcoming) {
    const amount = chargeOf(periodOf(upcoming), { ...lease, revisions: parseLeaseRevisions(lease.revisions) });
    const before = { kind: "before", mail: "before" as const, amount, daysLate: 0 };
    out.push({ ...base, ...before, period: periodOf(upcoming), dueDate: upcoming });
  }
  for (const p of periodSummaries(entries, lease, today)) {
    if (p.outstanding <= 0) continue;
    const period = { period: p.period, amount: p.outstanding, dueDate: p.dueDate };
    if (p.dueDate === today) out.push({ ...base, ...period, kind: "due", mail: "due", daysLate: 0 });
    else if (p.daysLate > 0 && p.daysLate % 7 === 0)
      out.push({ ...base, ...period, kind: `overdue-${p.daysLate / 7}`, mail: "overdue", daysLate: p.daysLate });
  }
  return out;
}

/** Claims each reminder (a unique row per lease, period and kind); true where this run inserted the claim. */
async function claimReminders(db: Db, due: Reminder[], now: number): Promise<boolean[]> {
  const [first, ...rest] = due.map((r) =>
    db
      .insert(rentReminders)
      .values({
        id: newId(now),
        orgId: r.orgId,
        leaseId: r.leaseId,
        period: r.period,
        kind: r.kind,
        sentAt: nowIso(now),
      })
      .onConflictDoNothing()
      .returning({ id: rentReminders.id }),
  );
  if (!first) return [];
  const claimed = await db.batch([first, ...rest]);
  return claimed.map((rows) => rows.length > 0);
}

/**
 * The daily reminder run across every org (`now`: ms since the epoch). Claims each due reminder first, and
 * only the run that inserted the claim queues the emails (one per joined renter). The leases go in slices of
 * D1_IN_LIST_MAX (their ids are bound into the reads: D1 takes at most 100 parameters a statement). Answers how
 * many leases were considered and how many emails were queued.
 */
export async function sendRentReminders(
  ports: Pick<Ports, "db" | "queues" | "appUrl">,
  now = Date.now(),
): Promise<{ considered: number; sent: number }> {
  const utc = todayIn("UTC", now);
  const active = await remindableLeases(ports.db, addDays(utc, -1), addDays(utc, REMIND_DAYS_BEFORE + 1));
  let sent = 0;
  for (const slice of inSlices(active)) sent += await remindSlice(ports, slice, now);
  return { considered: active.length, sent };
}

/** The reminders of a slice of the remindable leases (at most D1_IN_LIST_MAX): claimed, then mailed; answers the emails queued. */
async function remindSlice(
  ports: Pick<Ports, "db" | "queues" | "appUrl">,
  active: RemindableLease[],
  now: number,
): Promise<number> {
  const { db } = ports;
  const ids = active.map((l) => l.id);
  const [entries, renters] = await db.batch([
    db
      .select({
        leaseId: ledgerEntries.leaseId,
        kind: ledgerEntries.kind,
        amount: ledgerEntries.amount,
        period: ledgerEntries.period,
      })
      .from(ledgerEntries)
      .where(inArray(ledgerEntries.leaseId, ids)),
    db
      .select({ leaseId: leaseRenters.leaseId, email: users.email })
      .from(leaseRenters)
      .innerJoin(users, eq(users.id, leaseRenters.userId))
      .where(and(inArray(leaseRenters.leaseId, ids), isNotNull(leaseRenters.joinedAt))),
  ]);
  const due = active.flatMap((lease) =>
    remindersOf(
      lease,
      entries.filter((e) => e.leaseId === lease.id),
      todayIn(lease.timezone, now),
    ),
  );
  const claimed = await claimReminders(db, due, now);
  let sent = 0;
  for (const [i, reminder] of due.entries()) {
    if (!claimed[i]) continue;
    for (const renter of renters.filter((x) => x.leaseId === reminder.leaseId)) {
      await enqueueEmail(ports.queues.email, {
        template: "rent_reminder",
        to: renter.email,
        orgId: reminder.orgId,
        data: {
          kind: reminder.mail,
          address: reminder.address,
          amount: reminder.amount,
          currency: reminder.currency,
          dueDate: reminder.dueDate,
          daysLate: reminder.daysLate,
          link: `${ports.appUrl}/homes/${reminder.apartmentId}`,
        },
      });
      sent++;
    }
  }
  return sent;
}
