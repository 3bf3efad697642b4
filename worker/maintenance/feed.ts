import { sql, type SQL } from "drizzle-orm";
import type { Activity } from "../rooms/contract";
import { activities } from "../rooms/schema";
import { MAINTENANCE_FEED_KIND, maintenanceFeedText, type MaintenanceFeedEvent } from "../rooms/contract";
import type { RequestRow } from "./queries";

/**
 * The apartment feed's entry for one maintenance step (issue 15 §3), written in the batch of the step
 * itself (./service.ts `createRequest`, ./transition.ts) and fanned out live by the room once committed.
 * Filed under the request's lease, so that lease's renters see it and nobody else's; the landlord side,
 * maintenance members included, sees every one (never money: it has no amount).
 */
type ActivityRow = typeof activities.$inferSelect;

/** Who took the step, as the feed names them (a vendor has no account: `vendor:<id>`). */
export type FeedAuthor = { userId: string | null; name: string; side: "landlord" | "renter"; vendorId?: string | null };

/** What the step is about: the request (its lease may still be an SQL expression when it is being filed). */
export type FeedRequest = {
  id: string;
  orgId: string;
  apartmentId: string;
  leaseId: string | null | SQL;
  title: string;
  visit: { date: string; from: string; to: string; timezone: string } | null;
};

/** The feed row of `event` on `request` by `author` at `at` (ISO instant). */
export function maintenanceFeedRow(
  request: FeedRequest,
  event: MaintenanceFeedEvent,
  author: FeedAuthor,
  at: string,
  id: string,
): Omit<ActivityRow, "leaseId"> & { leaseId: string | null | SQL } {
  return {
    id,
    orgId: request.orgId,
    apartmentId: request.apartmentId,
    leaseId: request.leaseId,
    kind: MAINTENANCE_FEED_KIND,
    description: maintenanceFeedText({
      event,
      title: request.title,
      visit: event === "scheduled" ? request.visit : null,
    }),
    amount: null,
    currency: null,
    period: null,
    authorUserId: author.userId ?? `vendor:${author.vendorId ?? "unknown"}`,
    authorName: author.name,
    authorSide: author.side,
    status: "posted",
    confirmBySide: null,
    confirmedAt: null,
    confirmedBy: null,
    confirmedByName: null,
    rejectedReason: null,
    method: null,
    receivedOn: null,
    maintenanceRequestId: request.id,
    createdAt: at,
    updatedAt: at,
  };
}

/** The request as the feed needs it, read back after the write (the visit as it now is). */
export function feedRequestOf(r: RequestRow): FeedRequest {
  const m = r.row;
  const visit =
    m.visitDate && m.visitFrom && m.visitTo
      ? { date: m.visitDate, from: m.visitFrom, to: m.visitTo, timezone: r.timezone }
      : null;
  return { id: m.id, orgId: m.orgId, apartmentId: m.apartmentId, leaseId: m.leaseId, title: m.title, visit };
}

/** The committed row as the room publishes it (the lease as it was stored, read back with the request). */
export function feedActivity(row: ReturnType<typeof maintenanceFeedRow>, leaseId: string | null): Activity {
  const { orgId: _orgId, ...rest } = row;
  return { ...rest, leaseId };
}

/** The lease a request being filed is stored under, as an expression over the new request's row. */
export function leaseOfRequest(requestId: string): SQL {
  return sql`(select lease_id from maintenance_requests where id = ${requestId})`;
}
