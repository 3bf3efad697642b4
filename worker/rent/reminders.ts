import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { enqueueEmail } from "../email/outbox";
import { leaseRenters, leases } from "../leases/schema";
import { newId } from "../lib/ids";
import { nowIso } from "../lib/time";
import { apartments, properties } from "../portfolio/schema";
import { ledgerEntries, rentReminders } from "./schema";
import { periodOf, periodSummaries } from "./service";

/**
 * Rent reminders, run daily after the charges: REMIND_DAYS_BEFORE days before the due day, on the due
 * day if the period is unpaid, and every 7 days while a period stays overdue. Leases whose landlord
 * switched reminders off get none. Each (lease, period, kind) is recorded in `rent_reminders` before the
 * mail is queued, so a second run the same day sends nothing twice.
 */
export const REMIND_DAYS_BEFORE = 3;
const DAY = 86_400_000;

type Reminder = {
  leaseId: string;
  orgId: string;
  period: string;
  kind: string;
  mail: "before" | "due" | "overdue";
  amount: number;
  currency: string;
  dueDate: string;
  daysLate: number;
  address: string;
  apartmentId: string;
};

export async function sendRentReminders(
  db: Db,
  emailQueue: Queue,
  appUrl: string,
  now = Date.now(),
): Promise<{ considered: number; sent: number }> {
  const today = nowIso(now).slice(0, 10);
  const active = await db
    .select({
      id: leases.id,
      orgId: leases.orgId,
      apartmentId: leases.apartmentId,
      dueDay: leases.dueDay,
      rentAmount: leases.rentAmount,
      currency: leases.currency,
      address:
        sql<string>`${properties.address} || ', ' || ${properties.city} || ' (unit ' || ${apartments.unitNumber} || ')'`.as(
          "address",
        ),
    })
    .from(leases)
    .innerJoin(apartments, eq(apartments.id, leases.apartmentId))
    .innerJoin(properties, eq(properties.id, apartments.propertyId))
    .where(
      and(
        eq(leases.remindersEnabled, true),
        sql`${leases.startDate} <= ${new Date(now + REMIND_DAYS_BEFORE * DAY).toISOString().slice(0, 10)}`,
        sql`(${leases.endDate} is null or ${leases.endDate} >= ${today})`,
      ),
    );
  if (active.length === 0) return { considered: 0, sent: 0 };
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

  const due: Reminder[] = [];
  for (const lease of active) {
    const periods = periodSummaries(
      entries.filter((e) => e.leaseId === lease.id),
      lease.dueDay,
      today,
    );
    const base = {
      leaseId: lease.id,
      orgId: lease.orgId,
      currency: lease.currency,
      address: lease.address,
      apartmentId: lease.apartmentId,
    };
    // Before the next due day (this month's, or next month's when this one has passed).
    const upcoming = new Date(now + REMIND_DAYS_BEFORE * DAY).toISOString().slice(0, 10);
    if (Number(upcoming.slice(8, 10)) === lease.dueDay) {
      due.push({
        ...base,
        period: periodOf(upcoming),
        kind: "before",
        mail: "before",
        amount: lease.rentAmount,
        dueDate: upcoming,
        daysLate: 0,
      });
    }
    for (const p of periods) {
      if (p.outstanding <= 0) continue;
      if (p.dueDate === today)
        due.push({
          ...base,
          period: p.period,
          kind: "due",
          mail: "due",
          amount: p.outstanding,
          dueDate: p.dueDate,
          daysLate: 0,
        });
      else if (p.daysLate > 0 && p.daysLate % 7 === 0)
        due.push({
          ...base,
          period: p.period,
          kind: `overdue-${p.daysLate / 7}`,
          mail: "overdue",
          amount: p.outstanding,
          dueDate: p.dueDate,
          daysLate: p.daysLate,
        });
    }
  }
  if (due.length === 0) return { considered: active.length, sent: 0 };

  // Claim each reminder first; only the run that inserted the row sends the mail.
  const claimed = await db.batch(
    due.map((r) =>
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
    ) as [never, ...never[]],
  );
  let sent = 0;
  for (const [i, reminder] of due.entries()) {
    if (!(claimed[i] as unknown as unknown[]).length) continue;
    for (const renter of renters.filter((x) => x.leaseId === reminder.leaseId)) {
      await enqueueEmail(emailQueue, {
        template: "rent_reminder",
        to: renter.email,
        data: {
          kind: reminder.mail,
          address: reminder.address,
          amount: reminder.amount,
          currency: reminder.currency,
          dueDate: reminder.dueDate,
          daysLate: reminder.daysLate,
          link: `${appUrl}/homes/${reminder.apartmentId}`,
        },
      });
      sent++;
    }
  }
  return { considered: active.length, sent };
}
