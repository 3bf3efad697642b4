import { and, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { ApartmentScope } from "../auth/access";
import type { Db } from "../db/client";
import { AppError, Conflict, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { leaseRenters, leases } from "../leases/schema";
import { memberships } from "../orgs/schema";
import type { MaintenanceAccess } from "./access";
import type { CommentInput, CostInput, CreateRequestInput, PatchRequestInput, RatingInput } from "./contract";
import { announce, publishChange, sendUpdates } from "./notify";
import { requestSelect, toView, type RequestRow } from "./queries";
import {
  maintenanceComments,
  maintenanceCosts,
  maintenancePhotos,
  maintenanceRequestHistory,
  maintenanceRequests,
  vendors,
} from "./schema";
import { signVendorToken, vendorPageLink } from "./vendor-link";

/**
 * The maintenance rules besides the lifecycle (./transition.ts): reporting, triage edits (priority,
 * assignee, vendor, visit), comments with photos, the renter's rating, logged costs. Each write is one
 * batch that reads the request back; rooms and emails follow the commit.
 */
type Mailing = Pick<Ports, "db" | "queues" | "appUrl" | "rooms">;
const byId = (id: string) => eq(maintenanceRequests.id, id);

/** The lease a new request is filed under: the renter's own, or for staff the apartment's current one (if any). */
function leaseFor(db: Db, actor: ApartmentScope) {
  if (actor.side === "renter") return actor.leaseId;
  const today = nowIso().slice(0, 10);
  return sql<string | null>`(${db
    .select({ id: leases.id })
    .from(leases)
    .where(
      and(
        eq(leases.apartmentId, actor.apartmentId),
        sql`${leases.startDate} <= ${today}`,
        sql`(${leases.endDate} is null or ${leases.endDate} >= ${today})`,
        sql`${leases.cancelledAt} is null`,
        sql`exists (select 1 from ${leaseRenters} lr where lr.lease_id = ${leases.id} and lr.joined_at is not null)`,
      ),
    )
    .orderBy(desc(leases.startDate))
    .limit(1)})`;
}

/**
 * Files a request on `actor`'s apartment (a renter of a current lease, or staff): status `open`, its
 * `report` history row, announced and emailed to the org's owners and managers. 403 `read_only` for a renter
 * whose lease has ended.
 */
export async function createRequest(ports: Mailing, actor: ApartmentScope, input: CreateRequestInput) {
  if (actor.side === "renter" && !actor.canPost)
    throw new AppError(403, "read_only", "Your lease has ended: you can no longer report problems here");
  const db = ports.db;
  const id = newId();
  const at = nowIso();
  const [, , rows] = await db.batch([
    db.insert(maintenanceRequests).values({
      id,
      orgId: actor.orgId,
      apartmentId: actor.apartmentId,
      leaseId: leaseFor(db, actor),
      reporterUserId: actor.userId,
      reporterSide: actor.side,
      category: input.category,
      title: input.title,
      description: input.description,
      urgency: input.urgency,
      entryPermission: input.entryPermission,
      availability: input.availability ?? null,
      createdAt: at,
      updatedAt: at,
    }),
    db.insert(maintenanceRequestHistory).values({
      id: newId(),
      orgId: actor.orgId,
      requestId: id,
      action: "report",
      fromStatus: null,
      toStatus: "open",
      actorUserId: actor.userId,
      actorName: actor.userName,
      actorKind: actor.side === "renter" ? "renter" : "staff",
      note: null,
      at,
    }),
    requestSelect(db, null, byId(id)),
  ]);
  const row = rows[0]!;
  const kind = actor.side === "renter" ? "renter" : "staff";
  await publishChange(ports, row, "reported", { kind, userId: actor.userId, name: actor.userName }, null);
  return toView(row);
}

/** The assignee must be a member of the request's org: 422 `assignee_not_member` otherwise. */
async function checkTargets(db: Db, r: RequestRow, input: PatchRequestInput) {
  const [members, found] = await db.batch([
    db
      .select({ id: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.orgId, r.row.orgId), eq(memberships.userId, input.assigneeUserId ?? ""))),
    db
      .select({ id: vendors.id })
      .from(vendors)
      .where(and(eq(vendors.orgId, r.row.orgId), eq(vendors.id, input.vendorId ?? ""))),
  ]);
  if (input.assigneeUserId && members.length === 0)
    throw new AppError(422, "assignee_not_member", "The assignee must be a member of the organization");
  if (input.vendorId && found.length === 0) throw new NotFound("Vendor");
}

/**
 * Owner/manager edits: priority, assignee (a member of the org), vendor (the org's), visit. A new assignee
 * is emailed the work order; a new vendor gets the details and their signed page link (answered as
 * `vendorLink`); a new visit is told to the renter. 404 for another org's vendor.
 */
export async function patchRequest(
  ports: Mailing,
  secret: string,
  access: MaintenanceAccess,
  input: PatchRequestInput,
) {
  const r = access.request;
  await checkTargets(ports.db, r, input);
  const at = nowIso();
  const visit =
    input.scheduledFor === undefined
      ? {}
      : input.scheduledFor === null
        ? { visitDate: null, visitFrom: null, visitTo: null }
        : { visitDate: input.scheduledFor.date, visitFrom: input.scheduledFor.from, visitTo: input.scheduledFor.to };
  const [, rows] = await ports.db.batch([
    ports.db
      .update(maintenanceRequests)
      .set({
        ...(input.priority ? { priority: input.priority } : {}),
        ...(input.assigneeUserId !== undefined ? { assigneeUserId: input.assigneeUserId } : {}),
        ...(input.vendorId !== undefined ? { vendorId: input.vendorId } : {}),
        ...visit,
        updatedAt: at,
      })
      .where(byId(r.row.id)),
    requestSelect(ports.db, null, byId(r.row.id)),
  ]);
  const row = rows[0]!;
  const actor = { kind: access.kind, userId: access.userId, name: access.name };
  const vendorLink = row.row.vendorId
    ? vendorPageLink(
        ports.appUrl,
        await signVendorToken(secret, { vendorId: row.row.vendorId, requestId: row.row.id, orgId: row.row.orgId }),
      )
    : null;
  await notifyPatch(ports, r, row, input, actor, vendorLink);
  return { request: toView(row), vendorLink };
}

async function notifyPatch(
  ports: Mailing,
  before: RequestRow,
  row: RequestRow,
  input: PatchRequestInput,
  actor: { kind: MaintenanceAccess["kind"]; userId: string | null; name: string },
  vendorLink: string | null,
) {
  const m = row.row;
  const base = { actorName: actor.name, note: null };
  const staffLink = `${ports.appUrl}/maintenance/${m.id}`;
  if (input.assigneeUserId && input.assigneeUserId !== before.row.assigneeUserId && row.assigneeEmail)
    await sendUpdates(ports, row, [{ to: row.assigneeEmail, audience: "staff", link: staffLink }], {
      event: "assigned",
      ...base,
    });
  if (input.vendorId && input.vendorId !== before.row.vendorId && row.vendorEmail && vendorLink)
    await sendUpdates(ports, row, [{ to: row.vendorEmail, audience: "vendor", link: vendorLink }], {
      event: "assigned",
      ...base,
    });
  if (input.scheduledFor && m.reporterSide === "renter")
    await sendUpdates(
      ports,
      row,
      [
        {
          to: row.reporterEmail,
          audience: "renter",
          link: `${ports.appUrl}/homes/${m.apartmentId}/maintenance/${m.id}`,
        },
      ],
      { event: "scheduled", ...base },
    );
  await announce(ports, row);
}

/**
 * Adds a comment (renter, staff, assigned worker or vendor), attaching photos of this request uploaded
 * before and not yet attached (others are ignored). Announced and emailed to the other parties.
 */
export async function addComment(ports: Mailing, access: MaintenanceAccess, input: CommentInput) {
  const r = access.request;
  const id = newId();
  const at = nowIso();
  const photoIds = input.photoIds.length ? input.photoIds : ["-"];
  const [, , photos] = await ports.db.batch([
    ports.db.insert(maintenanceComments).values({
      id,
      orgId: r.row.orgId,
      requestId: r.row.id,
      authorUserId: access.userId,
      authorName: access.name,
      authorKind: access.kind,
      text: input.text,
      createdAt: at,
    }),
    ports.db
      .update(maintenancePhotos)
      .set({ commentId: id })
      .where(
        and(
          eq(maintenancePhotos.requestId, r.row.id),
          inArray(maintenancePhotos.id, photoIds),
          sql`${maintenancePhotos.commentId} is null`,
        ),
      ),
    ports.db
      .select()
      .from(maintenancePhotos)
      .where(and(eq(maintenancePhotos.commentId, id), isNotNull(maintenancePhotos.commentId))),
  ]);
  await publishChange(ports, r, "comment", access, input.text);
  const authorRole = access.kind === "staff" ? (r.viewerRole ?? null) : null;
  return { id, authorName: access.name, authorKind: access.kind, authorRole, text: input.text, createdAt: at, photos };
}

/** The renter rates the work once, when resolved or closed: 409 `not_resolved`, 409 `already_rated`. */
export async function rateRequest(ports: Mailing, access: MaintenanceAccess, input: RatingInput) {
  const m = access.request.row;
  if (m.status !== "resolved" && m.status !== "closed")
    throw new Conflict("The work can be rated once the request is resolved", "not_resolved");
  const [changed, rows] = await ports.db.batch([
    ports.db
      .update(maintenanceRequests)
      .set({ ratingStars: input.stars, ratingComment: input.comment ?? null, ratedAt: nowIso() })
      .where(and(byId(m.id), sql`${maintenanceRequests.ratedAt} is null`))
      .returning({ id: maintenanceRequests.id }),
    requestSelect(ports.db, null, byId(m.id)),
  ]);
  if (changed.length !== 1) throw new Conflict("This work has already been rated", "already_rated");
  await announce(ports, rows[0]!);
  return { request: toView(rows[0]!) };
}

/** Logs labour or materials (staff or the assigned member), in the org's currency unless given. */
export async function logCost(ports: Pick<Ports, "db">, access: MaintenanceAccess, input: CostInput) {
  const r = access.request;
  const row = {
    id: newId(),
    orgId: r.row.orgId,
    requestId: r.row.id,
    kind: input.kind,
    description: input.description,
    amount: input.amount,
    currency: input.currency ?? r.currency,
    hours: input.hours ?? null,
    loggedByUserId: access.userId!,
    createdAt: nowIso(),
  };
  await ports.db.insert(maintenanceCosts).values(row);
  const { orgId: _o, requestId: _r, loggedByUserId: _l, ...view } = row;
  return view;
}
