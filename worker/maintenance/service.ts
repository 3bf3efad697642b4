import { and, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { ApartmentScope } from "../auth/access";
import type { Db } from "../db/client";
import { AppError, NotFound } from "../lib/errors";
import { newId } from "../lib/ids";
import type { Ports } from "../lib/ports";
import { nowIso } from "../lib/time";
import { leaseRenters, leases } from "../leases/schema";
import { memberships } from "../orgs/schema";
import type { MaintenanceAccess } from "./access";
import { MAX_PHOTOS_PER_MESSAGE, type CommentInput, type CreateRequestInput, type PatchRequestInput } from "./contract";
import { priorityOfUrgency } from "./contract";
import { tooManyPhotosPerMessage } from "./photos";
import { announce, publishChange, sendUpdates } from "./notify";
import { requestSelect, toView, type RequestRow } from "./queries";
import {
  maintenanceComments,
  maintenancePhotos,
  maintenanceRequestHistory,
  maintenanceRequests,
  vendors,
} from "./schema";
import { activities } from "../rooms/schema";
import { feedActivity, leaseOfRequest, maintenanceFeedRow } from "./feed";
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

/** The feed entry of a request being filed (its id is the feed row's too: filed once, one entry). */
function reportedFeedRow(actor: ApartmentScope, input: CreateRequestInput, id: string, at: string) {
  const request = {
    id,
    orgId: actor.orgId,
    apartmentId: actor.apartmentId,
    leaseId: leaseOfRequest(id),
    title: input.title,
    visit: null,
  };
  const author = { userId: actor.userId, name: actor.userName, side: actor.side };
  return maintenanceFeedRow(request, "reported", author, at, `${id}-reported`);
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
  const [, , , rows] = await db.batch([
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
      priority: priorityOfUrgency(input.urgency),
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
    db.insert(activities).values(reportedFeedRow(actor, input, id, at)),
    requestSelect(db, null, byId(id)),
  ]);
  const row = rows[0]!;
  await ports.rooms.activityAdded(feedActivity(reportedFeedRow(actor, input, id, at), row.row.leaseId));
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

type RequestColumns = RequestRow["row"];
type Edit = Partial<
  Pick<
    RequestColumns,
    "priority" | "assigneeUserId" | "vendorId" | "vendorAssignedAt" | "visitDate" | "visitFrom" | "visitTo"
  >
>;

/**
 * What a PATCH changes on `m`, only the columns whose value differs: one assignee at a time (a member or a
 * vendor: setting one clears the other), the visit as its three columns. Empty: nothing to write.
 */
function editOf(m: RequestColumns, input: PatchRequestInput): Edit {
  if (input.assigneeUserId && input.vendorId)
    throw new AppError(422, "one_assignee", "Assign the request to a member or to a vendor, not both", [
      { path: "vendorId", message: "one_assignee" },
    ]);
  const wanted: Edit = {
    ...(input.priority ? { priority: input.priority } : {}),
    ...(input.assigneeUserId !== undefined ? { assigneeUserId: input.assigneeUserId } : {}),
    ...(input.vendorId !== undefined ? { vendorId: input.vendorId } : {}),
    ...(input.assigneeUserId ? { vendorId: null } : {}),
    ...(input.vendorId ? { assigneeUserId: null } : {}),
    ...(input.scheduledFor === undefined
      ? {}
      : {
          visitDate: input.scheduledFor?.date ?? null,
          visitFrom: input.scheduledFor?.from ?? null,
          visitTo: input.scheduledFor?.to ?? null,
        }),
  };
  const edit: Edit = Object.fromEntries(Object.entries(wanted).filter(([k, v]) => m[k as keyof Edit] !== v));
  // Each assignment of a vendor is a new one, with its own link (a former link of the same vendor stays dead).
  if (edit.vendorId !== undefined) edit.vendorAssignedAt = edit.vendorId ? nowIso() : null;
  return edit;
}

/**
 * Owner/manager edits: priority, assignee (a member of the org) or vendor (the org's) — one at a time, the
 * other cleared in the same UPDATE (422 `one_assignee` when both are given) — and the visit. Only what
 * changes is written and told: a new assignee is emailed the work order; a new vendor gets the details and
 * their signed page link (answered as `vendorLink`); a new visit is told to the renter. A PATCH that changes
 * nothing answers the request as it is, with no write, no email and no room notice. 404 for another org's
 * vendor.
 */
export async function patchRequest(
  ports: Mailing,
  secret: string,
  access: MaintenanceAccess,
  input: PatchRequestInput,
) {
  const r = access.request;
  const edit = editOf(r.row, input);
  await checkTargets(ports.db, r, input);
  let row = r;
  if (Object.keys(edit).length > 0) {
    const [, rows] = await ports.db.batch([
      ports.db
        .update(maintenanceRequests)
        .set({ ...edit, updatedAt: nowIso() })
        .where(byId(r.row.id)),
      requestSelect(ports.db, null, byId(r.row.id)),
    ]);
    row = rows[0]!;
  }
  const actor = { kind: access.kind, userId: access.userId, name: access.name };
  const vendorLink = row.row.vendorId
    ? vendorPageLink(
        ports.appUrl,
        await signVendorToken(secret, {
          vendorId: row.row.vendorId,
          requestId: row.row.id,
          orgId: row.row.orgId,
          assignedAt: row.row.vendorAssignedAt ?? "",
        }),
      )
    : null;
  if (Object.keys(edit).length > 0) await notifyPatch(ports, row, edit, actor, vendorLink);
  return { request: toView(row), vendorLink };
}

/** Emails what changed (`edit`: only the columns that differ) and tells the rooms. */
async function notifyPatch(
  ports: Mailing,
  row: RequestRow,
  edit: Edit,
  actor: { kind: MaintenanceAccess["kind"]; userId: string | null; name: string },
  vendorLink: string | null,
) {
  const m = row.row;
  const base = { actorName: actor.name, note: null };
  const staffLink = `${ports.appUrl}/maintenance/${m.id}`;
  if (edit.assigneeUserId && row.assigneeEmail)
    await sendUpdates(ports, row, [{ to: row.assigneeEmail, audience: "staff", link: staffLink }], {
      event: "assigned",
      ...base,
    });
  if (edit.vendorId && row.vendorEmail && vendorLink)
    await sendUpdates(ports, row, [{ to: row.vendorEmail, audience: "vendor", link: vendorLink }], {
      event: "assigned",
      ...base,
    });
  const visitMoved = edit.visitDate !== undefined || edit.visitFrom !== undefined || edit.visitTo !== undefined;
  if (visitMoved && m.visitDate && m.reporterSide === "renter")
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
 * before and not yet attached (others are ignored). Announced and emailed to the other parties. More than
 * MAX_PHOTOS_PER_MESSAGE `photoIds` → 422 `too_many_photos_per_message`, nothing written.
 */
export async function addComment(ports: Mailing, access: MaintenanceAccess, input: CommentInput) {
  if (input.photoIds.length > MAX_PHOTOS_PER_MESSAGE) throw tooManyPhotosPerMessage("photoIds");
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
