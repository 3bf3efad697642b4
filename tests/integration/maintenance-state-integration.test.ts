import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { rawCall, type Caller } from "../setup/client";
import { addMember, addRenter, createApartment, signUpLandlord } from "../setup/helpers";
import { MAINTENANCE_STATUSES, type MaintenanceStatus } from "../../worker/maintenance/schema";
import {
  decide,
  MAINTENANCE_ACTIONS,
  type MaintenanceAction,
  type TransitionActor,
} from "../../worker/maintenance/state";

/**
 * Issue 15 bar: the maintenance lifecycle exhaustively, generated from the state table (worker/maintenance/
 * state.ts), never hand-listed: every status × every action × every actor (the renter of the lease, a renter
 * of another lease, the owner, a manager, the assigned and an unassigned maintenance member, the vendor's
 * link, another org's owner). Expected: 200 when the table allows it, 409 `illegal_transition` with the
 * current status when the status does not, 403 when this actor never takes it, 404 for whoever may not see
 * the request, 401 for the vendor on member routes (no account).
 */
const ACTORS = ["renter", "otherRenter", "owner", "manager", "assigned", "unassigned", "vendor", "foreign"] as const;
type Actor = (typeof ACTORS)[number];
const ROLE_OF: Partial<Record<Actor, TransitionActor>> = {
  renter: "renter",
  owner: "staff",
  manager: "staff",
  assigned: "worker",
  vendor: "worker",
};

/** The day `days` days from today (UTC), `YYYY-MM-DD`. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

type World = {
  callers: Record<Exclude<Actor, "vendor">, Caller>;
  vendorToken: string;
  assignedId: string;
  vendorId: string;
  apartmentId: string;
};
let w: World;

beforeAll(async () => {
  const owner = await signUpLandlord("State Org");
  const [manager, assigned, unassigned, foreign] = await Promise.all([
    addMember(owner, "manager"),
    addMember(owner, "maintenance"),
    addMember(owner, "maintenance"),
    signUpLandlord("Foreign State Org"),
  ]);
  const { apartmentId } = await createApartment(owner, "S1");
  const other = await addRenter(owner, apartmentId, { startDate: "2026-01-01" });
  const mine = await addRenter(owner, apartmentId, { startDate: "2026-03-01" });
  const vendor = await rawCall(
    "POST",
    "/api/vendors",
    { name: "Plomberie Martin", trade: "Plombier", email: "martin@vendor.test" },
    owner,
  );
  expect(vendor.status, vendor.text).toBe(201);
  w = {
    callers: { renter: mine.renter, otherRenter: other.renter, owner, manager, assigned, unassigned, foreign },
    vendorToken: "",
    assignedId: assigned.userId,
    vendorId: (vendor.json as { id: string }).id,
    apartmentId,
  };
}, 120_000);

/**
 * A fresh request of `renter` put in `status`, assigned to the vendor when the vendor acts, else to the
 * member (one assignee at a time); resolved requests are rated, so staff may close them. Answers its id.
 */
async function requestIn(status: MaintenanceStatus, actor: Actor = "assigned"): Promise<string> {
  const created = await rawCall(
    "POST",
    `/api/apartments/${w.apartmentId}/maintenance-requests`,
    { category: "plumbing", title: "Leak", description: "Under the sink", urgency: "normal", entryPermission: true },
    w.callers.renter,
  );
  expect(created.status, created.text).toBe(201);
  const id = (created.json as { request: { id: string } }).request.id;
  const patched = await rawCall(
    "PATCH",
    `/api/maintenance-requests/${id}`,
    {
      ...(actor === "vendor" ? { vendorId: w.vendorId } : { assigneeUserId: w.assignedId }),
      scheduledFor: { date: inDays(9), from: "09:00", to: "12:00" },
    },
    w.callers.owner,
  );
  expect(patched.status, patched.text).toBe(200);
  if (actor === "vendor") w.vendorToken = (patched.json as { vendorLink: string }).vendorLink.split("/").pop()!;
  const resolvedAt = status === "resolved" || status === "closed" ? new Date().toISOString() : null;
  await env.DB.prepare("update maintenance_requests set status = ?, resolved_at = ?, rated_at = ? where id = ?")
    .bind(status, resolvedAt, resolvedAt, id)
    .run();
  return id;
}

function expected(actor: Actor, action: MaintenanceAction, status: MaintenanceStatus): number {
  const role = ROLE_OF[actor];
  if (actor === "vendor") {
    if (action !== "start" && action !== "resolve") return 401;
  }
  if (!role) return 404;
  const verdict = decide(action, role, status);
  return verdict.ok ? 200 : verdict.reason === "actor" ? 403 : 409;
}

async function act(actor: Actor, action: MaintenanceAction, id: string) {
  if (actor === "vendor") {
    if (action === "start" || action === "resolve")
      return rawCall("POST", `/api/vendor-link/maintenance-request/${action}?token=${w.vendorToken}`, {
        note: "Vendor",
      });
    return rawCall("POST", `/api/maintenance-requests/${id}/${action}`, { note: "Vendor" });
  }
  // A schedule names another visit than the one planned: the same visit again changes nothing (no history).
  const body =
    action === "schedule"
      ? { note: "Matrix", scheduledFor: { date: inDays(10), from: "14:00", to: "17:00" } }
      : { note: "Matrix" };
  return rawCall("POST", `/api/maintenance-requests/${id}/${action}`, body, w.callers[actor]);
}

const CASES = MAINTENANCE_STATUSES.flatMap((status) => MAINTENANCE_ACTIONS.map((action) => ({ status, action })));

describe(`maintenance lifecycle: ${MAINTENANCE_STATUSES.length} statuses × ${MAINTENANCE_ACTIONS.length} actions × ${ACTORS.length} actors`, () => {
  it.each(CASES.map((c) => [`${c.action} from ${c.status}`, c] as const))("%s", async (_, { status, action }) => {
    for (const actor of ACTORS) {
      const id = await requestIn(status, actor);
      const want = expected(actor, action, status);
      const res = await act(actor, action, id);
      expect(res.status, `${actor} ${action} from ${status}: ${res.text}`).toBe(want);
      const row = await env.DB.prepare("select status from maintenance_requests where id = ?")
        .bind(id)
        .first<{ status: string }>();
      if (want === 200) {
        expect(row!.status).toBe((decide(action, ROLE_OF[actor]!, status) as { to: string }).to);
        const history = await env.DB.prepare(
          "select count(*) as n from maintenance_request_history where request_id = ? and action = ?",
        )
          .bind(id, action)
          .first<{ n: number }>();
        expect(history!.n).toBe(1);
      } else {
        expect(row!.status, `${actor} ${action} from ${status} changed nothing`).toBe(status);
        if (want === 409) expect(res.problem.errors?.[0]?.message).toBe(status);
      }
    }
  });
});

describe("a visit is planned for a day to come", () => {
  it("a day in the past is refused (422 date_out_of_range) by PATCH and by schedule, and nothing changes", async () => {
    const id = await requestIn("triaged");
    const past = { date: "2020-01-01", from: "09:00", to: "12:00" };
    const patched = await rawCall("PATCH", `/api/maintenance-requests/${id}`, { scheduledFor: past }, w.callers.owner);
    expect(patched.status, patched.text).toBe(422);
    expect(patched.problem.code).toBe("date_out_of_range");
    const scheduled = await rawCall(
      "POST",
      `/api/maintenance-requests/${id}/schedule`,
      { scheduledFor: { ...past, date: inDays(-3) } },
      w.callers.owner,
    );
    expect(scheduled.status, scheduled.text).toBe(422);
    const row = await env.DB.prepare("select status from maintenance_requests where id = ?")
      .bind(id)
      .first<{ status: string }>();
    expect(row!.status).toBe("triaged");
    // Today is fine, whatever the org's time zone.
    const today = await rawCall(
      "POST",
      `/api/maintenance-requests/${id}/schedule`,
      { scheduledFor: { ...past, date: inDays(0) } },
      w.callers.owner,
    );
    expect(today.status, today.text).toBe(200);
  });
});
