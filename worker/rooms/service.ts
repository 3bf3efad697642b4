import { and, asc, desc, eq, gte, inArray, isNotNull, ne, sql, type SQL } from "drizzle-orm";
import type { ApartmentScope } from "../auth/access";
import { can, rolesWith } from "../auth/policy";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { insertIf } from "../db/conditional";
import { apartmentHandle, type ScopedHandle } from "../db/scoped";
import { enqueueEmail } from "../email/outbox";
import { todayIn } from "../lib/calendar";
import { Conflict, Forbidden, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import type { PageQuery } from "../lib/pagination";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { leaseRenters, leases } from "../leases/schema";
import { memberships } from "../orgs/schema";
import { apartments, properties } from "../portfolio/schema";
import { ledgerEntries } from "../rent/schema";
import type { Activity, ActivityInput } from "./contract";
import { activities } from "./schema";

/**
 * The apartment activity feed: posts, payment reports and their confirmation. Services take the apartment
 * handle `a` (from `readApartment`/`requireApartment`) and the actor; what they send or mail goes through
 * `Ports`. Confirmation is exactly-once: one guarded update, and the ledger entry in the same batch.
 */
type ActivityRow = typeof activities.$inferSelect;
type Mailer = Pick<Ports, "queues" | "appUrl">;

/** Every condition, as one SQL expression (the handle's `update` wants a definite condition). */
const allOf = (...conditions: SQL[]): SQL => sql`(${sql.join(conditions, sql` and `)})`;

/** An `activities` row as the API and the room show it (no org, no lease). */
export function toActivity({ orgId: _, leaseId: __, ...row }: ActivityRow): Activity {
  return row;
}

/**
 * Whether the actor may settle (confirm or reject) entries that wait for their side: on the landlord side,
 * the holders of `payment.confirm` (maintenance staff may post, not confirm); a renter settles what the
 * landlord asked the renters to confirm.
 */
export function canSettle(actor: Pick<ApartmentScope, "side" | "role">): boolean {
  return actor.side === "renter" || can(actor, "payment.confirm");
}

/** A page of the feed (newest first) and the total count: run them in the access-check batch. */
export function activityPageQueries(a: ScopedHandle, page: PageQuery) {
  return [
    a
      .select(activities)
      .orderBy(desc(activities.createdAt), desc(activities.id))
      .limit(page.limit)
      .offset((page.page - 1) * page.limit),
    a.count(activities),
  ] as const;
}

/**
 * Activity versions of an apartment changed at or after `since` (ISO-8601 UTC; "" for all), oldest change
 * first, at most `limit`: what the apartment's room catches up from D1 after a missed publish.
 */
export async function activitiesChangedSince(
  db: Db,
  apartmentId: string,
  since: string,
  limit: number,
): Promise<Activity[]> {
  const rows = await apartmentHandle(db, apartmentId)
    .select(activities, gte(activities.updatedAt, since))
    .orderBy(asc(activities.updatedAt))
    .limit(limit);
  return rows.map(toActivity);
}

/**
 * The ledger entry of a payment activity, as one statement to put in the SAME batch as the statement that
 * confirms (or posts) it: it inserts only if the activity is then in `status`, settled by `userId`, and has a
 * lease and an amount (minor units; a payment is negative on the ledger), so it follows the guarded update
 * exactly; the unique source ref `activity:<id>` makes it once.
 */
function paymentEntryOf(db: Db, activityId: string, status: "confirmed" | "posted", userId: string) {
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

/** The new feed row for `input` by `actor` on `lease` (the activity's lease, if any). */
function newActivityRow(
  actor: ApartmentScope,
  input: ActivityInput,
  lease: { id: string; currency: string } | undefined,
  apartmentCurrency: string,
): ActivityRow {
  const isPayment = input.amount !== undefined;
  const needsConfirmation = (actor.side === "renter" && isPayment) || Boolean(input.needsConfirmation);
  const now = nowIso();
  return {
    id: newId(),
    orgId: actor.orgId,
    apartmentId: actor.apartmentId,
    leaseId: actor.leaseId ?? lease?.id ?? null,
    kind: isPayment ? (actor.side === "renter" ? "payment_reported" : "payment_received") : "note",
    description: input.description,
    amount: input.amount ?? null,
    currency: isPayment ? (lease?.currency ?? apartmentCurrency) : null,
    period: input.period ?? null,
    authorUserId: actor.userId,
    authorName: actor.userName,
    authorSide: actor.side,
    status: needsConfirmation ? "pending_confirmation" : "posted",
    confirmBySide: needsConfirmation ? (actor.side === "renter" ? "landlord" : "renter") : null,
    confirmedAt: null,
    confirmedBy: null,
    confirmedByName: null,
    rejectedReason: null,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Posts to the feed of `a`'s apartment. A renter with an amount reports a payment, which the landlord must
 * confirm; the landlord may post a payment received (on the ledger at once) and ask the renter to confirm
 * it. Emails the side that must confirm. Throws 403 `read_only` once a renter's lease has ended.
 */
export async function postActivity(
  a: ScopedHandle,
  actor: ApartmentScope,
  input: ActivityInput,
  ports: Pick<Ports, "db"> & Mailer,
): Promise<Activity> {
  if (!actor.canPost)
    throw new Forbidden("This lease has ended: its history stays readable, posting is closed", "read_only");
  // "Today" on the same clock as the access check's `canPost` (UTC), so both agree on whether a lease runs.
  const today = todayIn("UTC");
  const [[apartment], [lease]] = await a.batch([
    a.selectFields({ currency: apartments.currency }, apartments, eq(apartments.id, actor.apartmentId)),
    a
      .selectFields(
        { id: leases.id, currency: leases.currency },
        leases,
        sql`(${leases.endDate} is null or ${leases.endDate} >= ${today})`,
      )
      .orderBy(desc(leases.startDate))
      .limit(1),
  ]);
  if (!apartment) throw new NotFound("Apartment");
  const row = newActivityRow(actor, input, lease, apartment.currency);
  const { orgId: _, ...values } = row;
  if (row.kind === "payment_received" && row.status === "posted") {
    // A landlord's payment received, with no confirmation asked: it is on the ledger at once, in the same batch.
    await a.batch([a.insert(activities, values), paymentEntryOf(ports.db, row.id, "posted", actor.userId)]);
  } else {
    await a.insert(activities, values);
  }
  if (row.confirmBySide) await askForConfirmation(a, row, ports);
  return toActivity(row);
}

/** Emails "confirmation needed" to the side that must confirm: the org's confirmers, or the lease's renters. */
async function askForConfirmation(a: ScopedHandle, row: ActivityRow, mailer: Mailer) {
  const [[place], recipients] = await a.batch([
    a
      .selectFields(
        { address: properties.address, city: properties.city, unit: apartments.unitNumber },
        apartments,
        eq(apartments.id, row.apartmentId),
      )
      .innerJoin(properties, and(eq(properties.id, apartments.propertyId), eq(properties.orgId, apartments.orgId))),
    row.confirmBySide === "landlord"
      ? a
          .selectFields({ email: users.email }, memberships, inArray(memberships.role, rolesWith("payment.confirm")))
          .innerJoin(users, eq(users.id, memberships.userId))
      : a
          .selectFields(
            { email: users.email },
            leaseRenters,
            and(eq(leaseRenters.leaseId, row.leaseId ?? ""), isNotNull(leaseRenters.joinedAt)),
          )
          .innerJoin(users, eq(users.id, leaseRenters.userId)),
  ]);
  const address = place ? `${place.address}, ${place.city} — unit ${place.unit}` : "your apartment";
  const link = `${mailer.appUrl}/${row.confirmBySide === "landlord" ? "apartments" : "homes"}/${row.apartmentId}`;
  for (const { email } of recipients) {
    await enqueueEmail(mailer.queues.email, {
      template: "confirmation_needed",
      to: email,
      data: { authorName: row.authorName, description: row.description, address, link },
    });
  }
}

/**
 * The apartment of an activity, looked up before the access check (the route then requires access to that
 * apartment, and answers a foreign activity exactly like a missing one). Throws 404 `Activity`.
 */
export async function apartmentOfActivity({ db }: Pick<Ports, "db">, activityId: string): Promise<string> {
  const [row] = await db
    .select({ apartmentId: activities.apartmentId })
    .from(activities)
    .where(eq(activities.id, activityId));
  if (!row) throw new NotFound("Activity");
  return row.apartmentId;
}

/** A settling change: the fields it sets, and whether a payment then goes on the ledger. */
type Settlement = { set: Partial<Omit<ActivityRow, "id" | "orgId">>; recordPayment: boolean };

async function settle(
  a: ScopedHandle,
  actor: ApartmentScope,
  activityId: string,
  { set, recordPayment }: Settlement,
  { db }: Pick<Ports, "db">,
): Promise<Activity> {
  if (!canSettle(actor)) throw new Forbidden(`Your role (${actor.role}) does not allow confirming payments`);
  // One guarded update: of racing confirmations exactly one matches `pending_confirmation`.
  const update = a
    .update(
      activities,
      { ...set, updatedAt: nowIso() },
      allOf(
        eq(activities.id, activityId),
        eq(activities.status, "pending_confirmation"),
        eq(activities.confirmBySide, actor.side),
        ne(activities.authorUserId, actor.userId),
      ),
    )
    .returning();
  // A confirmed payment goes on the ledger in the same batch; its insert only matches if this update did (or a
  // twin by the same user did: then the unique source ref keeps it single).
  const [[updated]] = recordPayment
    ? await a.batch([update, paymentEntryOf(db, activityId, "confirmed", actor.userId)])
    : [await update];
  if (updated) return toActivity(updated);
  const [current] = await a.select(activities, eq(activities.id, activityId));
  if (!current) throw new NotFound("Activity");
  if (current.authorUserId === actor.userId) throw new Forbidden("You cannot confirm your own entry", "own_entry");
  if (current.status !== "pending_confirmation")
    throw new Conflict(`This entry is already ${current.status.replace("_", " ")}`, `already_${current.status}`);
  throw new Forbidden(`This entry waits for the ${current.confirmBySide} to confirm it`, "wrong_side");
}

/**
 * Confirms an entry waiting for the actor's side (a payment then goes on the ledger, once). 403 `own_entry`,
 * `wrong_side` or a role without `payment.confirm`; 409 `already_<status>`; 404 if it is not in `a`.
 */
export function confirmActivity(a: ScopedHandle, actor: ApartmentScope, activityId: string, ports: Pick<Ports, "db">) {
  const set = {
    status: "confirmed" as const,
    confirmedAt: nowIso(),
    confirmedBy: actor.userId,
    confirmedByName: actor.userName,
  };
  return settle(a, actor, activityId, { set, recordPayment: true }, ports);
}

/** Rejects an entry waiting for the actor's side, with a reason; the same answers as `confirmActivity`. */
export function rejectActivity(
  a: ScopedHandle,
  actor: ApartmentScope,
  activityId: string,
  reason: string,
  ports: Pick<Ports, "db">,
) {
  const set = {
    status: "rejected" as const,
    rejectedReason: reason,
    confirmedAt: nowIso(),
    confirmedBy: actor.userId,
    confirmedByName: actor.userName,
  };
  return settle(a, actor, activityId, { set, recordPayment: false }, ports);
}
