import { and, eq, inArray } from "drizzle-orm";
import { users } from "../auth/schema";
import { rolesWith } from "../auth/policy";
import type { Db } from "../db/client";
import { enqueueEmail, type EmailMessage } from "../email/contract";
import type { Ports } from "../lib/ports";
import { memberships } from "../orgs/schema";
import type { MaintenanceAccess } from "./access";
import type { RequestRow } from "./queries";

/**
 * Who hears about a maintenance request, and how: every change is announced to the apartment room (the
 * request's lease's renters and staff, live) and to the org room (the board and the dashboard), and emailed
 * to whom it concerns, each in their own language (the email consumer resolves it: the account's language,
 * else the org's). The actor is never emailed about their own action.
 */
type Update = Extract<EmailMessage, { template: "maintenance_update" }>["data"];
export type MaintenanceEvent = Update["event"];
type Audience = Update["audience"];
type Mailing = Pick<Ports, "db" | "queues" | "appUrl" | "rooms">;

/** The org's owners and managers (`maintenance.triage`), for one batch. */
function triagersQuery(db: Db, orgId: string) {
  return db
    .select({ email: users.email, id: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), inArray(memberships.role, rolesWith("maintenance.triage"))));
}

/** The page each audience opens: the renter's home, the staff board, the vendor's signed page. */
function requestLink(appUrl: string, r: RequestRow, audience: Exclude<Audience, "vendor">): string {
  return audience === "renter"
    ? `${appUrl}/homes/${r.row.apartmentId}/maintenance/${r.row.id}`
    : `${appUrl}/maintenance/${r.row.id}`;
}

export type Recipient = { to: string; audience: Audience; link: string };

/** The recipients of `event` on `r` done by `by` (the actor is left out). */
async function recipientsOf(
  ports: Mailing,
  r: RequestRow,
  event: MaintenanceEvent,
  by: MaintenanceAccess["kind"] | "system",
  actorUserId: string | null,
): Promise<Recipient[]> {
  const out: Recipient[] = [];
  const renter = r.row.reporterSide === "renter" && r.row.reporterUserId !== actorUserId;
  if (renter && event !== "reported" && event !== "escalated")
    out.push({ to: r.reporterEmail, audience: "renter", link: requestLink(ports.appUrl, r, "renter") });
  const toStaff = by !== "staff" || event === "reported";
  if (toStaff) {
    const staff = await triagersQuery(ports.db, r.row.orgId);
    for (const s of staff)
      if (s.id !== actorUserId)
        out.push({ to: s.email, audience: "staff", link: requestLink(ports.appUrl, r, "staff") });
  }
  const assigneeHears = event === "comment" || event === "reopened" || event === "cancelled" || event === "scheduled";
  if (
    assigneeHears &&
    r.assigneeEmail &&
    r.row.assigneeUserId !== actorUserId &&
    !out.some((o) => o.to === r.assigneeEmail)
  )
    out.push({ to: r.assigneeEmail, audience: "staff", link: requestLink(ports.appUrl, r, "staff") });
  return out;
}

/** Queues one `maintenance_update` per recipient. */
export async function sendUpdates(
  ports: Mailing,
  r: RequestRow,
  recipients: Recipient[],
  data: Pick<Update, "event" | "actorName" | "note">,
) {
  const m = r.row;
  const visit =
    m.visitDate && m.visitFrom && m.visitTo
      ? { date: m.visitDate, from: m.visitFrom, to: m.visitTo, timezone: r.timezone }
      : null;
  await Promise.all(
    recipients.map((x) =>
      enqueueEmail(ports.queues.email, {
        template: "maintenance_update",
        to: x.to,
        orgId: m.orgId,
        data: {
          ...data,
          audience: x.audience,
          title: m.title,
          address: { street: r.street, city: r.city, unit: r.unitNumber },
          urgency: m.urgency,
          visit: data.event === "scheduled" || x.audience === "vendor" ? visit : null,
          link: x.link,
        },
      }),
    ),
  );
}

/** The room notices: the apartment room (the lease's renters and staff) and the org room (board, dashboard). */
export async function announce(ports: Pick<Ports, "rooms">, r: RequestRow) {
  const m = r.row;
  await Promise.all([
    ports.rooms.maintenanceChanged(m.apartmentId, {
      requestId: m.id,
      leaseId: m.leaseId,
      status: m.status,
      at: m.updatedAt,
    }),
    ports.rooms.orgChanged({ orgId: m.orgId }, "maintenance"),
  ]);
}

/** Announces and emails `event` (after the write committed). */
export async function publishChange(
  ports: Mailing,
  r: RequestRow,
  event: MaintenanceEvent,
  actor: { kind: MaintenanceAccess["kind"] | "system"; userId: string | null; name: string },
  note: string | null,
) {
  await announce(ports, r);
  const recipients = await recipientsOf(ports, r, event, actor.kind, actor.userId);
  await sendUpdates(ports, r, recipients, { event, actorName: actor.name, note });
}
