import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { addMember, call, PASSWORD, signUpLandlord, signUpRenter } from "../setup/helpers";

const property = {
  name: "Disabled Court",
  address: "9 Rue Close",
  city: "Nantes",
  postalCode: "44000",
  country: "France",
};

async function platformAdmin() {
  const user = await signUpRenter("Ada Admin");
  await env.DB.prepare("UPDATE users SET is_platform_admin = 1 WHERE id = ?").bind(user.userId).run();
  const login = await call("POST", "/api/auth/login", { email: user.email, password: PASSWORD });
  expect(login.status).toBe(200);
  expect(login.json.user.isPlatformAdmin).toBe(true);
  return { token: login.json.accessToken as string, userId: user.userId };
}

describe("disabling an org", () => {
  it("locks every member out with the reason, is audited, and enabling restores access", async () => {
    const admin = await platformAdmin();
    const owner = await signUpLandlord("Shady Lettings");
    const manager = await addMember(owner, "manager");
    const bystander = await signUpLandlord("Fine Lettings");
    expect((await call("POST", "/api/properties", property, owner)).status).toBe(201);

    const reason = "Unpaid invoices since March";
    const disabled = await call("POST", `/api/admin/orgs/${owner.orgId}/disable`, { reason }, { token: admin.token });
    expect(disabled.status, disabled.text).toBe(200);
    expect(disabled.json).toEqual({ id: owner.orgId, isDisabled: true });

    for (const member of [owner, manager]) {
      const read = await call("GET", "/api/properties", undefined, member);
      expect(read.status).toBe(403);
      expect(read.json.code).toBe("org_disabled");
      expect(read.json.detail).toContain(reason);
      expect(read.json.detail).toContain("Shady Lettings");
      const write = await call("POST", "/api/properties", property, member);
      expect(write.status).toBe(403);
      expect(write.json.code).toBe("org_disabled");
      expect((await call("GET", "/api/orgs/current", undefined, member)).json.code).toBe("org_disabled");
    }
    // Members can still sign in and see why.
    const me = await call("GET", "/api/me", undefined, owner);
    expect(me.status).toBe(200);
    expect(me.json.memberships).toEqual([
      expect.objectContaining({ orgId: owner.orgId, isDisabled: true, disabledReason: reason }),
    ]);
    // Nothing was written while disabled; other orgs are unaffected.
    expect(
      (
        await env.DB.prepare("select count(*) as n from properties where org_id = ?")
          .bind(owner.orgId)
          .first<{ n: number }>()
      )?.n,
    ).toBe(1);
    expect((await call("GET", "/api/properties", undefined, bystander)).status).toBe(200);

    const audit = await env.DB.prepare("select * from audit_log where action = 'admin.org_disable' and target_id = ?")
      .bind(owner.orgId)
      .all<Record<string, string>>();
    expect(audit.results).toHaveLength(1);
    expect(audit.results[0]).toMatchObject({ actor_user_id: admin.userId, org_id: owner.orgId, target_type: "org" });
    expect(JSON.parse(audit.results[0]!.details!)).toEqual({ reason });

    const enabled = await call("POST", `/api/admin/orgs/${owner.orgId}/enable`, undefined, { token: admin.token });
    expect(enabled.status, enabled.text).toBe(200);
    expect(enabled.json).toEqual({ id: owner.orgId, isDisabled: false });
    expect((await call("GET", "/api/properties", undefined, owner)).status).toBe(200);
    expect((await call("POST", "/api/properties", property, manager)).status).toBe(201);
    const enableAudit = await env.DB.prepare(
      "select count(*) as n from audit_log where action = 'admin.org_enable' and target_id = ?",
    )
      .bind(owner.orgId)
      .first<{ n: number }>();
    expect(enableAudit?.n).toBe(1);
  });

  it("audit_log is append-only: UPDATE and DELETE are rejected by triggers", async () => {
    const owner = await signUpLandlord("Audited Org");
    const row = await env.DB.prepare("select id, action from audit_log where actor_user_id = ? limit 1")
      .bind(owner.userId)
      .first<{ id: string; action: string }>();
    expect(row?.action).toBe("user.signup");
    await expect(
      env.DB.prepare("UPDATE audit_log SET action = 'tampered' WHERE id = ?").bind(row!.id).run(),
    ).rejects.toThrow(/append-only/);
    await expect(env.DB.prepare("DELETE FROM audit_log WHERE id = ?").bind(row!.id).run()).rejects.toThrow(
      /append-only/,
    );
    await expect(env.DB.prepare("DELETE FROM audit_log").run()).rejects.toThrow(/append-only/);
    const after = await env.DB.prepare("select action from audit_log where id = ?")
      .bind(row!.id)
      .first<{ action: string }>();
    expect(after?.action).toBe("user.signup");
  });

  it("admin routes answer 404 to everyone but platform admins, and change nothing", async () => {
    const owner = await signUpLandlord("Victim Org");
    const renter = await signUpRenter();
    for (const who of [owner, renter]) {
      const disable = await call(
        "POST",
        `/api/admin/orgs/${owner.orgId}/disable`,
        { reason: "I am not an admin" },
        who,
      );
      expect(disable.status).toBe(404);
      expect(disable.json.code).toBe("not_found");
      expect((await call("POST", `/api/admin/orgs/${owner.orgId}/enable`, undefined, who)).status).toBe(404);
    }
    expect((await call("POST", `/api/admin/orgs/${owner.orgId}/disable`, { reason: "anonymous" })).status).toBe(401);
    expect((await call("GET", "/api/properties", undefined, owner)).status).toBe(200);
    const audit = await env.DB.prepare(
      "select count(*) as n from audit_log where action like 'admin.%' and target_id = ?",
    )
      .bind(owner.orgId)
      .first<{ n: number }>();
    expect(audit?.n).toBe(0);
  });

  it("an admin gets 404 for an org that does not exist, and 400 without a reason", async () => {
    const admin = await platformAdmin();
    expect(
      (await call("POST", "/api/admin/orgs/no-such-org/disable", { reason: "whatever reason" }, { token: admin.token }))
        .status,
    ).toBe(404);
    const owner = await signUpLandlord();
    const noReason = await call("POST", `/api/admin/orgs/${owner.orgId}/disable`, {}, { token: admin.token });
    expect(noReason.status).toBe(400);
    expect(noReason.json.errors.map((e: { path: string }) => e.path)).toContain("reason");
  });
});
