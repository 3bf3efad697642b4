import type { MaintenanceAccess } from "./access";
import type { RequestDetail } from "./contract";
import { photoView } from "./photos";
import { toView, type ThreadRows } from "./queries";
import { costsLockedOf, unratedSince } from "./costs";
import { actionsFor, closeBlockedUntil } from "./state";

/**
 * A request as its reader sees it (`GET /maintenance-requests/{id}` and the vendor's page): the request, its
 * history, comments with their photos, every photo, the logged costs (staff and the assigned member only:
 * never renters or vendors), the expense the costs were recorded as (owners and managers), what the reader
 * may do now, and the org's currency. Photo links are signed for
 * this reader.
 */
export async function requestDetailOf(
  secret: string,
  access: MaintenanceAccess,
  thread: ThreadRows,
  vendorToken?: string,
): Promise<RequestDetail> {
  const photos = await Promise.all(thread.photos.map((p) => photoView(secret, p, vendorToken)));
  const staffSide = access.kind === "staff";
  const m = access.request.row;
  const closableFrom = access.actor === "staff" && m.status === "resolved" ? closeBlockedUntil(m, Date.now()) : null;
  const costsLocked = costsLockedOf(m.status, Boolean(thread.recordedExpense));
  return {
    request: toView(access.request),
    history: thread.history.map(({ orgId: _o, requestId: _r, actorUserId: _a, ...h }) => h),
    comments: thread.comments.map(({ orgId: _o, requestId: _r, authorUserId: _a, ...c }) => ({
      ...c,
      photos: photos.filter((p) => p.commentId === c.id),
    })),
    photos,
    costs: staffSide ? thread.costs.map(({ orgId: _o, requestId: _r, loggedByUserId: _l, ...cost }) => cost) : null,
    recordedExpense: access.actor === "staff" ? (thread.recordedExpense ?? null) : null,
    viewer: {
      kind: access.kind,
      actions: actionsFor(access.actor, m.status).filter((a) => a !== "close" || !closableFrom),
      closableFrom,
      canEdit: access.actor === "staff",
      canComment: true,
      canRate: access.actor === "renter" && (m.status === "resolved" || m.status === "closed") && unratedSince(m),
      canLogCosts: staffSide && !costsLocked,
      costsLocked: staffSide ? costsLocked : null,
    },
    currency: access.request.currency,
  };
}
