import { Temporal } from "temporal-polyfill";
import { beforeAll, describe, expect, it } from "vitest";
import type { AdminAuditPage, OrgAuditPage } from "../../worker/audit/contract";
import { api, rawCall, type Caller } from "../setup/client";
import { addMember, addRenter, createApartment, env, signUpLandlord, type Landlord } from "../setup/helpers";

/**
 * Issue 16 §2, reading the trail: an org's owners read their org's entries (filters, pages, CSV), nobody else
 * in the org does, nothing of another org shows; platform admins read every org's, everyone else gets the
 * 404 of a route that does not exist, even with a malformed filter.
 */
/** The org's trail page (the route also answers CSV, so the client's type is a union). */
async function orgTrail(who: Caller, query: Record<string, string> = {}) {
  const res = await api(who).orgs.current.audit.$get({ query });
  return Object.assign(res, { json: res.json as OrgAuditPage });
}

let owner: Landlord;
let other: Landlord;
let apartmentId: string;
beforeAll(async () => {
  owner = await signUpLandlord("Trail Readers");
  other = await signUpLandlord("Trail Neighbours");
  ({ apartmentId } = await createApartment(owner, "TR1"));
  await createApartment(other, "TN1");
  const patched = await rawCall("PATCH", `/api/apartments/${apartmentId}`, { rentAmount: 93000 }, owner);
  expect(patched.status, patched.text).toBe(200);
});

describe("an org's trail (owners)", () => {
  it("lists the org's changes newest first, with who and the money values; filters; one round trip", async () => {
    const res = await orgTrail(owner, {});
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("x-d1-round-trips")).toBe("1");
    const [newest] = res.json.results;
    expect(newest).toMatchObject({
      action: "PATCH /api/apartments/:id",
      actor: { id: owner.userId, email: owner.email },
      targetType: "apartments",
      targetId: apartmentId,
      details: { input: { fields: ["rentAmount"], rentAmount: 93000 } },
    });
    expect(newest).not.toHaveProperty("ip");
    const ats = res.json.results.map((e) => e.at);
    expect(ats).toEqual([...ats].sort().reverse());
    expect(res.json.actors).toEqual([{ id: owner.userId, name: expect.any(String), email: owner.email }]);
    expect(res.json.actions).toContain("PATCH /api/apartments/:id");

    const byTarget = await orgTrail(owner, { targetId: apartmentId });
    expect(byTarget.json.results.map((e) => e.targetId)).toEqual(byTarget.json.results.map(() => apartmentId));
    expect(byTarget.json.total).toBeGreaterThan(0);
    const byStart = await orgTrail(owner, { action: "PATCH /api/apart" });
    expect(byStart.json.results.every((e) => e.action === "PATCH /api/apartments/:id")).toBe(true);
    const literal = await orgTrail(owner, { action: "PATCH_%" });
    expect(literal.json.total).toBe(0);
  });

  it("dates: an instant with any offset bounds the entries (from inclusive, to exclusive); a bad date is 400", async () => {
    const all = await orgTrail(owner, {});
    const newest = all.json.results[0]!;
    const at = Temporal.Instant.from(newest.at);
    const inParis = at.toZonedDateTimeISO("Europe/Paris").toString({ timeZoneName: "never" });
    const from = await orgTrail(owner, { from: inParis });
    expect(from.json.results.map((e) => e.id)).toContain(newest.id);
    const after = await orgTrail(owner, { from: at.add({ milliseconds: 1 }).toString() });
    expect(after.json.results.map((e) => e.id)).not.toContain(newest.id);
    const until = await orgTrail(owner, { to: newest.at });
    expect(until.json.total).toBe(all.json.total - from.json.total);
    const tomorrow = at.toZonedDateTimeISO("UTC").toPlainDate().add({ days: 1 }).toString();
    expect((await orgTrail(owner, { from: tomorrow })).json.total).toBe(0);
    expect((await orgTrail(owner, { to: tomorrow })).json.total).toBe(all.json.total);
    const bad = await orgTrail(owner, { from: "1 December" });
    expect(bad.status).toBe(400);
    expect(bad.problem.code).toBe("invalid_input");
  });

  it("the CSV holds every matching entry, a formula-looking value made inert", async () => {
    await env.DB.prepare("update users set name = '=HYPERLINK(1)' where id = ?").bind(owner.userId).run();
    const res = await rawCall("GET", "/api/orgs/current/audit?format=csv", undefined, owner);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const lines = res.text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("at,action,actor_user_id,actor_name,actor_email,target_type,target_id,request_id,details");
    expect(lines).toHaveLength(Number(res.headers.get("x-total-count")) + 1);
    expect(res.text).toContain(`PATCH /api/apartments/:id,${owner.userId},'=HYPERLINK(1)`);
    expect(res.text).not.toContain(other.orgId);
  });

  it("managers and maintenance staff may not read it (403); another org's owner sees only theirs", async () => {
    for (const role of ["manager", "maintenance"] as const) {
      const member = await addMember(owner, role);
      const res = await orgTrail(member, {});
      expect(res.status, res.text).toBe(403);
    }
    const theirs = await orgTrail(other, {});
    expect(theirs.status).toBe(200);
    expect(theirs.json.results.some((e) => e.targetId === apartmentId)).toBe(false);
    const ids = await orgTrail(other, { targetId: apartmentId });
    expect(ids.json.total).toBe(0);
  });

  it("a renter's change of the org's data is in the org's trail under the renter's name", async () => {
    const { renter } = await addRenter(owner, apartmentId);
    const res = await orgTrail(owner, { actorUserId: renter.userId });
    expect(res.status).toBe(200);
    expect(res.json.actors.map((a) => a.id)).toContain(owner.userId);
    expect(res.json.results.length).toBeGreaterThan(0);
    expect(res.json.results.every((e) => e.actor?.id === renter.userId)).toBe(true);
  });
});

describe("the platform's trail (admins)", () => {
  it("every org's entries with org and address; 404 to anyone else, even with a malformed filter", async () => {
    const admin = await signUpLandlord("Trail Moderation");
    await env.DB.prepare("update users set is_platform_admin = 1 where id = ?").bind(admin.userId).run();
    const asked = await api(admin).admin.audit.$get({ query: { orgId: owner.orgId, targetId: apartmentId } });
    const res = Object.assign(asked, { json: asked.json as AdminAuditPage });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("x-d1-round-trips")).toBe("1");
    const patch = res.json.results.find((e) => e.action === "PATCH /api/apartments/:id");
    expect(patch).toMatchObject({ orgId: owner.orgId, targetId: apartmentId, actor: { id: owner.userId } });
    expect(patch).toHaveProperty("ip");
    const bad = await api(admin).admin.audit.$get({ query: { from: "yesterday" } });
    expect(bad.status).toBe(400);
    // Paging is read leniently, like the console's other reads.
    const lenient = await api(admin).admin.audit.$get({ query: { page: "x", limit: "lots" } });
    expect(lenient.status, lenient.text).toBe(200);
    for (const query of [{}, { from: "yesterday" }]) {
      const refused = await api(owner).admin.audit.$get({ query });
      expect(refused.status).toBe(404);
    }
    const csv = await rawCall("GET", `/api/admin/audit?format=csv&orgId=${other.orgId}`, undefined, admin);
    expect(csv.text.split("\r\n")[0]).toContain(",org_id,ip");
    expect(csv.text).not.toContain(apartmentId);
  });
});
