import { and, asc, desc, eq, gte, inArray, isNotNull, sql } from "drizzle-orm";
import type { ApartmentScope } from "../auth/access";
import { rolesWith } from "../auth/policy";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { apartmentHandle, type ScopedHandle } from "../db/scoped";
import { enqueueEmail } from "../email/contract";
import { Forbidden, Invalid, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import type { PageQuery } from "../lib/pagination";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { todayIn } from "../lib/calendar";
import { leaseRenters } from "../leases/schema";
import { memberships } from "../orgs/schema";
import { apartments, apartmentZone, properties } from "../portfolio/schema";
import type { Activity, ActivityInput } from "./contract";
import { chooseLease, currentLeasesQuery } from "./lease-choice";
import { paymentEntryOf } from "./payments";
import { noPendingPaymentFor, throwPaymentPending } from "./pending-payment";
import { insertIf } from "../db/conditional";
import { assertPeriodOfLease, assertReceivedBy, paymentPostedAudit } from "./payment-audit";
import { activities } from "./schema";
import { visibleActivitiesTo } from "./sight";

/**
 * The apartment activity feed: reading it and posting to it (settling a pending entry is ./confirmation.ts).
 * Services take the apartment handle `a` (from `readApartment`/`requireApartment`) and the actor; what they
 * mail goes through `Ports`.
 */
type ActivityRow = typeof activities.$inferSelect;
type Mailer = Pick<Ports, "queues" | "appUrl">;

/** An `activities` row as the API and the room show it (no org). */
export function toActivity({ orgId: _, ...row }: ActivityRow): Activity {
  return row;
}

/**
 * A page of the feed (newest first) and the total count, as user `viewerId` may see it (rooms/sight.ts:
 * a renter sees their own tenure only): run them in the access-check batch.
 */
export function activityPageQueries(a: ScopedHandle, page: PageQuery, viewerId: string) {
  const visible = visibleActivitiesTo(viewerId);
  return [
    a
      .select(activities, visible)
      .orderBy(desc(activities.createdAt), desc(activities.id))
      .limit(page.limit)
      .offset((page.page - 1) * page.limit),
    a.count(activities, visible),
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
 * The new feed row for `input` by `actor` on `lease` (the activity's lease, if any). A payment is received
 * on `today` (the org's date) unless it says otherwise; a payment without a note stores an empty description.
 */
function newActivityRow(
  actor: ApartmentScope,
  input: ActivityInput,
  lease: { id: string; currency: string } | undefined,
  apartmentCurrency: string,
  today: string,
): ActivityRow {
  const isPayment = input.amount !== undefined;
  const needsConfirmation = (actor.side === "renter" && isPayment) || Boolean(input.needsConfirmation);
  const now = nowIso();
  return {
    id: newId(),
    orgId: actor.orgId,
    apartmentId: actor.apartmentId,
    leaseId: lease?.id ?? (actor.side === "renter" ? actor.leaseId : null),
    kind: isPayment ? (actor.side === "renter" ? "payment_reported" : "payment_received") : "note",
    description: input.description ?? "",
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
    method: isPayment ? (input.method ?? null) : null,
    receivedOn: isPayment ? (input.receivedOn ?? today) : null,
    maintenanceRequestId: null,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Posts to the feed of `a`'s apartment. A renter with an amount reports a payment, which the landlord must
 * confirm; the landlord may post a payment received (on the ledger at once) and ask the renter to confirm
 * it. Emails the side that must confirm. Throws 403 `read_only` once a renter's lease has ended, and what
 * `chooseLease` throws: 403 for money without `ledger.write` / `payment.report`, 404 `Lease` for a `leaseId`
 * that is not a current lease of the caller's, 422 `lease_required` when several current leases could be meant.
 */
export async function postActivity(
  a: ScopedHandle,
  actor: ApartmentScope,
  input: ActivityInput,
  ports: Pick<Ports, "db"> & Partial<Pick<Ports, "requestId">> & Mailer,
): Promise<Activity> {
  if (!actor.canPost)
    throw new Forbidden("This lease has ended: its history stays readable, posting is closed", "read_only");
  const [[apartment], current] = await a.batch([
    a.selectFields(
      { currency: apartments.currency, timezone: apartmentZone(apartments.id) },
      apartments,
      eq(apartments.id, actor.apartmentId),
    ),
    currentLeasesQuery(a, actor.userId),
  ]);
  if (!apartment) throw new NotFound("Apartment");
  assertShape(input);
  const lease = chooseLease(actor, input, current);
  const today = todayIn(apartment.timezone);
  assertReceivedBy(input.receivedOn, today, lease?.startDate);
  assertPeriodOfLease(input.period, today, lease);
  const row = newActivityRow(actor, input, lease, apartment.currency, today);
  if (row.amount === null) {
    const { orgId: _, ...values } = row;
    await a.insert(activities, values);
  } else {
    await postPayment(row, actor.userId, ports);
  }
  if (row.confirmBySide) await askForConfirmation(a, row, ports);
  return toActivity(row);
}

/**
 * Inserts a payment activity with its audit row, and its ledger entry when a landlord's payment is posted
 * without asking for confirmation, in one batch. A payment of a lease lands only while no other payment for
 * its month (or naming no month) is still open: waiting for confirmation, or an online checkout under way
 * (./pending-payment.ts); otherwise nothing is written and it throws 409 `payment_pending`.
 */
async function postPayment(
  row: ActivityRow,
  userId: string,
  ports: Pick<Ports, "db"> & Partial<Pick<Ports, "requestId">>,
) {
  const { db } = ports;
  const guard = row.leaseId !== null ? noPendingPaymentFor(row.leaseId, row.period) : sql`1`;
  const [inserted] = await db.batch([
    insertIf(db, activities, row, guard).returning({ id: activities.id }),
    // A landlord's payment received, with no confirmation asked: on the ledger at once (only if inserted).
    paymentEntryOf(db, row.id, "posted", userId),
    paymentPostedAudit(db, row, userId, ports.requestId),
  ]);
  if (inserted.length === 0 && row.leaseId !== null) await throwPaymentPending(db, row.leaseId, row.period);
}

/** 400 `invalid_input` for a note without a description, or a method or day received without an amount. */
function assertShape(input: ActivityInput) {
  if (input.amount === undefined && input.description === undefined)
    throw new Invalid("A note needs a description", [{ path: "description", message: "Required" }]);
  if (input.amount === undefined && (input.method !== undefined || input.receivedOn !== undefined))
    throw new Invalid("A method and a day received go with an amount only", [
      { path: "method", message: "Only with an amount" },
    ]);
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
  const address = place ? { street: place.address, city: place.city, unit: place.unit } : null;
  const link = `${mailer.appUrl}/${row.confirmBySide === "landlord" ? "apartments" : "homes"}/${row.apartmentId}`;
  for (const { email } of recipients) {
    await enqueueEmail(mailer.queues.email, {
      template: "confirmation_needed",
      to: email,
      orgId: row.orgId,
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
