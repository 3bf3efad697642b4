import { beforeAll, describe, expect, it } from "vitest";
import { ORG_TABLES } from "../../worker/lib/audit-writes";
import { rawCall } from "../setup/client";
import { addRenter, createApartment, env, signUpLandlord, type Landlord } from "../setup/helpers";

/**
 * Issue 16 §2, the audit trail's floor (worker/lib/audit-writes.ts): every API request that changes business
 * rows leaves one `audit_log` row in the same batch as its first change — who, the route, the target and its
 * org, the request id, and the money and role values of the input. (Every other integration test checks the
 * row exists for each of its writes: tests/setup/audit.ts.)
 */
type Row = {
  action: string;
  actor_user_id: string | null;
  org_id: string | null;
  target_type: string | null;
  target_id: string | null;
  request_id: string | null;
  details: string | null;
};

async function auditOf(requestId: string | null): Promise<Row[]> {
  const { results } = await env.DB.prepare(
    "select action, actor_user_id, org_id, target_type, target_id, request_id, details from audit_log where request_id = ?",
  )
    .bind(requestId)
    .all<Row>();
  return results;
}

let owner: Landlord;
let apartmentId: string;
let propertyId: string;
beforeAll(async () => {
  owner = await signUpLandlord("Audit Floor");
  ({ apartmentId, propertyId } = await createApartment(owner, "AF1"));
});

describe("the audit floor", () => {
  it("a change records who, the route, the target, its org and the money values, once", async () => {
    const res = await rawCall("PATCH", `/api/apartments/${apartmentId}`, { rentAmount: 91000, roomsCount: 3 }, owner);
    expect(res.status, res.text).toBe(200);
    const rows = await auditOf(res.headers.get("x-request-id"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "PATCH /api/apartments/:id",
      actor_user_id: owner.userId,
      org_id: owner.orgId,
      target_type: "apartments",
      target_id: apartmentId,
    });
    expect(JSON.parse(rows[0]!.details!)).toEqual({
      input: { fields: ["roomsCount", "rentAmount"], rentAmount: 91000 },
    });
  });

  it("a creation takes its org and its target from the row it inserted", async () => {
    const res = await rawCall(
      "POST",
      "/api/apartments",
      { propertyId, unitNumber: "AF2", roomsCount: 1, rentAmount: 50000 },
      owner,
    );
    expect(res.status, res.text).toBe(201);
    const [row] = await auditOf(res.headers.get("x-request-id"));
    expect(row).toMatchObject({
      action: "POST /api/apartments",
      org_id: owner.orgId,
      target_type: "apartments",
      target_id: (res.json as { id: string }).id,
    });
  });

  it("a refused write records nothing (the row is in the write's batch)", async () => {
    const res = await rawCall(
      "POST",
      "/api/apartments",
      { propertyId, unitNumber: "AF1", roomsCount: 1, rentAmount: 50000 },
      owner,
    );
    expect(res.status, res.text).toBe(409);
    expect(await auditOf(res.headers.get("x-request-id"))).toEqual([]);
  });

  it("a renter's action lands in the org's trail", async () => {
    const { renter } = await addRenter(owner, apartmentId);
    const res = await rawCall(
      "POST",
      `/api/apartments/${apartmentId}/maintenance-requests`,
      { category: "plumbing", title: "Fuite", description: "Sous l'évier", urgency: "normal", entryPermission: true },
      renter,
    );
    expect(res.status, res.text).toBe(201);
    const [row] = await auditOf(res.headers.get("x-request-id"));
    expect(row).toMatchObject({ actor_user_id: renter.userId, org_id: owner.orgId, target_id: apartmentId });
  });

  it("a feature's own entry (the domain event) comes on top of the request's row", async () => {
    const res = await rawCall(
      "POST",
      "/api/orgs/current/invitations",
      { email: "m@example.com", role: "manager" },
      owner,
    );
    expect(res.status, res.text).toBe(201);
    const rows = await auditOf(res.headers.get("x-request-id"));
    expect(rows.map((r) => r.action).sort()).toEqual(["POST /api/orgs/current/invitations", "org.invite"]);
  });

  it("every table with an org_id gives the audit row its org (ORG_TABLES is the schema's)", async () => {
    const { results } = await env.DB.prepare("select name, sql from sqlite_master where type = 'table'").all<{
      name: string;
      sql: string | null;
    }>();
    const withOrg = results.filter((t) => /[`"]org_id[`"]\s/.test(t.sql ?? "")).map((t) => t.name);
    const bookkeeping = new Set(["audit_log", "room_chat_counts", "room_connections"]);
    expect([...ORG_TABLES].sort()).toEqual(withOrg.filter((n) => !bookkeeping.has(n)).sort());
  });
});
