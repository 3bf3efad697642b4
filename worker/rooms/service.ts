import { and, count, desc, eq, inArray, isNotNull, ne, sql } from "drizzle-orm";
import type { Activity } from "../../durable-objects/apartment-room.protocol";
import type { ApartmentScope } from "../auth/access";
import { users } from "../auth/schema";
import type { Db } from "../db/client";
import { orgOfApartment } from "../db/scoped";
import { enqueueEmail } from "../email/outbox";
import { Conflict, Forbidden, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import type { PageQuery } from "../lib/pagination";
import { nowIso } from "../lib/time";
import { leaseRenters, leases } from "../leases/schema";
import { todayIn } from "../lib/calendar";
import { memberships } from "../orgs/schema";
import { apartments, properties } from "../portfolio/schema";
import { paymentEntryOfActivity } from "../rent/service";
import { activities, roomChatCounts, roomReads } from "./schema";

export type ActivityInput = { description: string; amount?: number; period?: string; needsConfirmation?: boolean };
type Mailer = { emailQueue: Queue; appUrl: string };

/** Who may confirm money on the landlord side (maintenance staff may post, not confirm payments). */
const LANDLORD_CONFIRMERS = new Set(["owner", "manager"]);

export function toActivity({ orgId: _, leaseId: __, ...row }: typeof activities.$inferSelect): Activity {
  return row;
}

export function apartmentSummaryQuery(db: Db, apartmentId: string) {
  return db
    .select({
      id: apartments.id,
      unitNumber: apartments.unitNumber,
      roomsCount: apartments.roomsCount,
      rentAmount: apartments.rentAmount,
      currency: apartments.currency,
      propertyId: apartments.propertyId,
      // D1 collapses duplicate column names in raw rows: alias the two `name` columns.
      propertyName: sql<string>`${properties.name}`.as("property_name"),
      address: properties.address,
      city: properties.city,
      orgName: sql<string>`(select name from orgs where id = ${apartments.orgId})`.as("org_name"),
    })
    .from(apartments)
    .innerJoin(properties, eq(properties.id, apartments.propertyId))
    .where(and(eq(apartments.orgId, orgOfApartment(apartmentId)), eq(apartments.id, apartmentId)));
}

export function activityPageQueries(db: Db, apartmentId: string, page: PageQuery) {
  const where = and(eq(activities.orgId, orgOfApartment(apartmentId)), eq(activities.apartmentId, apartmentId));
  return [
    db
      .select()
      .from(activities)
      .where(where)
      .orderBy(desc(activities.createdAt), desc(activities.id))
      .limit(page.limit)
      .offset((page.page - 1) * page.limit),
    db.select({ total: count() }).from(activities).where(where),
  ] as const;
}

/**
 * Posts to the feed. A renter with an amount reports a payment, which the landlord must confirm; the
 * landlord may post a payment received and ask the renter to confirm it.
 */
export async function postActivity(
  db: Db,
  scope: ApartmentScope,
  input: ActivityInput,
  mailer: Mailer,
): Promise<Activity> {
  if (!scope.canPost)
    throw new Forbidden("This lease has ended: its history stays readable, posting is closed", "read_only");
  const [[apartment], [lease]] = await db.batch([
    db
      .select({ currency: apartments.currency })
      .from(apartments)
      .where(and(eq(apartments.orgId, scope.orgId), eq(apartments.id, scope.apartmentId))),
    db
      .select({ id: leases.id, currency: leases.currency })
      .from(leases)
      .where(
        and(
          eq(leases.orgId, scope.orgId),
          eq(leases.apartmentId, scope.apartmentId),
          sql`(${leases.endDate} is null or ${leases.endDate} >= ${todayIn("UTC")})`,
        ),
      )
      .orderBy(desc(leases.startDate))
      .limit(1),
  ]);
  if (!apartment) throw new NotFound("Apartment");
  const isPayment = input.amount !== undefined;
  const needsConfirmation =
    scope.side === "renter" ? isPayment || Boolean(input.needsConfirmation) : Boolean(input.needsConfirmation);
  const now = nowIso();
  const row: typeof activities.$inferSelect = {
    id: newId(),
    orgId: scope.orgId,
    apartmentId: scope.apartmentId,
    leaseId: scope.leaseId ?? lease?.id ?? null,
    kind: isPayment ? (scope.side === "renter" ? "payment_reported" : "payment_received") : "note",
    description: input.description,
    amount: input.amount ?? null,
    currency: isPayment ? (lease?.currency ?? apartment.currency) : null,
    period: input.period ?? null,
    authorUserId: scope.userId,
    authorName: scope.userName,
    authorSide: scope.side,
    status: needsConfirmation ? "pending_confirmation" : "posted",
    confirmBySide: needsConfirmation ? (scope.side === "renter" ? "landlord" : "renter") : null,
    confirmedAt: null,
    confirmedBy: null,
    confirmedByName: null,
    rejectedReason: null,
    createdAt: now,
    updatedAt: now,
  };
  if (row.kind === "payment_received" && row.status === "posted") {
    // A landlord's payment received, with no confirmation asked: it is on the ledger at once, in the same batch.
    await db.batch([db.insert(activities).values(row), paymentEntryOfActivity(db, row.id, "posted", scope.userId)]);
  } else {
    await db.insert(activities).values(row);
  }
  if (row.confirmBySide) await askForConfirmation(db, row, mailer);
  return toActivity(row);
}

/** Emails "confirmation needed" to the side that must confirm: the org's owners and managers, or the renters. */
async function askForConfirmation(db: Db, row: typeof activities.$inferSelect, mailer: Mailer) {
  const [[place], recipients] = await db.batch([
    db
      .select({ address: properties.address, city: properties.city, unit: apartments.unitNumber })
      .from(apartments)
      .innerJoin(properties, eq(properties.id, apartments.propertyId))
      .where(eq(apartments.id, row.apartmentId)),
    row.confirmBySide === "landlord"
      ? db
          .select({ email: users.email })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(and(eq(memberships.orgId, row.orgId), inArray(memberships.role, ["owner", "manager"])))
      : db
          .select({ email: users.email })
          .from(leaseRenters)
          .innerJoin(users, eq(users.id, leaseRenters.userId))
          .where(
            and(
              eq(leaseRenters.orgId, row.orgId),
              eq(leaseRenters.leaseId, row.leaseId ?? ""),
              isNotNull(leaseRenters.joinedAt),
            ),
          ),
  ]);
  const address = place ? `${place.address}, ${place.city} — unit ${place.unit}` : "your apartment";
  const link = `${mailer.appUrl}/${row.confirmBySide === "landlord" ? "apartments" : "homes"}/${row.apartmentId}`;
  for (const { email } of recipients) {
    await enqueueEmail(mailer.emailQueue, {
      template: "confirmation_needed",
      to: email,
      data: { authorName: row.authorName, description: row.description, address, link },
    });
  }
}

/** The apartment of an activity the caller may see (the route then checks access to that apartment). */
export async function apartmentOfActivity(db: Db, activityId: string): Promise<string> {
  const [row] = await db
    .select({ apartmentId: activities.apartmentId })
    .from(activities)
    .where(eq(activities.id, activityId));
  if (!row) throw new NotFound("Activity");
  return row.apartmentId;
}

async function settle(
  db: Db,
  scope: ApartmentScope,
  activityId: string,
  set: Partial<typeof activities.$inferInsert>,
  recordPayment = false,
): Promise<Activity> {
  if (scope.side === "landlord" && !LANDLORD_CONFIRMERS.has(scope.role ?? ""))
    throw new Forbidden(`Your role (${scope.role}) does not allow confirming payments`);
  // One conditional update: of racing confirmations exactly one matches `pending_confirmation`.
  const update = db
    .update(activities)
    .set({ ...set, updatedAt: nowIso() })
    .where(
      and(
        eq(activities.orgId, scope.orgId),
        eq(activities.id, activityId),
        eq(activities.status, "pending_confirmation"),
        eq(activities.confirmBySide, scope.side),
        ne(activities.authorUserId, scope.userId),
      ),
    )
    .returning();
  // A confirmed payment goes on the ledger in the same batch; its insert only matches if this update did (or a twin by the same user did: then the unique source ref keeps it single).
  const [[updated]] = recordPayment
    ? await db.batch([update, paymentEntryOfActivity(db, activityId, "confirmed", scope.userId)])
    : [await update];
  if (updated) return toActivity(updated);
  const [current] = await db
    .select()
    .from(activities)
    .where(and(eq(activities.orgId, scope.orgId), eq(activities.id, activityId)));
  if (!current) throw new NotFound("Activity");
  if (current.authorUserId === scope.userId) throw new Forbidden("You cannot confirm your own entry", "own_entry");
  if (current.status !== "pending_confirmation")
    throw new Conflict(`This entry is already ${current.status.replace("_", " ")}`, `already_${current.status}`);
  throw new Forbidden(`This entry waits for the ${current.confirmBySide} to confirm it`, "wrong_side");
}

export function confirmActivity(db: Db, scope: ApartmentScope, activityId: string) {
  return settle(
    db,
    scope,
    activityId,
    { status: "confirmed", confirmedAt: nowIso(), confirmedBy: scope.userId, confirmedByName: scope.userName },
    true,
  );
}

export function rejectActivity(db: Db, scope: ApartmentScope, activityId: string, reason: string) {
  return settle(db, scope, activityId, {
    status: "rejected",
    rejectedReason: reason,
    confirmedAt: nowIso(),
    confirmedBy: scope.userId,
    confirmedByName: scope.userName,
  });
}

/** Marks the room's chat as read up to now for this user (unread counts on dashboards and My homes). */
export async function markChatRead(db: Db, scope: ApartmentScope) {
  const now = nowIso();
  await db.run(sql`insert into ${roomReads} (apartment_id, user_id, read_messages, digested_messages, updated_at)
    select ${scope.apartmentId}, ${scope.userId}, coalesce((select messages from ${roomChatCounts} where apartment_id = ${scope.apartmentId}), 0), coalesce((select messages from ${roomChatCounts} where apartment_id = ${scope.apartmentId}), 0), ${now}
    on conflict (apartment_id, user_id) do update set read_messages = excluded.read_messages, digested_messages = max(digested_messages, excluded.read_messages), updated_at = excluded.updated_at`);
}
